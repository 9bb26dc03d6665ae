// How a delegate's schedule is laid out on a phone: pure, unit-tested.

/** What is on now, and what comes next (the first entry starting after now), by entry uid. */
export function nowAndNext<T extends { uid: string; startsAt: Date; endsAt: Date }>(entries: T[], now: Date): { now: Set<string>; next: string | null } {
  const t = now.getTime();
  const current = new Set(entries.filter((e) => e.startsAt.getTime() <= t && t < e.endsAt.getTime()).map((e) => e.uid));
  const upcoming = entries.filter((e) => e.startsAt.getTime() > t).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { now: current, next: upcoming[0]?.uid ?? null };
}

/**
 * Until when a rendering of these entries stays true: the first moment after `now` at which an
 * entry starts or ends (what is "now" and "next" changes then), or `limit`, whichever is first.
 */
export function unchangedUntil(entries: { startsAt: Date; endsAt: Date }[], now: Date, limit: Date): Date {
  const t = now.getTime();
  let until = limit.getTime();
  for (const entry of entries) {
    for (const at of [entry.startsAt.getTime(), entry.endsAt.getTime()]) {
      if (at > t && at < until) until = at;
    }
  }
  return new Date(until);
}
