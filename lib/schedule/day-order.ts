// How a delegate's schedule is laid out on a phone: pure, unit-tested.

/**
 * Today first (when the event is on), then the days still to come, then the days gone by: what a
 * delegate needs during the event is at the top. Before or after the event: in calendar order.
 */
export function orderDays(days: string[], today: string): string[] {
  if (!days.includes(today)) return [...days];
  const upcoming = days.filter((day) => day > today);
  const past = days.filter((day) => day < today);
  return [today, ...upcoming, ...past];
}

/** What is on now, and what comes next (the first entry starting after now), by entry uid. */
export function nowAndNext<T extends { uid: string; startsAt: Date; endsAt: Date }>(entries: T[], now: Date): { now: Set<string>; next: string | null } {
  const t = now.getTime();
  const current = new Set(entries.filter((e) => e.startsAt.getTime() <= t && t < e.endsAt.getTime()).map((e) => e.uid));
  const upcoming = entries.filter((e) => e.startsAt.getTime() > t).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { now: current, next: upcoming[0]?.uid ?? null };
}
