import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { delegationMembers, invitations, mailOutbox } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { claimRequest, completeRequest } from "@/lib/forms/create-once";
import { deliverMail } from "@/lib/mail/deliver";
import { OUTBOX_PAGE_SIZE, type OutboxFilter } from "@/lib/mail/outbox-filter";
import { containsPattern } from "@/lib/outcomes/search-text";
import { pageCount } from "@/lib/pagination";
import { isUuid } from "@/lib/uuid";
import { issueInvitation, type MailContext } from "./issue";
import { invitationState, redactTokens, type InvitationState } from "./token";

/**
 * What a send answers, and answers again to its repeat (lib/forms/create-once.ts): how many were
 * sent, how many were left alone because their link is still live, and how many cannot get one
 * (registered, declined, no email). Answers stored before `live` existed read as 0.
 */
const sendAnswer = z.object({ sent: z.number().int(), live: z.number().int().default(0), skipped: z.number().int() });

export type SendOptions = {
  /**
   * Also send a new link to people whose link is still live (unexpired, unused, unrevoked); their
   * current link stops working. Without it they are skipped: a second invitation is never an accident.
   */
  resend?: boolean;
  /**
   * Refuse the whole send ("delegations.notOnRoster", nothing sent) when any id is not a member of
   * this event, instead of leaving it out: for ids ticked on the roster, which all came from it.
   */
  exact?: boolean;
};

/**
 * Sends invitations to members of this event; people who already have a live link are skipped
 * unless `resend` is chosen (then they get a new link, and the old one stops working).
 * `requestKey`, the form's key: the same send twice (a double click, a replay) mails each person
 * once, and the repeat gets the first's answer.
 */
export async function sendInvitations(
  viewer: OrganizerViewer,
  eventId: string,
  memberIds: string[],
  ctx: MailContext,
  requestKey?: string,
  { resend = false, exact = false }: SendOptions = {},
): Promise<WriteResult<z.infer<typeof sendAnswer>>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const ids = [...new Set(memberIds.filter(isUuid))];
  if (ids.length === 0) return refuse("invitations.noneSelected");
  const db = await getDb();
  const now = new Date();
  const once = requestKey ? { key: requestKey, userId: viewer.userId, kind: "invitations_send" } : null;
  const outcome = await db.transaction(async (tx) => {
    if (exact) {
      const found = await tx
        .select({ id: delegationMembers.id })
        .from(delegationMembers)
        .where(and(eq(delegationMembers.eventId, event.id), inArray(delegationMembers.id, ids)));
      if (found.length !== ids.length) return null;
    }
    const { earlier } = await claimRequest(tx, once, sendAnswer);
    if (earlier) return { answer: earlier, outboxIds: [] as string[] };
    // Scope: only ids that are members of this very event count; anything else is ignored.
    const members = await tx
      .select({ id: delegationMembers.id, expiresAt: invitations.expiresAt, usedAt: invitations.usedAt, revokedAt: invitations.revokedAt })
      .from(delegationMembers)
      .leftJoin(invitations, and(eq(invitations.memberId, delegationMembers.id), eq(invitations.eventId, delegationMembers.eventId)))
      .where(and(eq(delegationMembers.eventId, event.id), inArray(delegationMembers.id, ids)));
    const queued: string[] = [];
    let live = 0;
    for (const member of members) {
      if (!resend && hasLiveInvitation(member, now)) {
        live += 1;
        continue;
      }
      const id = await issueInvitation(tx, { eventId: event.id, memberId: member.id, actorUserId: viewer.userId, ctx, now });
      if (id) queued.push(id);
    }
    const answer = { sent: queued.length, live, skipped: ids.length - queued.length - live };
    await completeRequest(tx, once, answer);
    return { answer, outboxIds: queued };
  });
  if (!outcome) return refuse("delegations.notOnRoster");
  await deliverMail(db, outcome.outboxIds);
  return ok(outcome.answer);
}

/** A link that still works: sent, not expired, not used, not withdrawn. */
function hasLiveInvitation(row: { expiresAt: Date | null; usedAt: Date | null; revokedAt: Date | null }, now: Date): boolean {
  return row.expiresAt !== null && invitationState({ expiresAt: row.expiresAt, usedAt: row.usedAt, revokedAt: row.revokedAt }, now) === "valid";
}

/** The link stops working at once; a later resend issues a new one. */
export async function revokeInvitation(viewer: OrganizerViewer, eventId: string, memberId: string): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(memberId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.memberId, memberId), eq(invitations.eventId, event.id)))
      .returning({ hint: invitations.tokenHint, usedAt: invitations.usedAt });
    if (!revoked) return refuse("errors.notFound");
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "invitation.revoke",
      entityType: "delegation_member",
      entityId: memberId,
      details: { tokenHint: revoked.hint },
    });
    return ok(undefined);
  });
}

