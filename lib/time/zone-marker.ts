// Point 9 of issue #19: no time on a page without its zone. Agenda-style lists show a short marker
// beside each time or range ("09:00–10:30 GMT+4"), in the reader's locale, on the locale's clock
// (lib/time/format.ts); the full zone id goes in a heading or a `title`.
import { dateTimeFormat, formatTime } from "./format";

/** The zone's short offset at `instant` in the reader's locale, e.g. "GMT+4" (Yerevan, Baku) or "GMT+1" (London in summer). */
export function zoneMarker(instant: Date, zone: string, locale: string): string {
  const parts = dateTimeFormat(locale, { timeZone: zone, timeZoneName: "shortOffset", hour: "numeric" }).formatToParts(instant);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? zone;
}

/** One time with its marker: "14:30 GMT+4", in English "2:30 PM GMT+4". */
export function formatTimeWithZone(instant: Date, zone: string, locale: string): string {
  return `${formatTime(instant, zone, locale)} ${zoneMarker(instant, zone, locale)}`;
}

/**
 * A range with its marker once: "09:00–10:30 GMT+4". Should the offset change within the range (a
 * clock change at night), each end carries its own: "01:00 GMT+1–04:00 GMT+2".
 */
export function formatTimeRangeWithZone(start: Date, end: Date, zone: string, locale: string): string {
  const from = zoneMarker(start, zone, locale);
  const to = zoneMarker(end, zone, locale);
  if (from !== to) return `${formatTimeWithZone(start, zone, locale)}–${formatTimeWithZone(end, zone, locale)}`;
  return `${formatTime(start, zone, locale)}–${formatTime(end, zone, locale)} ${from}`;
}
