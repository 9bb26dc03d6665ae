// Times are stored as instants and shown in the event's IANA time zone. These pure helpers are
// the only place local wall-clock times are turned into instants and back.
import { DateTime, IANAZone, Interval } from "luxon";

export function isValidTimeZone(zone: string): boolean {
  return zone.length > 0 && IANAZone.isValidZone(zone);
}

/** The zone's canonical IANA spelling ("asia/yerevan" → "Asia/Yerevan"). Call only with a valid zone. */
export function canonicalTimeZone(zone: string): string {
  return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
}

/** "YYYY-MM-DD" + "HH:mm" in `zone` → the instant, or null when that wall-clock time does not exist (DST gap). */
export function zonedLocalToInstant(date: string, time: string, zone: string): Date | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) return null;
  // luxon moves a time inside a spring-forward gap; such a time never occurs on the wall clock.
  if (local.toFormat("yyyy-MM-dd'T'HH:mm") !== `${date}T${time}`) return null;
  return local.toJSDate();
}

/** The instant as the date and time a wall clock in `zone` shows. */
export function instantToZonedParts(instant: Date, zone: string): { date: string; time: string } {
  const local = DateTime.fromJSDate(instant, { zone });
  return { date: local.toFormat("yyyy-MM-dd"), time: local.toFormat("HH:mm") };
}

/** Every calendar day from first to last inclusive ("YYYY-MM-DD"). */
export function eventDays(firstDay: string, lastDay: string): string[] {
  const start = DateTime.fromISO(firstDay, { zone: "UTC" });
  const end = DateTime.fromISO(lastDay, { zone: "UTC" });
  if (!start.isValid || !end.isValid || end < start) return [];
  return Interval.fromDateTimes(start, end.plus({ days: 1 }))
    .splitBy({ days: 1 })
    .map((day) => day.start!.toFormat("yyyy-MM-dd"));
}

/** The zone's offset at that instant, e.g. "GMT+4", for labelling times. */
export function zoneOffsetLabel(zone: string, at: Date): string {
  const offset = DateTime.fromJSDate(at, { zone }).offset;
  if (offset === 0) return "GMT";
  const sign = offset > 0 ? "+" : "−";
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `GMT${sign}${hours}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`;
}

/** Groups items by their local day in `zone`, days in order, items by start. */
export function groupByLocalDay<T extends { startsAt: Date }>(items: T[], zone: string): { day: string; items: T[] }[] {
  const byDay = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const day = instantToZonedParts(item.startsAt, zone).date;
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, dayItems]) => ({ day, items: dayItems }));
}