export type InvitationSummary = { state: InvitationState; sendCount: number; lastSentAt: Date | null; expiresAt: Date };

/** Invitation state per member of the event, for the organizer's roster. */
export async function listInvitationsForOrganizer(viewer: OrganizerViewer, eventId: string): Promise<Map<string, InvitationSummary>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return new Map();
  const db = await getDb();
  const rows = await db
    .select({
      memberId: invitations.memberId,
      expiresAt: invitations.expiresAt,
      usedAt: invitations.usedAt,
      revokedAt: invitations.revokedAt,
      sendCount: invitations.sendCount,
      lastSentAt: invitations.lastSentAt,
    })
    .from(invitations)
    .where(eq(invitations.eventId, event.id));
  const now = new Date();
  return new Map(rows.map((r) => [r.memberId, { state: invitationState(r, now), sendCount: r.sendCount, lastSentAt: r.lastSentAt, expiresAt: r.expiresAt }]));
}

/**
 * The organizers' outbox for one event, newest first: the messages sent for it, and nothing else
 * (a sign-in link belongs to no event and is never listed). Bodies come with every token
 * redacted, whatever their state: a link is for its addressee alone, never for the organizers.
 */
export async function listOutbox(viewer: OrganizerViewer, eventId: string, limit = 200) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const rows = await db
    .select({
      id: mailOutbox.id,
      kind: mailOutbox.kind,
      to: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      body: mailOutbox.body,
      status: mailOutbox.status,
      error: mailOutbox.error,
      attempts: mailOutbox.attempts,
      createdAt: mailOutbox.createdAt,
      deliveredAt: mailOutbox.deliveredAt,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.eventId, event.id))
    // Newest first; one batch (an import, a release) shares its moment: then by recipient, so the
    // list keeps one order from one look to the next.
    .orderBy(desc(mailOutbox.createdAt), asc(mailOutbox.toAddress), asc(mailOutbox.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, body: redactTokens(row.body) }));
}

/**
 * The Outbox page: this event's messages, newest first, each with the name of the person of this
 * event it went to (by the member it was written for, else by address among this event's people;
 * never anyone of another event), searched by name, address or subject (any script, any case) and
 * filtered by status and kind, one page at a time. Bodies come with every token redacted.
 */
export async function searchOutbox(viewer: OrganizerViewer, eventId: string, filter: OutboxFilter) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const recipientName = sql<string | null>`coalesce(
    (select p.name_latin from delegation_members dm join people p on p.id = dm.person_id
      where dm.id = ${mailOutbox.memberId} and dm.event_id = ${event.id}),
    (select p.name_latin from delegation_members dm join people p on p.id = dm.person_id
      where dm.event_id = ${event.id} and lower(p.email) = lower(${mailOutbox.toAddress})
      order by p.name_latin limit 1)
  )`;
  const conditions: SQL[] = [eq(mailOutbox.eventId, event.id)];
  if (filter.status) conditions.push(eq(mailOutbox.status, filter.status));
  if (filter.kind) conditions.push(eq(mailOutbox.kind, filter.kind));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(
      sql`(${recipientName} ilike ${pattern} escape '\\' or ${mailOutbox.toAddress} ilike ${pattern} escape '\\' or ${mailOutbox.subject} ilike ${pattern} escape '\\')`,
    );
  }
  const where = and(...conditions);
  const [{ total }] = (await db
    .select({ total: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(where)) as [{ total: number }];
  const pages = pageCount(total, OUTBOX_PAGE_SIZE);
  const page = Math.min(filter.page, pages);
  const rows = await db
    .select({
      id: mailOutbox.id,
      kind: mailOutbox.kind,
      to: mailOutbox.toAddress,
      name: recipientName,
      subject: mailOutbox.subject,
      body: mailOutbox.body,
      status: mailOutbox.status,
      error: mailOutbox.error,
      attempts: mailOutbox.attempts,
      createdAt: mailOutbox.createdAt,
      deliveredAt: mailOutbox.deliveredAt,
    })
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), asc(mailOutbox.toAddress), asc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
  const kinds = await db.selectDistinct({ kind: mailOutbox.kind }).from(mailOutbox).where(eq(mailOutbox.eventId, event.id)).orderBy(asc(mailOutbox.kind));
  return {
    messages: rows.map((row) => ({ ...row, body: redactTokens(row.body) })),
    total,
    page,
    pages,
    kinds: kinds.map((k) => k.kind),
  };
}
