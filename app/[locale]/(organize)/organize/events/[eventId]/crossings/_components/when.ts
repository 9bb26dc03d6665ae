import { formatDay, formatTime } from "@/lib/time/format";
import { instantToZonedParts, zoneOffsetLabel } from "@/lib/time/zoned";

/** "Friday, 13 February 2026, 08:00" on the event's wall clock (the page says which zone). */
export function whenLabel(instant: Date, zone: string, locale: string): string {
  return `${formatDay(instantToZonedParts(instant, zone).date, locale)}, ${formatTime(instant, zone, locale)}`;
}

/** "Asia/Yerevan (GMT+4)": the zone with its offset at that instant. */
export function zoneLabel(zone: string, at: Date): string {
  return `${zone} (${zoneOffsetLabel(zone, at)})`;
}
