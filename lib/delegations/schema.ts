import { z } from "zod";
import { agendaRole, delegationRole, listingConsent, registrationStatus, sector } from "@/db/schema/enums";
import { checkbox, formVersion, idList, optionalText, requiredText, uuid } from "@/lib/forms/fields";

export const SECTORS = sector.enumValues;
export const CONSENTS = listingConsent.enumValues;
export const ROLES = delegationRole.enumValues;
export const STATUSES = registrationStatus.enumValues;

// One rule for contact fields, shared by the person form and the CSV invitation import. Both
// accept "" (no value), and a form without the field reads as ""; a caller that needs a value
// checks for "" itself.
export const optionalEmailInput = z
  .string({ error: "invalid" })
  .trim()
  .toLowerCase()
  .max(254, { error: "tooLong" })
  .refine((v) => v === "" || z.email().safeParse(v).success, { error: "invalidEmail" })
  .default("");

export const optionalPhoneInput = z
  .string({ error: "invalid" })
  .trim()
  .max(40, { error: "tooLong" })
  .refine((v) => v === "" || (/^\+?[0-9 ()\-.]+$/.test(v) && v.replace(/\D/g, "").length >= 5), { error: "invalidPhone" })
  .default("");

/** Who a person is and how to reach them: the same fields wherever an organizer types them. */
const personDetails = {
  nameLatin: requiredText(200),
  nameNative: optionalText(200),
  organization: optionalText(200),
  position: optionalText(200),
  sector: z.enum(SECTORS, { error: "required" }),
  email: optionalEmailInput,
  phone: optionalPhoneInput,
  consent: z.enum(CONSENTS, { error: "required" }),
};

/**
 * An organizer adds a person. No password: an account's password is set only by its owner (from
 * the invitation mailed to them, or a sign-in link), never typed by an organizer for them.
 */
export const personInput = z.object({
  partyId: uuid,
  ...personDetails,
  status: z.enum(STATUSES, { error: "invalid" }).default("confirmed"),
  head: checkbox,
  sendInvitation: checkbox,
});

export type PersonInput = z.output<typeof personInput>;

export const statusChangeInput = z.object({
  status: z.enum(STATUSES, { error: "required" }),
  reason: optionalText(500),
});

export const roleInput = z.object({ role: z.enum(ROLES, { error: "required" }) });

export const targetSizeInput = z.object({
  targetSize: z.union(
    [
      z.literal(""),
      z.coerce.number({ error: "invalidNumber" }).int({ error: "invalidNumber" }).min(1, { error: "invalidNumber" }).max(500, { error: "invalidNumber" }),
    ],
    { error: "invalidNumber" },
  ),
});

/** A filter field as it arrives (checked against the event's own choices by parseRosterFilter). */
const filterField = z.string({ error: "invalid" }).trim().max(64, { error: "invalid" }).default("");

/**
 * The roster's bulk bar: which people (the ticked ones, or with `allShown` everyone matching the
 * roster's filter, carried in hidden fields), and what to do with them.
 */
export const bulkMembersInput = z
  .object({
    memberIds: idList(),
    allShown: checkbox,
    party: filterField,
    status: filterField,
    consent: filterField,
    invitation: filterField,
    intent: z.enum(["confirm", "decline", "invite", "askListing"], { error: "invalid" }),
    reason: optionalText(500),
    /** With "invite": also send a new link to people whose link is still live (never by default). */
    resend: checkbox,
  })
  .refine((input) => input.allShown || input.memberIds.length > 0, { path: ["memberIds"], error: "noneSelected" });

/**
 * The roster's bulk "Add to agenda item…": the same selection as the bulk bar (ticked people, or
 * with `allShown` everyone matching the filter), one item of this event's agenda and the role.
 */
export const bulkAssignToItemInput = z
  .object({
    memberIds: idList(),
    allShown: checkbox,
    party: filterField,
    status: filterField,
    consent: filterField,
    invitation: filterField,
    itemId: z.uuid({ error: "chooseAgendaItem" }),
    role: z.enum(agendaRole.enumValues, { error: "required" }),
  })
  .refine((input) => input.allShown || input.memberIds.length > 0, { path: ["memberIds"], error: "noneSelected" });

/** The organizer corrects a person's details, consent (as the person told them) and needs. */
export const memberDetailsInput = z.object({
  ...personDetails,
  dietaryNeeds: optionalText(500),
  accessibilityNeeds: optionalText(500),
  version: formVersion(),
});

export type MemberDetailsInput = z.output<typeof memberDetailsInput>;

/** A delegate corrects their own details: everything but the email, which they sign in with. */
export const myProfileInput = z.object({
  nameLatin: personDetails.nameLatin,
  nameNative: personDetails.nameNative,
  organization: personDetails.organization,
  position: personDetails.position,
  sector: personDetails.sector,
  phone: personDetails.phone,
  version: formVersion(),
});

export type MyProfileInput = z.output<typeof myProfileInput>;

/** A delegate's needs for one event. */
export const myNeedsInput = z.object({
  dietaryNeeds: optionalText(500),
  accessibilityNeeds: optionalText(500),
  version: formVersion(),
});

export type MyNeedsInput = z.output<typeof myNeedsInput>;
