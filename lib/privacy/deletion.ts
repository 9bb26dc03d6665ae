import "server-only";
import { and, asc, desc, eq, exists, inArray, isNull, ne, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb, type Executor } from "@/db/client";
import {
  calendarFeeds,
  delegationMembers,
  deletionRequests,
  events,
  initiativeOrganizers,
  invitations,
  mailOutbox,
  people,
  signInLinks,
  travelDocuments,
  users,
  verificationTokens,
} from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { rolesWith } from "@/lib/teams/roles";
import { isUuid } from "@/lib/uuid";
import { pseudonymFor } from "./rules";

const requestFacts = {
  id: deletionRequests.id,
  status: deletionRequests.status,
  reason: deletionRequests.reason,
  requestedAt: deletionRequests.requestedAt,
  decidedAt: deletionRequests.decidedAt,
  decisionNote: deletionRequests.decisionNote,
};

/** The open request first, else the latest decided one. */
const latestFirst = [desc(sql`${deletionRequests.status} = 'pending'`), desc(deletionRequests.requestedAt)];

// ——— The delegate ———

/**
 * The delegate's own request as it stands: pending (at any initiative that holds them), or the
 * latest decision, or null.
 */
export async function getMyDeletionRequest(viewer: DelegateViewer) {
  if (viewer.personIds.length === 0) return null;
  const db = await getDb();
  const [request] = await db
    .select(requestFacts)
    .from(deletionRequests)
    .where(inArray(deletionRequests.personId, viewer.personIds))
    .orderBy(...latestFirst)
    .limit(1);
  return request ?? null;
}

/**
 * Asks for deletion: one request to each initiative that holds the person (each decides on, and
 * erases, only its own record). Asking again while a request is open is the same request.
 */
export async function requestDeletion(viewer: DelegateViewer, reason: string): Promise<WriteResult<{ created: boolean }>> {
  if (viewer.personIds.length === 0) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(deletionRequests)
      .values(viewer.personIds.map((personId) => ({ personId, reason })))
      // The unique partial index (one pending per person) turns a second ask into nothing.
      .onConflictDoNothing()
      .returning({ id: deletionRequests.id, personId: deletionRequests.personId });
    if (created.length === 0) return ok({ created: false });
    for (const row of created) {
      await audit(tx, { actorUserId: viewer.userId, action: "deletion_request.create", entityType: "person", entityId: row.personId });
    }
    return ok({ created: true });
  });
}

/** The delegate changes their mind while the request is still open. */
export async function withdrawDeletionRequest(viewer: DelegateViewer): Promise<WriteResult<undefined>> {
  if (viewer.personIds.length === 0) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const withdrawn = await tx
      .delete(deletionRequests)
      .where(and(inArray(deletionRequests.personId, viewer.personIds), eq(deletionRequests.status, "pending")))
      .returning({ id: deletionRequests.id, personId: deletionRequests.personId });
    if (withdrawn.length === 0) return refuse("myData.nothingToWithdraw");
    for (const row of withdrawn) {
      await audit(tx, { actorUserId: viewer.userId, action: "deletion_request.withdraw", entityType: "person", entityId: row.personId });
    }
    return ok(undefined);
  });
}

// ——— The organizer ———

/** The person record belongs to an initiative this organizer organizes (each initiative has its own). */
function personInScope(db: Executor, viewer: OrganizerViewer, personId: AnyPgColumn | string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(people)
      .innerJoin(initiativeOrganizers, eq(initiativeOrganizers.initiativeId, people.initiativeId))
      .where(and(eq(people.id, personId), eq(initiativeOrganizers.userId, viewer.userId), inArray(initiativeOrganizers.role, rolesWith("plan")))),
  );
}

/**
 * Requests of people in this organizer's events: every open one, and the latest decisions. Each
 * with the person's name and their memberships in the organizer's events (to link to the person
 * page, where the decision is taken).
 */
