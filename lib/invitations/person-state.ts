import "server-only";
import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { delegationMembers, invitations, mailOutbox, people, signInLinks } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { isUuid } from "@/lib/uuid";
import { invitationProgress, signInLinkState } from "./progress";

/** How many of a person's latest sign-in-link mails their page lists. */
export const SIGN_IN_LINKS_SHOWN = 3;

/**
 * A person's invitation on their page, for the organizers of the event (issue #19.6): where it
 * stands (sent, opened, answered, expired, withdrawn), the delivery of the latest invitation mail
 * as the outbox has it, and, when the person has an account, their latest sign-in links. Never a
 * token, nor anything of another event.
 */
export async function getInvitationStateForMember(viewer: OrganizerViewer, eventId: string, memberId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(memberId)) return null;
  const db = await getDb();
  const [member] = await db
    .select({
      id: delegationMembers.id,
      registeredAt: delegationMembers.registeredAt,
      email: people.email,
      userId: people.userId,
      invitationId: invitations.id,
      expiresAt: invitations.expiresAt,
      usedAt: invitations.usedAt,
      revokedAt: invitations.revokedAt,
      openedAt: invitations.openedAt,
      sendCount: invitations.sendCount,
      lastSentAt: invitations.lastSentAt,
    })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .leftJoin(invitations, and(eq(invitations.memberId, delegationMembers.id), eq(invitations.eventId, delegationMembers.eventId)))
    .where(and(eq(delegationMembers.id, memberId), eq(delegationMembers.eventId, event.id)));
  if (!member) return null;
  const now = new Date();
  const invitation =
    member.invitationId && member.expiresAt
      ? {
          expiresAt: member.expiresAt,
          usedAt: member.usedAt,
          revokedAt: member.revokedAt,
          openedAt: member.openedAt,
          sendCount: member.sendCount ?? 0,
          lastSentAt: member.lastSentAt,
        }
      : null;
  // Mail written for this member; older copies (from before mail named its member) by address.
  const forMember = member.email
    ? or(eq(mailOutbox.memberId, member.id), and(isNull(mailOutbox.memberId), sql`lower(${mailOutbox.toAddress}) = ${member.email.toLowerCase()}`))
    : eq(mailOutbox.memberId, member.id);
  const [lastMail] = await db
    .select({ status: mailOutbox.status, error: mailOutbox.error, createdAt: mailOutbox.createdAt, deliveredAt: mailOutbox.deliveredAt })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.eventId, event.id), eq(mailOutbox.kind, "invitation"), forMember))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(1);
  const links = member.userId
    ? await db
        .select({ createdAt: signInLinks.createdAt, expiresAt: signInLinks.expiresAt, usedAt: signInLinks.usedAt })
        .from(signInLinks)
        .where(eq(signInLinks.userId, member.userId))
        .orderBy(desc(signInLinks.createdAt))
        .limit(SIGN_IN_LINKS_SHOWN)
    : null;
  return {
    progress: invitationProgress(invitation, member, now),
    expiresAt: invitation?.expiresAt ?? null,
    lastMail: lastMail ?? null,
    hasAccount: member.userId !== null,
    signInLinks: links?.map((link) => ({ ...link, state: signInLinkState(link, now) })) ?? null,
  };
}
