// Shared zod field shapes. Messages are catalog keys under `errors.`: every way a field can be
// refused names one, a missing or mistyped value included (zod's own English text, "Invalid input:
// expected string", must never reach a form; lib/forms/input-messages.test.ts checks every schema).
import { DateTime } from "luxon";
import { z } from "zod";

/**
 * NUL and the other control characters (tab and line breaks aside): PostgreSQL refuses NUL in
 * text, and the rest are invisible on every screen and in every export. Refused next to the field.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const hasNoControlCharacters = (value: string) => !CONTROL_CHARACTERS.test(value);

export const requiredText = (max = 200) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "tooLong" })
    .refine(hasNoControlCharacters, { error: "controlCharacters" });

/** A field the form may leave out: missing is "" (a hand-made request that sends a non-text is refused). */
export const optionalText = (max = 500) =>
  z.string({ error: "invalid" }).trim().max(max, { error: "tooLong" }).refine(hasNoControlCharacters, { error: "controlCharacters" }).default("");

/** A real calendar day as "YYYY-MM-DD" (2026-02-30 is refused, not passed on to the database). */
export const isoDate = z
  .string({ error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate", abort: true })
  .refine((v) => DateTime.fromISO(v, { zone: "UTC" }).isValid, { error: "invalidDate" });

export const clockTime = z.string({ error: "required" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "invalidTime" });

export const uuid = z.uuid({ error: "required" });

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/**
 * The version of what the form was loaded with (a hidden field): a save over someone else's newer
 * one is refused. Missing or not a whole number is a malformed form, not a conflict.
 */
export const formVersion = (min = 1) => z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(min, { error: "invalid" });

/** Ticked ids (checkbox groups); each must be an id, and `error` names the field's own problem. */
export const idList = (error = "invalid") => z.array(z.uuid({ error }), { error });