export async function listDeletionRequestsForOrganizer(viewer: OrganizerViewer) {
  const db = await getDb();
  const columns = { ...requestFacts, personId: deletionRequests.personId, name: people.nameLatin };
  const pending = await db
    .select(columns)
    .from(deletionRequests)
    .innerJoin(people, eq(people.id, deletionRequests.personId))
    .where(and(eq(deletionRequests.status, "pending"), personInScope(db, viewer, deletionRequests.personId)))
    .orderBy(asc(deletionRequests.requestedAt));
  const decided = await db
    .select(columns)
    .from(deletionRequests)
    .innerJoin(people, eq(people.id, deletionRequests.personId))
    .where(and(inArray(deletionRequests.status, ["done", "declined"]), personInScope(db, viewer, deletionRequests.personId)))
    .orderBy(desc(deletionRequests.decidedAt))
    .limit(20);
  const personIds = [...new Set([...pending, ...decided].map((r) => r.personId))];
  const memberships = personIds.length
    ? await db
        .select({ personId: delegationMembers.personId, memberId: delegationMembers.id, eventId: events.id, eventTitle: events.title })
        .from(delegationMembers)
        .innerJoin(events, eq(events.id, delegationMembers.eventId))
        .innerJoin(initiativeOrganizers, eq(initiativeOrganizers.initiativeId, events.initiativeId))
        .where(
          and(
            inArray(delegationMembers.personId, personIds),
            eq(initiativeOrganizers.userId, viewer.userId),
            inArray(initiativeOrganizers.role, rolesWith("plan")),
          ),
        )
        .orderBy(desc(events.firstDay))
    : [];
  const withEvents = ({ personId, ...request }: (typeof pending)[number]) => ({
    ...request,
    memberships: memberships.filter((m) => m.personId === personId).map(({ personId: _, ...m }) => m),
  });
  return { pending: pending.map(withEvents), decided: decided.map(withEvents) };
}

/** The request of the person behind one membership, for that person's page (pending first). */
export async function getDeletionRequestForMember(viewer: OrganizerViewer, eventId: string, memberId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(memberId)) return null;
  const db = await getDb();
  const [request] = await db
    .select({ ...requestFacts, decidedByEmail: users.email })
    .from(deletionRequests)
    .innerJoin(delegationMembers, eq(delegationMembers.personId, deletionRequests.personId))
    .leftJoin(users, eq(users.id, deletionRequests.decidedByUserId))
    .where(and(eq(delegationMembers.id, memberId), eq(delegationMembers.eventId, event.id)))
    .orderBy(...latestFirst)
    .limit(1);
  return request ?? null;
}

/**
 * Confirms a pending request, in one transaction, for this initiative's record of the person
 * only: it keeps only a pseudonym and the sector; needs and listing consent are cleared on every
 * membership; travel documents, invitations and this initiative's messages to them are deleted.
 * The account goes too (with its calendar feeds and sign-in links) unless it still signs in as
 * the person's record at another initiative, which this one neither sees nor touches.
 * Memberships, agenda roles, crossings, records and attendance stay, attributed to the
 * pseudonym, so what was recorded is not lost.
 */
