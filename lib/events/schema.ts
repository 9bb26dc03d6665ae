import { z } from "zod";
import { eventStatus } from "@/db/schema/enums";
import { checkbox, isoDate, requiredText, uuid } from "@/lib/forms/fields";
import { canonicalTimeZone, eventDays, isValidTimeZone } from "@/lib/time/zoned";

export const WORKING_LANGUAGES = ["az", "hy", "ru", "en"] as const;
export const EVENT_STATUSES = eventStatus.enumValues;
export const MAX_EVENT_DAYS = 31;

/** The event form's fields (the initiative comes from the page, checked by the action's scope). */
const eventFields = z.object({
  title: requiredText(200),
  format: requiredText(100),
  hostPartyId: uuid,
  venueName: requiredText(200),
  city: requiredText(100),
  country: requiredText(100),
  timeZone: z.string({ error: "invalidTimeZone" }).trim().refine(isValidTimeZone, { error: "invalidTimeZone" }).transform(canonicalTimeZone),
  firstDay: isoDate,
  lastDay: isoDate,
  languages: z.array(z.enum(WORKING_LANGUAGES, { error: "pickLanguage" }), { error: "pickLanguage" }).min(1, { error: "pickLanguage" }),
  /** The language the title, venue and agenda are typed in: the event's first, what readers fall back to. */
  firstLanguage: z.enum(WORKING_LANGUAGES, { error: "pickLanguage" }).optional(),
  status: z.enum(EVENT_STATUSES, { error: "invalid" }).default("draft"),
});

function daysInOrder(value: { firstDay: string; lastDay: string }, ctx: z.RefinementCtx) {
  if (value.lastDay < value.firstDay) {
    ctx.addIssue({ code: "custom", path: ["lastDay"], message: "lastDayBeforeFirst" });
  } else if (eventDays(value.firstDay, value.lastDay).length > MAX_EVENT_DAYS) {
    ctx.addIssue({ code: "custom", path: ["lastDay"], message: "eventTooLong" });
  }
}

/**
 * The form adds one answer: "yes, this is a record of a past event", needed when the event's last
 * day has already passed in its time zone (see createEventAction).
 */
export const eventFormInput = eventFields.extend({ pastRecord: checkbox }).superRefine(daysInOrder);

export const eventInput = eventFields.extend({ initiativeId: uuid }).superRefine(daysInOrder);

export type EventInput = z.output<typeof eventInput>;

export const eventStatusInput = z.object({ status: z.enum(EVENT_STATUSES, { error: "required" }) });

/**
 * The event's working languages in the order stored: the language its text is typed in first
 * (also when it was not ticked among them), then the others as ticked.
 */
export function languagesInOrder(languages: readonly string[], first: string | undefined): string[] {
  const unique = [...new Set(languages)];
  return first ? [first, ...unique.filter((language) => language !== first)] : unique;
}
