import { z } from "zod";
import { travelDocumentType } from "@/db/schema/enums";
import { checkbox, isoDate, optionalText, requiredText } from "@/lib/forms/fields";

export const DOCUMENT_TYPES = travelDocumentType.enumValues;
export const MAX_RETENTION_DAYS = 365;

const optionalDate = z.union([z.literal("").transform(() => null), isoDate], { error: "invalidDate" }).default("");

/** One delegate's travel document, typed by an organizer from what the delegate sent. */
export const travelDocumentInput = z.object({
  memberId: z.uuid({ error: "notADelegate" }),
  documentType: z.enum(DOCUMENT_TYPES, { error: "required" }),
  documentNumber: requiredText(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, { error: "invalidDocumentNumber" })
    .transform((v) => v.toUpperCase()),
  issuingCountry: requiredText(100),
  nationality: optionalText(100),
  dateOfBirth: optionalDate,
  expiresOn: optionalDate,
});
export type TravelDocumentInput = z.output<typeof travelDocumentInput>;

/** The event's travel-document setting: whether they are collected, and how long they are kept. */
export const travelDocumentSettingsInput = z.object({
  collectTravelDocuments: checkbox,
  // A string first: coercion would read an emptied field as 0 days, i.e. "delete at once".
  travelDocumentRetentionDays: z
    .string({ error: "retentionRange" })
    .trim()
    .regex(/^\d{1,3}$/, { error: "retentionRange", abort: true })
    .transform(Number)
    .refine((days) => days <= MAX_RETENTION_DAYS, { error: "retentionRange" }),
});
export type TravelDocumentSettingsInput = z.output<typeof travelDocumentSettingsInput>;
