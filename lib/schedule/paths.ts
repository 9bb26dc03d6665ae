// Addresses of a delegate's schedule pages (inside the locale prefix: pass them to the i18n Link),
// and the parsing of what those addresses carry. Pure, unit-tested.
import { z } from "zod";

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** `?day=` of the schedule: a calendar day, or null (anything else is ignored, not an error). */
export function scheduleDayParam(value: string | string[] | undefined): string | null {
  const parsed = DAY.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The schedule showing `day` of each event that has it; with `since`, changes in that event are
 * still marked from that release (the visit that made the link has recorded the latest as seen).
 */
export function scheduleDayHref(day: string, since?: { eventId: string; version: number } | null): string {
  return since ? `/schedule?day=${day}&event=${since.eventId}&since=${since.version}` : `/schedule?day=${day}`;
}

const scheduleQuery = z.object({ day: DAY.nullable().catch(null), event: z.uuid(), since: z.coerce.number().int().min(0).max(1_000_000) });

/** What the schedule's address asks for: a day, and the release changes are marked from (see scheduleDayHref). */
export function parseScheduleQuery(query: Record<string, string | string[] | undefined>): {
  day: string | null;
  since: { eventId: string; version: number } | null;
} {
  const parsed = scheduleQuery.safeParse(query);
  if (!parsed.success) return { day: scheduleDayParam(query.day), since: null };
  return { day: parsed.data.day, since: { eventId: parsed.data.event, version: parsed.data.since } };
}

/** Every session of an event starting at `startsAt`: what a folded time slot links to. */
export function parallelSessionsHref(eventId: string, startsAt: Date, page = 1): string {
  const query = new URLSearchParams({ event: eventId, at: startsAt.toISOString() });
  if (page > 1) query.set("page", String(page));
  return `/schedule/parallel?${query.toString()}`;
}

const parallelQuery = z.object({
  event: z.uuid(),
  at: z.iso.datetime({ offset: true }).transform((at) => new Date(at)),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** The parallel-sessions page's query, or null when it is not one this app would link to. */
export function parseParallelQuery(query: Record<string, string | string[] | undefined>) {
  const parsed = parallelQuery.safeParse(query);
  return parsed.success ? parsed.data : null;
}
