import { z } from "zod";
import { WORKING_LANGUAGES } from "@/lib/events/schema";
import { checkbox, formVersion, hasNoControlCharacters, idList, optionalText } from "@/lib/forms/fields";

const MAX_STATEMENT = 50_000;

/** "YYYY-MM-DDTHH:MM" on the event's wall clock, or "" (none). */
const localDateTime = z
  .union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: "invalidDateTime" })], { error: "invalidDateTime" })
  .default("");

/**
 * The draft statement in every working language at once. Form fields are `statement_<lang>`;
 * `version` is the outcome version the editor loaded, so a save over someone else's is refused.
 */
export const outcomeDraftInput = z
  .object({
    version: formVersion(),
    ...Object.fromEntries(
      WORKING_LANGUAGES.map((l) => [
        `statement_${l}`,
        z
          .string({ error: "invalid" })
          .trim()
          .max(MAX_STATEMENT, { error: "tooLong" })
          .refine(hasNoControlCharacters, { error: "controlCharacters" })
          .optional(),
      ]),
    ),
  })
  .transform((value, ctx) => {
    const record = value as Record<string, unknown>;
    const statements = WORKING_LANGUAGES.flatMap((language) => {
      const text = record[`statement_${language}`];
      return typeof text === "string" && text ? [{ language, text }] : [];
    });
    if (statements.length === 0) {
      ctx.addIssue({ code: "custom", path: ["statements"], message: "statementRequired" });
      return z.NEVER;
    }
    return { version: value.version, statements };
  });

export type OutcomeDraftInput = z.output<typeof outcomeDraftInput>;

export const publishOutcomeInput = z.object({
  note: optionalText(500),
  version: formVersion(),
  /** Publish before every party signed off: needs a reason, shown to the public. */
  anyway: checkbox,
  reason: optionalText(500),
  /** "YYYY-MM-DDTHH:MM" in the event's zone (an embargo), or "" for now. */
  publishAt: localDateTime,
  /** Embargo until the press conference (the agenda's, else the outcome's own): its time, not `publishAt`. */
  untilPressConference: checkbox,
});

/** Who signs off for a party: a person of its delegation, or "" for the head of delegation. */
export const signatoryInput = z.object({ signatory: z.union([z.literal(""), z.uuid({ error: "invalid" })], { error: "invalid" }) });

/** The composition form: press conference (time typed in the event's zone), links one a line, wording per adopted recommendation (`wording_<id>`). */
export const compositionInput = z.object({
  version: formVersion(),
  pressStartsAt: localDateTime,
  pressPlace: optionalText(200),
  speakerIds: idList().max(50, { error: "invalid" }).default([]),
  links: optionalText(6000),
});