export async function confirmDeletionRequest(viewer: OrganizerViewer, requestId: string): Promise<WriteResult<{ pseudonym: string }>> {
  if (!isUuid(requestId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const now = new Date();
    // Decided first: the row lock makes a concurrent withdraw or second decision wait, then miss.
    const [request] = await tx
      .update(deletionRequests)
      .set({ status: "done", decidedAt: now, decidedByUserId: viewer.userId, reason: "" })
      .where(and(eq(deletionRequests.id, requestId), eq(deletionRequests.status, "pending"), personInScope(tx, viewer, deletionRequests.personId)))
      .returning({ personId: deletionRequests.personId });
    if (!request) return refuse("deletionRequests.notPending");
    const personId = request.personId;

    const [person] = await tx
      .select({ email: people.email, userId: people.userId, initiativeId: people.initiativeId })
      .from(people)
      .where(eq(people.id, personId));
    if (!person) return refuse("deletionRequests.notPending");
    // The account is erased only when no other initiative's record signs in with it.
    const [elsewhere] = person.userId
      ? await tx
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.userId, person.userId), ne(people.id, personId)))
          .limit(1)
      : [];
    const accounts = person.userId && !elsewhere ? await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, person.userId)) : [];
    const addresses = [...new Set([person.email, ...accounts.map((a) => a.email)].filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase()))];
    const userIds = accounts.map((a) => a.id);

    const pseudonym = pseudonymFor(personId);
    await tx
      .update(people)
      .set({
        nameLatin: pseudonym,
        nameNative: "",
        organization: "",
        position: "",
        phone: "",
        email: null,
        userId: null,
        version: sql`${people.version} + 1`,
        updatedAt: now,
      })
      .where(eq(people.id, personId));
    await tx.delete(signInLinks).where(eq(signInLinks.linkPersonId, personId));
    const members = await tx
      .update(delegationMembers)
      .set({ dietaryNeeds: "", accessibilityNeeds: "", consent: "none", version: sql`${delegationMembers.version} + 1`, updatedAt: now })
      .where(eq(delegationMembers.personId, personId))
      .returning({ id: delegationMembers.id });
    const memberIds = members.map((m) => m.id);
    if (memberIds.length) {
      await tx.delete(travelDocuments).where(inArray(travelDocuments.memberId, memberIds));
      await tx.delete(invitations).where(inArray(invitations.memberId, memberIds));
      // Mail written for them, whatever address it went to (an earlier one, say).
      await tx.delete(mailOutbox).where(inArray(mailOutbox.memberId, memberIds));
    }
    if (userIds.length) {
      await tx.delete(calendarFeeds).where(inArray(calendarFeeds.userId, userIds));
      await tx.delete(signInLinks).where(inArray(signInLinks.userId, userIds));
      // Sessions and adapter accounts go with it (cascade); authored rows keep a NULL author.
      await tx.delete(users).where(inArray(users.id, userIds));
    }
    if (addresses.length) {
      // This initiative's messages to them carry their name and links.
      const initiativeEvents = tx.select({ id: events.id }).from(events).where(eq(events.initiativeId, person.initiativeId));
      await tx.delete(mailOutbox).where(and(inArray(sql`lower(${mailOutbox.toAddress})`, addresses), inArray(mailOutbox.eventId, initiativeEvents)));
      if (userIds.length) {
        // The account is gone: so are the mails that belonged to no event (sign-in links) and
        // pending sign-in tokens for its address.
        await tx.delete(mailOutbox).where(and(inArray(sql`lower(${mailOutbox.toAddress})`, addresses), isNull(mailOutbox.eventId)));
        await tx.delete(verificationTokens).where(inArray(sql`lower(${verificationTokens.identifier})`, addresses));
      }
    }
    // Their words in earlier requests go too; the decisions themselves stay.
    await tx.update(deletionRequests).set({ reason: "" }).where(eq(deletionRequests.personId, personId));

    await audit(tx, {
      actorUserId: viewer.userId,
      action: "deletion_request.confirm",
      entityType: "person",
      entityId: personId,
      details: { requestId, memberships: memberIds.length, account: userIds.length > 0 },
    });
    return ok({ pseudonym });
  });
}

/** Declines a pending request with a note the person will read; nothing else changes. */
export async function declineDeletionRequest(viewer: OrganizerViewer, requestId: string, note: string): Promise<WriteResult<undefined>> {
  if (!isUuid(requestId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [request] = await tx
      .update(deletionRequests)
      .set({ status: "declined", decidedAt: new Date(), decidedByUserId: viewer.userId, decisionNote: note })
      .where(and(eq(deletionRequests.id, requestId), eq(deletionRequests.status, "pending"), personInScope(tx, viewer, deletionRequests.personId)))
      .returning({ personId: deletionRequests.personId });
    if (!request) return refuse("deletionRequests.notPending");
    await audit(tx, {
      actorUserId: viewer.userId,
      action: "deletion_request.decline",
      entityType: "person",
      entityId: request.personId,
      details: { requestId },
    });
    return ok(undefined);
  });
}
