// Pure agenda rules: no I/O, unit-tested. Used by the server on save.
import { eventDays, instantToZonedParts, zonedLocalToInstant } from "@/lib/time/zoned";

/** Member statuses that still take part. Declined or withdrawn people see nothing. */
export const PARTICIPATING = ["invited", "registered", "confirmed"] as const;

export type Audience = "public" | "delegate" | "organizer";
export type Visibility = "public" | "delegates" | "organizers";

/** Which visibilities an audience may read. Organizers-only items never reach delegates or the public. */
export function visibilitiesFor(audience: Audience): Visibility[] {
  switch (audience) {
    case "organizer":
      return ["public", "delegates", "organizers"];
    case "delegate":
      return ["public", "delegates"];
    case "public":
      return ["public"];
  }
}

export function isVisibleTo(visibility: Visibility, audience: Audience): boolean {
  return visibilitiesFor(audience).includes(visibility);
}

export type AgendaTiming = { day: string; startTime: string; endTime: string };
export type EventFrame = { firstDay: string; lastDay: string; timeZone: string };
export type TimingResult = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; errors: Partial<Record<keyof AgendaTiming, string>> };

/**
 * Turns a day and wall-clock times entered in the event's zone into instants, refusing a day
 * outside the event, a time that does not exist (DST gap), and an end that is not after the start.
 * An item ending at 00:00 ends at midnight after its day.
 */
export function resolveAgendaTiming(timing: AgendaTiming, event: EventFrame): TimingResult {
  if (!eventDays(event.firstDay, event.lastDay).includes(timing.day)) {
    return { ok: false, errors: { day: "dayOutsideEvent" } };
  }
  const startsAt = zonedLocalToInstant(timing.day, timing.startTime, event.timeZone);
  if (!startsAt) return { ok: false, errors: { startTime: "timeDoesNotExist" } };
  const endDay = timing.endTime === "00:00" ? nextDay(timing.day) : timing.day;
  const endsAt = zonedLocalToInstant(endDay, timing.endTime, event.timeZone);
  if (!endsAt) return { ok: false, errors: { endTime: "timeDoesNotExist" } };
  if (endsAt.getTime() <= startsAt.getTime()) return { ok: false, errors: { endTime: "endBeforeStart" } };
  return { ok: true, startsAt, endsAt };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The instants of an item moved to start at `startTime` on `day`, keeping its length in `minutes`:
 * the same rules as an edit (a day of the event, a wall-clock time that exists, an end no later
 * than the midnight after its day); a move whose end would fall after that is refused on its end.
 */
export function movedTiming(move: { day: string; startTime: string; minutes: number }, event: EventFrame): TimingResult {
  if (!eventDays(event.firstDay, event.lastDay).includes(move.day)) return { ok: false, errors: { day: "dayOutsideEvent" } };
  const startsAt = zonedLocalToInstant(move.day, move.startTime, event.timeZone);
  if (!startsAt) return { ok: false, errors: { startTime: "timeDoesNotExist" } };
  const end = instantToZonedParts(new Date(startsAt.getTime() + move.minutes * 60_000), event.timeZone);
  const endsOnItsDay = end.date === move.day || (end.date === nextDay(move.day) && end.time === "00:00");
  if (!endsOnItsDay) return { ok: false, errors: { endTime: "endsAfterDay" } };
  return resolveAgendaTiming({ day: move.day, startTime: move.startTime, endTime: end.time }, event);
}
