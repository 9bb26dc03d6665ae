// The public programme is read one day at a time, in the event's time zone. Pure helpers, no I/O.
import { instantToZonedParts } from "@/lib/time/zoned";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A "YYYY-MM-DD" path segment; anything else is not a day. */
export function isDaySegment(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The local day (in `zone`) an item starts on. */
export function localDayOf(startsAt: Date, zone: string): string {
  return instantToZonedParts(startsAt, zone).date;
}

/** Each day that has items, in order, with how many. */
export function daysWithCounts<T extends { startsAt: Date }>(items: T[], zone: string): { day: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const day = localDayOf(item.startsAt, zone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }));
}

/** The items of one local day, in a stable order: start, place, title, then id. */
export function itemsOnDay<T extends { id: string; startsAt: Date; place: string; title: string | null }>(items: T[], zone: string, day: string): T[] {
  return items
    .filter((item) => localDayOf(item.startsAt, zone) === day)
    .sort(
      (a, b) =>
        a.startsAt.getTime() - b.startsAt.getTime() ||
        a.place.localeCompare(b.place, "en", { numeric: true }) ||
        (a.title ?? "").localeCompare(b.title ?? "") ||
        a.id.localeCompare(b.id),
    );
}

/** The day the event page opens on: today (in the event's zone) while the event runs, else its first day. */
export function defaultDay(days: string[], now: Date, zone: string): string | null {
  if (days.length === 0) return null;
  const today = localDayOf(now, zone);
  return days.includes(today) ? today : days[0]!;
}

/**
 * The start times of a day cut into pages: each with how many sessions start then and the page its
 * first one is on, so a reader can go straight to the afternoon of a day of many parallel sessions.
 * `items` in the day's order (itemsOnDay).
 */
export function startTimesOfDay<T extends { id: string; startsAt: Date }>(
  items: T[],
  size: number,
): { startsAt: Date; count: number; page: number; firstId: string }[] {
  const slots: { startsAt: Date; count: number; page: number; firstId: string }[] = [];
  items.forEach((item, index) => {
    const last = slots.at(-1);
    if (last && last.startsAt.getTime() === item.startsAt.getTime()) last.count += 1;
    else slots.push({ startsAt: item.startsAt, count: 1, page: Math.floor(index / size) + 1, firstId: item.id });
  });
  return slots;
}
