import { z } from "zod";
import { checkbox, hasNoControlCharacters, optionalText } from "@/lib/forms/fields";

/** A delegate asks for deletion; saying why is up to them. */
export const deletionRequestInput = z.object({ reason: optionalText(1000) });

/** Confirming deletes for good: the organizer ticks that they understand. */
export const confirmDeletionInput = z.object({
  understood: checkbox.refine((v) => v, { error: "confirmDeletionUnderstood" }),
});

/** Declining tells the person why. */
export const declineDeletionInput = z.object({
  note: z
    .string({ error: "declineNoteRequired" })
    .trim()
    .min(1, { error: "declineNoteRequired" })
    .max(1000, { error: "tooLong" })
    .refine(hasNoControlCharacters, { error: "controlCharacters" }),
});
