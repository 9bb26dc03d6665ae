import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { delegationMembers, delegations, events, invitations, parties, people, travelDocuments, users } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import { attachPersonToAccount } from "@/lib/auth/person-account";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import type { RegistrationInput, RegistrationTravelDocument } from "./registration-schema";
import { hashInvitationToken, invitationState, isWellFormedToken, type InvitationState } from "./token";
import { personDetailsUpdate } from "@/lib/delegations/person-update";

/**
 * Everything here is reached with an invitation token, not a session: the token is the proof of
 * who is asking, and it shows the holder only their own invitation.
 */

const invitationColumns = {
  invitationId: invitations.id,
  expiresAt: invitations.expiresAt,
  usedAt: invitations.usedAt,
  revokedAt: invitations.revokedAt,
  memberId: delegationMembers.id,
  status: delegationMembers.status,
  consent: delegationMembers.consent,
  dietaryNeeds: delegationMembers.dietaryNeeds,
  accessibilityNeeds: delegationMembers.accessibilityNeeds,
  personId: people.id,
  personUserId: people.userId,
  nameLatin: people.nameLatin,
  nameNative: people.nameNative,
  organization: people.organization,
  position: people.position,
  sector: people.sector,
  email: people.email,
  phone: people.phone,
  partyName: parties.name,
  partyId: parties.id,
  hostPartyId: events.hostPartyId,
  eventId: events.id,
  initiativeId: events.initiativeId,
  eventSlug: events.slug,
  eventTitle: events.title,
  firstDay: events.firstDay,
  lastDay: events.lastDay,
  venueName: events.venueName,
  city: events.city,
  country: events.country,
  timeZone: events.timeZone,
  eventStatus: events.status,
  collectTravelDocuments: events.collectTravelDocuments,
  travelDocumentRetentionDays: events.travelDocumentRetentionDays,
};

function invitationQuery(db: Executor, tokenHash: string) {
  return db
    .select(invitationColumns)
    .from(invitations)
    .innerJoin(delegationMembers, eq(delegationMembers.id, invitations.memberId))
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .innerJoin(events, eq(events.id, invitations.eventId))
    .where(eq(invitations.tokenHash, tokenHash));
}

export type InvitationRow = Awaited<ReturnType<typeof invitationQuery>>[number];

/**
 * Travel documents are asked for only where the event collects them and only from delegations
 * that cross a border to get there: the host party's people stay at home.
 */
export function asksForTravelDocument(invitation: Pick<InvitationRow, "collectTravelDocuments" | "partyId" | "hostPartyId">): boolean {
  return invitation.collectTravelDocuments && invitation.partyId !== invitation.hostPartyId;
}

export type InvitationView =
  { state: "unknown" } | { state: Exclude<InvitationState, "valid">; eventTitle: string } | { state: "valid"; invitation: InvitationRow; hasAccount: boolean };

/** What the registration page shows: the holder's own invitation, or why the link no longer works. */
export async function getInvitationForRegistration(token: string, now = new Date()): Promise<InvitationView> {
  if (!isWellFormedToken(token)) return { state: "unknown" };
  const db = await getDb();
  const [invitation] = await invitationQuery(db, hashInvitationToken(token));
  if (!invitation) return { state: "unknown" };
  const state = invitationState(invitation, now);
  if (state !== "valid") return { state, eventTitle: invitation.eventTitle };
  // The first showing of a live link is "opened" for the organizers; later visits change nothing.
  await db
    .update(invitations)
    .set({ openedAt: now })
    .where(and(eq(invitations.id, invitation.invitationId), isNull(invitations.openedAt)));
  const [account] = invitation.email
    ? await db
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, invitation.email.toLowerCase()))
    : [];
  return { state: "valid", invitation, hasAccount: Boolean(account) };
}

export type RegistrationOutcome = { email: string; accountCreated: boolean; eventSlug: string };

