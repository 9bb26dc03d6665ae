// Whether an event's days are over, counted in the event's own IANA time zone: its last day has
// ended once midnight has passed there, whatever the clock of the server or the reader says.
import { DateTime } from "luxon";

/** The last day has ended in the event's time zone. */
export function eventIsOver(event: { lastDay: string; timeZone: string }, now: Date): boolean {
  const today = DateTime.fromJSDate(now, { zone: event.timeZone }).toISODate();
  return today !== null && event.lastDay < today;
}

/** The overview offers the move to "concluded": the event is over and not concluded yet. */
export function offerConclusion(event: { lastDay: string; timeZone: string; status: string }, now: Date): boolean {
  return event.status !== "concluded" && eventIsOver(event, now);
}
