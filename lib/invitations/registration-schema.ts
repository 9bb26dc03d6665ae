import { z } from "zod";
import { CONSENTS, SECTORS, optionalPhoneInput } from "@/lib/delegations/schema";
import { optionalText, requiredText } from "@/lib/forms/fields";
import { travelDocumentInput } from "@/lib/travel-documents/schema";

/** What a delegate confirms from their invitation link. Consent has no default: they choose. */
export const registrationInput = z
  .object({
    nameLatin: requiredText(200),
    nameNative: optionalText(200),
    organization: optionalText(200),
    position: optionalText(200),
    sector: z.enum(SECTORS, { error: "required" }),
    phone: optionalPhoneInput,
    consent: z.enum(CONSENTS, { error: "chooseConsent" }),
    dietaryNeeds: optionalText(500),
    accessibilityNeeds: optionalText(500),
    password: z.string({ error: "invalid" }).max(200, { error: "tooLong" }).default(""),
    passwordConfirm: z.string({ error: "invalid" }).max(200, { error: "tooLong" }).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.password && value.password.length < 10) ctx.addIssue({ code: "custom", path: ["password"], message: "passwordTooShort" });
    if (value.password && value.password !== value.passwordConfirm) {
      ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordsDiffer" });
    }
  });

export type RegistrationInput = z.output<typeof registrationInput>;

/** Asked only where the event collects travel documents: the same fields an organizer types in. */
export const registrationTravelDocumentInput = travelDocumentInput.omit({ memberId: true });

export type RegistrationTravelDocument = z.output<typeof registrationTravelDocumentInput>;
