import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { delegationMembers, delegations, parties, people } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { claimCreate, completeCreate } from "@/lib/forms/create-once";
import { issueInvitation, type MailContext } from "@/lib/invitations/issue";
import { deliverMail } from "@/lib/mail/deliver";
import { LISTED_STATUSES, consentsVisibleTo } from "./consent";
import type { PersonInput } from "./schema";

/** Organizer's roster, contact details included: only ever called behind requireOrganizer + event scope. */
export async function listDelegationsForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const delegationRows = await db
    .select({ id: delegations.id, partyId: parties.id, partyName: parties.name, targetSize: delegations.targetSize })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(eq(delegations.eventId, event.id))
    .orderBy(asc(parties.name));
  const members = await db
    .select({
      id: delegationMembers.id,
      delegationId: delegationMembers.delegationId,
      role: delegationMembers.role,
      status: delegationMembers.status,
      consent: delegationMembers.consent,
      nameLatin: people.nameLatin,
      nameNative: people.nameNative,
      organization: people.organization,
      position: people.position,
      sector: people.sector,
      email: people.email,
      phone: people.phone,
      dietaryNeeds: delegationMembers.dietaryNeeds,
      accessibilityNeeds: delegationMembers.accessibilityNeeds,
    })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(eq(delegationMembers.eventId, event.id))
    .orderBy(sql`${delegationMembers.role} = 'head' desc`, asc(people.nameLatin));
  return delegationRows.map((d) => ({ ...d, members: members.filter((m) => m.delegationId === d.id) }));
}

export async function addPersonToDelegation(
  viewer: OrganizerViewer,
  eventId: string,
  input: PersonInput,
  /** When given, a person added as "invited" with an email gets their invitation in the same transaction. */
  invite?: MailContext,
  /** The form's create key: the same key twice adds the person once (and sends one invitation). */
  requestKey?: string,
): Promise<WriteResult<{ memberId: string; invitationSent: boolean }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  const once = requestKey ? { key: requestKey, userId: viewer.userId, kind: "delegation_member" } : null;
  const result = await db.transaction(async (tx): Promise<WriteResult<{ memberId: string; outboxId: string | null }>> => {
    // Before any refusal: a repeat of a create that went through answers with what it made.
    const { earlier } = await claimCreate(tx, once);
    if (earlier) return ok({ memberId: earlier, outboxId: null });
    const [delegation] = await tx
      .select({ id: delegations.id })
      .from(delegations)
      .where(and(eq(delegations.eventId, event.id), eq(delegations.partyId, input.partyId)));
    if (!delegation) return refuse("unknownParty", "partyId");

    // Only this initiative's own record of the person: what they gave to another initiative, and
    // whether they are known there at all, is not this initiative's to see or reuse.
    let personId: string | undefined;
    if (input.email) {
      const [existing] = await tx
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.initiativeId, event.initiativeId), eq(sql`lower(${people.email})`, input.email)));
      if (existing) {
        const [already] = await tx
          .select({ id: delegationMembers.id })
          .from(delegationMembers)
          .where(and(eq(delegationMembers.eventId, event.id), eq(delegationMembers.personId, existing.id)));
        if (already) return refuse("alreadyInEvent", "email");
        personId = existing.id; // the same person at another event of this initiative
      }
    }

    if (!personId) {
      const [person] = await tx
        .insert(people)
        .values({
          initiativeId: event.initiativeId,
          nameLatin: input.nameLatin,
          nameNative: input.nameNative,
          organization: input.organization,
          position: input.position,
          sector: input.sector,
          email: input.email || null,
          phone: input.phone,
        })
        .returning({ id: people.id });
      personId = person!.id;
    }

    if (input.head) {
      await tx
        .update(delegationMembers)
        .set({ role: "member", updatedAt: new Date() })
        .where(and(eq(delegationMembers.delegationId, delegation.id), eq(delegationMembers.role, "head")));
    }
    const [member] = await tx
      .insert(delegationMembers)
      .values({
        delegationId: delegation.id,
        eventId: event.id,
        personId,
        role: input.head ? "head" : "member",
        status: input.status,
        consent: input.consent,
      })
      .returning({ id: delegationMembers.id });

    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "delegation_member.add",
      entityType: "delegation_member",
      entityId: member!.id,
      details: { head: input.head },
    });
    const outboxId = invite
      ? await issueInvitation(tx, { eventId: event.id, memberId: member!.id, actorUserId: viewer.userId, ctx: invite, now: new Date() })
      : null;
    await completeCreate(tx, once, member!.id);
    return ok({ memberId: member!.id, outboxId });
  });
  if (!result.ok) return result;
  if (result.value.outboxId) await deliverMail(db, [result.value.outboxId]);
  return ok({ memberId: result.value.memberId, invitationSent: Boolean(result.value.outboxId) });
}

/**
 * People named in a list of who is coming, as `audience` may see them: only consents that audience
 * may read, only people coming (registered or confirmed), heads first; never contact data. The
 * one place the listing rule lives for the public event page and the delegates' participants page.
 */
export async function listNamedMembers(eventIds: string[], audience: "public" | "delegate") {
  if (eventIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      eventId: delegationMembers.eventId,
      personId: delegationMembers.personId,
      partyName: parties.name,
      nameLatin: people.nameLatin,
      nameNative: people.nameNative,
      organization: people.organization,
      position: people.position,
      head: sql<boolean>`${delegationMembers.role} = 'head'`,
    })
    .from(delegationMembers)
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(namedMembersOf(eventIds, audience))
    .orderBy(...NAMED_MEMBERS_ORDER);
}

/** Who `audience` may see named among those coming to these events: the listing rule, for a WHERE clause. */
export function namedMembersOf(eventIds: string[], audience: "public" | "delegate") {
  return and(
    inArray(delegationMembers.eventId, eventIds),
    inArray(delegationMembers.consent, consentsVisibleTo(audience)),
    inArray(delegationMembers.status, [...LISTED_STATUSES]),
  );
}

/** Lists of names: by party, heads first, then by name (and id, so pages of a long list never overlap). */
export const NAMED_MEMBERS_ORDER = [asc(parties.name), sql`${delegationMembers.role} = 'head' desc`, asc(people.nameLatin), asc(delegationMembers.id)] as const;

/** Names on the public event page: listed-publicly consent only, people who are coming; never contact data. */
export async function listPublicDelegates(eventId: string) {
  const rows = await listNamedMembers([eventId], "public");
  return rows.map(({ partyName, nameLatin, nameNative, organization, position, head }) => ({ partyName, nameLatin, nameNative, organization, position, head }));
}

/** Delegation sizes per party (everyone coming, listed or not): the public sees balance, not names. */
export async function countDelegationsByParty(eventId: string) {
  const db = await getDb();
  return db
    .select({ partyName: parties.name, count: sql<number>`count(${delegationMembers.id})::int` })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .leftJoin(delegationMembers, and(eq(delegationMembers.delegationId, delegations.id), inArray(delegationMembers.status, [...LISTED_STATUSES])))
    .where(eq(delegations.eventId, eventId))
    .groupBy(parties.name)
    .orderBy(asc(parties.name));
}
