import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { delegationMembers, delegations, events, invitations, parties, people } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { audit } from "@/lib/audit/log";
import { enqueueMail } from "@/lib/mail/outbox";
import { composeInvitationMail } from "./message";
import { invitationExpiry, newInvitationToken } from "./token";

/**
 * Who can be sent a link: people still to answer, and people an organizer confirmed directly who
 * have not registered themselves yet (they still need to give consent and get an account).
 */
export function mayBeInvited(member: { status: string; registeredAt: Date | null }): boolean {
  return member.registeredAt === null && (member.status === "invited" || member.status === "confirmed");
}

/** Where links point: the app's public origin (APP_URL, else the request's) and the mail's language. */
export type MailContext = { locale: Locale; origin: string };

export function invitationLink(ctx: MailContext, token: string): string {
  return `${ctx.origin.replace(/\/+$/, "")}/${ctx.locale}/invitation/${token}`;
}

/**
 * Inside the caller's transaction: gives the member a fresh single-use link (replacing any earlier
 * one, which stops working) and queues the email. Only people with an email address who have not
 * registered yet get one (see `mayBeInvited`); returns the outbox id, or null when nothing was sent.
 */
export async function issueInvitation(
  tx: Tx,
  args: { eventId: string; memberId: string; actorUserId: string; ctx: MailContext; now: Date },
): Promise<string | null> {
  const [member] = await tx
    .select({
      status: delegationMembers.status,
      registeredAt: delegationMembers.registeredAt,
      email: people.email,
      nameLatin: people.nameLatin,
      partyName: parties.name,
      title: events.title,
      firstDay: events.firstDay,
      lastDay: events.lastDay,
      venueName: events.venueName,
      city: events.city,
      timeZone: events.timeZone,
    })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .innerJoin(events, eq(events.id, delegationMembers.eventId))
    .where(and(eq(delegationMembers.id, args.memberId), eq(delegationMembers.eventId, args.eventId)));
  if (!member || !member.email || !mayBeInvited(member)) return null;

  const { token, hash, hint } = newInvitationToken();
  const expiresAt = invitationExpiry(args.now);
  await tx
    .insert(invitations)
    .values({ memberId: args.memberId, eventId: args.eventId, tokenHash: hash, tokenHint: hint, expiresAt, sendCount: 1, lastSentAt: args.now })
    .onConflictDoUpdate({
      target: invitations.memberId,
      set: {
        tokenHash: hash,
        tokenHint: hint,
        expiresAt,
        usedAt: null,
        revokedAt: null,
        // A new link, not yet opened: "opened" is about the link the person holds now.
        openedAt: null,
        sendCount: sql`${invitations.sendCount} + 1`,
        lastSentAt: args.now,
      },
    });
  const mail = await composeInvitationMail({
    locale: args.ctx.locale,
    link: invitationLink(args.ctx, token),
    personName: member.nameLatin,
    partyName: member.partyName,
    event: member,
    expiresAt,
  });
  const outboxId = await enqueueMail(tx, {
    eventId: args.eventId,
    createdByUserId: args.actorUserId,
    memberId: args.memberId,
    kind: "invitation",
    to: member.email,
    ...mail,
  });
  // The hint identifies the link in the log; the token itself is never written anywhere but the mail.
  await audit(tx, {
    actorUserId: args.actorUserId,
    eventId: args.eventId,
    action: "invitation.send",
    entityType: "delegation_member",
    entityId: args.memberId,
    details: { tokenHint: hint, expiresAt: expiresAt.toISOString() },
  });
  return outboxId;
}