export async function registerFromInvitation(
  token: string,
  input: RegistrationInput,
  travelDocument: RegistrationTravelDocument | null,
  now = new Date(),
): Promise<WriteResult<RegistrationOutcome>> {
  if (!isWellFormedToken(token)) return refuse("invitations.state.unknown");
  // argon2 before the transaction: the row lock is held for milliseconds, not a hash's worth.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    // FOR UPDATE: two submits of the same link queue here; the second sees it used.
    const [invitation] = await invitationQuery(tx, hashInvitationToken(token)).for("update", { of: invitations });
    if (!invitation) return refuse("invitations.state.unknown");
    const state = invitationState(invitation, now);
    if (state !== "valid") return refuse(`invitations.state.${state}`);
    if (!invitation.email) return refuse("invitations.state.unknown");

    const [account] = await tx
      .select({ id: users.id, email: users.email, role: users.role })
      .from(users)
      .where(eq(sql`lower(${users.email})`, invitation.email.toLowerCase()));
    // The invitation was mailed to this address, so following it is the owner's act: their existing
    // account (from another initiative, say) takes this record too. Its password is never set
    // or changed here, and an organizer's account is never a delegate's.
    if (account && account.role !== "delegate") return refuse("invitations.accountConflict");
    if (account && invitation.personUserId && invitation.personUserId !== account.id) return refuse("invitations.accountConflict");
    if (account && !invitation.personUserId) {
      const [other] = await tx
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.initiativeId, invitation.initiativeId), eq(people.userId, account.id)));
      // The account already signs in as another record of this initiative: say so, change nothing.
      if (other) return refuse("invitations.accountConflict");
    }
    if (!account && !passwordHash) return refuse("passwordNeeded", "password");
    const collect = asksForTravelDocument(invitation);
    if (collect && !travelDocument) return refuse("required", "documentNumber");
    if (travelDocument?.expiresOn && travelDocument.expiresOn < invitation.lastDay) return refuse("documentExpiresTooSoon", "expiresOn");

    await tx.update(people).set(personDetailsUpdate(input, now)).where(eq(people.id, invitation.personId));
    await tx
      .update(delegationMembers)
      .set({
        // An organizer may have confirmed them already: registering never moves them back.
        status: invitation.status === "confirmed" ? "confirmed" : "registered",
        consent: input.consent,
        dietaryNeeds: input.dietaryNeeds,
        accessibilityNeeds: input.accessibilityNeeds,
        registeredAt: now,
        version: sql`${delegationMembers.version} + 1`,
        updatedAt: now,
      })
      .where(eq(delegationMembers.id, invitation.memberId));
    // Stored only where asked for; otherwise whatever arrived is dropped.
    if (collect && travelDocument) {
      const values = {
        documentType: travelDocument.documentType,
        documentNumber: travelDocument.documentNumber.toUpperCase(),
        issuingCountry: travelDocument.issuingCountry,
        nationality: travelDocument.nationality,
        dateOfBirth: travelDocument.dateOfBirth || null,
        expiresOn: travelDocument.expiresOn || null,
        updatedAt: now,
      };
      await tx
        .insert(travelDocuments)
        .values({ memberId: invitation.memberId, eventId: invitation.eventId, ...values })
        .onConflictDoUpdate({ target: travelDocuments.memberId, set: values });
    }
    let userId = account?.id ?? null;
    if (!account) {
      const [created] = await tx
        .insert(users)
        .values({ email: invitation.email.toLowerCase(), name: input.nameLatin, role: "delegate", passwordHash })
        .returning({ id: users.id });
      userId = created!.id;
    }
    if (invitation.personUserId !== userId) await attachPersonToAccount(tx, invitation.personId, { id: userId!, email: invitation.email }, now);
    await tx.update(invitations).set({ usedAt: now }).where(eq(invitations.id, invitation.invitationId));
    await audit(tx, {
      actorUserId: userId,
      eventId: invitation.eventId,
      action: "invitation.register",
      entityType: "delegation_member",
      entityId: invitation.memberId,
      details: { consent: input.consent, accountCreated: !account, travelDocument: Boolean(collect && travelDocument) },
    });
    return ok({ email: invitation.email.toLowerCase(), accountCreated: !account, eventSlug: invitation.eventSlug });
  });
}

/** One click: the person will not come. The link is spent. */
export async function declineInvitation(token: string, now = new Date()): Promise<WriteResult<{ eventTitle: string }>> {
  if (!isWellFormedToken(token)) return refuse("invitations.state.unknown");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [invitation] = await invitationQuery(tx, hashInvitationToken(token)).for("update", { of: invitations });
    if (!invitation) return refuse("invitations.state.unknown");
    const state = invitationState(invitation, now);
    if (state !== "valid") return refuse(`invitations.state.${state}`);
    await tx
      .update(delegationMembers)
      .set({ status: "declined", version: sql`${delegationMembers.version} + 1`, updatedAt: now })
      .where(and(eq(delegationMembers.id, invitation.memberId), eq(delegationMembers.eventId, invitation.eventId)));
    await tx.update(invitations).set({ usedAt: now }).where(eq(invitations.id, invitation.invitationId));
    await audit(tx, {
      actorUserId: null,
      eventId: invitation.eventId,
      action: "invitation.decline",
      entityType: "delegation_member",
      entityId: invitation.memberId,
    });
    return ok({ eventTitle: invitation.eventTitle });
  });
}
