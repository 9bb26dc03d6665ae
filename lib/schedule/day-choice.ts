// Which day of an event a delegate's schedule shows, and how a crowded time slot is folded: pure,
// unit-tested. The schedule renders one day per request so that what it costs follows that day.
import { eventDays, zonedLocalToInstant } from "@/lib/time/zoned";

/**
 * A time slot with up to this many parallel sessions shows them all. A more crowded one (a
 * conference with tracks) shows the delegate's own sessions, or else its first, and links to the
 * rest ("N more sessions at 10:00"): a phone cannot usefully list ten tracks, and the page stays
 * the size of the delegate's day however many tracks the event runs.
 */
export const PARALLEL_SHOWN = 3;

/**
 * The day to show: the one asked for when it is a day of the event; otherwise today while the
 * event is on, and before or after it the first day with sessions (`withSessions`), or its first
 * day (what a delegate opens the page for).
 */
export function chooseDay(
  firstDay: string,
  lastDay: string,
  requested: string | null | undefined,
  today: string,
  withSessions: ReadonlySet<string> = new Set(),
): string {
  const days = eventDays(firstDay, lastDay);
  if (requested && days.includes(requested)) return requested;
  if (days.includes(today)) return today;
  return days.find((day) => withSessions.has(day)) ?? days[0] ?? firstDay;
}

/**
 * The instants a local day spans in `zone`: [start, end). Midnight can fall in a DST gap (some
 * zones move at 00:00); then the day starts at the first minute that exists.
 */
export function dayBounds(day: string, zone: string): { start: Date; end: Date } {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { start: localMidnight(day, zone), end: localMidnight(next.toISOString().slice(0, 10), zone) };
}

function localMidnight(day: string, zone: string): Date {
  for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
    const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    const instant = zonedLocalToInstant(day, time, zone);
    if (instant) return instant;
  }
  throw new Error(`dayBounds: no time of ${day} exists in ${zone}`);
}

/** A time slot with more parallel sessions than the schedule shows in full. */
export type FoldedSlot = { startsAt: Date; shown: number; hidden: number };

/**
 * The slots whose sessions were folded: for each start instant, how many the schedule shows and
 * how many more there are (`slotSize`: every delegate-visible session starting then).
 */
export function foldedSlots(rows: { startsAt: Date; slotSize: number }[]): FoldedSlot[] {
  const bySlot = new Map<number, FoldedSlot>();
  for (const row of rows) {
    const key = row.startsAt.getTime();
    const slot = bySlot.get(key) ?? { startsAt: row.startsAt, shown: 0, hidden: row.slotSize };
    slot.shown += 1;
    slot.hidden = row.slotSize - slot.shown;
    bySlot.set(key, slot);
  }
  return [...bySlot.values()].filter((slot) => slot.hidden > 0).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
