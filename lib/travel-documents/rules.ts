// When an event's travel documents must be gone. Pure, so the purge job and the screens that say
// "deleted on …" agree to the minute.
import { DateTime } from "luxon";

/**
 * The instant from which travel documents of an event are deleted: the end of its last day in
 * the event's own time zone, plus the retention in whole days (0: as soon as the last day ends).
 */
export function travelDocumentsExpireAt(event: { lastDay: string; timeZone: string; travelDocumentRetentionDays: number }): Date {
  return DateTime.fromISO(event.lastDay, { zone: event.timeZone })
    .startOf("day")
    .plus({ days: 1 + event.travelDocumentRetentionDays })
    .toJSDate();
}

export function travelDocumentsExpired(event: { lastDay: string; timeZone: string; travelDocumentRetentionDays: number }, now: Date): boolean {
  return travelDocumentsExpireAt(event).getTime() <= now.getTime();
}

/** The last calendar day ("YYYY-MM-DD") on which the documents are still kept, for "kept until the end of …". */
export function travelDocumentsKeptThrough(event: { lastDay: string; travelDocumentRetentionDays: number }): string {
  return DateTime.fromISO(event.lastDay, { zone: "UTC" }).plus({ days: event.travelDocumentRetentionDays }).toFormat("yyyy-MM-dd");
}
