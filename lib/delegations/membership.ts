import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { agendaItemPeople, agendaItems, delegationMembers, delegations, parties, people } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { isUuid } from "@/lib/uuid";
import { computeParity, type Status } from "./parity";
import type { MemberDetailsInput } from "./schema";
import { statusChangeNeedsReason } from "./status-rules";
import { personDetailsUpdate } from "./person-update";

type Role = "head" | "member" | "expert" | "journalist" | "staff";

/**
 * Confirm, decline, withdraw or re-invite one person or many. Every change is audited with the
 * previous status and the reason; a move that needs a reason is refused without one.
 */
export async function changeMemberStatus(
  viewer: OrganizerViewer,
  eventId: string,
  memberIds: string[],
  to: Status,
  reason: string,
): Promise<WriteResult<{ changed: number }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const ids = [...new Set(memberIds.filter(isUuid))];
  if (ids.length === 0) return refuse("delegations.noneSelected");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const members = await tx
      .select({ id: delegationMembers.id, status: delegationMembers.status })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.eventId, event.id), inArray(delegationMembers.id, ids)))
      .for("update");
    const moving = members.filter((m) => m.status !== to);
    if (!reason && moving.some((m) => statusChangeNeedsReason(m.status, to))) return refuse("reasonRequired", "reason");
    await writeStatusChanges(tx, viewer.userId, event.id, moving, to, reason);
    return ok({ changed: moving.length });
  });
}

/**
 * Moves the given members (read FOR UPDATE by the caller, in `tx`, and checked to belong to the
 * event) to `to`, each audited with its previous status and the reason. The caller applies the
 * rules (statusChangeNeedsReason) first.
 */
export async function writeStatusChanges(
  tx: Tx,
  actorUserId: string,
  eventId: string,
  members: { id: string; status: Status }[],
  to: Status,
  reason: string,
): Promise<void> {
  const now = new Date();
  for (const member of members) {
    await tx
      .update(delegationMembers)
      .set({ status: to, version: sql`${delegationMembers.version} + 1`, updatedAt: now })
      .where(and(eq(delegationMembers.id, member.id), eq(delegationMembers.eventId, eventId)));
    await audit(tx, {
      actorUserId,
      eventId,
      action: "delegation_member.status",
      entityType: "delegation_member",
      entityId: member.id,
      details: { from: member.status, to, reason },
    });
  }
}

/** Change a person's role; making someone head hands the previous head's place back to "member". */
export async function changeMemberRole(viewer: OrganizerViewer, eventId: string, memberId: string, role: Role): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(memberId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ id: delegationMembers.id, delegationId: delegationMembers.delegationId, role: delegationMembers.role })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.id, memberId), eq(delegationMembers.eventId, event.id)))
      .for("update");
    if (!member) return refuse("errors.notFound");
    if (member.role === role) return ok(undefined);
    const now = new Date();
    if (role === "head") {
      await tx
        .update(delegationMembers)
        .set({ role: "member", updatedAt: now })
        .where(and(eq(delegationMembers.delegationId, member.delegationId), eq(delegationMembers.role, "head"), ne(delegationMembers.id, member.id)));
    }
    await tx
      .update(delegationMembers)
      .set({ role, version: sql`${delegationMembers.version} + 1`, updatedAt: now })
      .where(eq(delegationMembers.id, member.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "delegation_member.role",
      entityType: "delegation_member",
      entityId: member.id,
      details: { from: member.role, to: role },
    });
    return ok(undefined);
  });
}

/** The parity panel's numbers for one event (organizer only: counts include unlisted people). */
export async function getParity(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const delegationRows = await db
    .select({ id: parties.id, name: parties.name, targetSize: delegations.targetSize })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(eq(delegations.eventId, event.id))
    .orderBy(parties.name);
  const members = await db
    .select({
      partyId: delegations.partyId,
      personId: delegationMembers.personId,
      status: delegationMembers.status,
      sector: people.sector,
      consent: delegationMembers.consent,
    })
    .from(delegationMembers)
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(eq(delegationMembers.eventId, event.id));
  const [speakers, publicPanel] = await Promise.all([
    db
      .selectDistinct({ personId: agendaItemPeople.personId })
      .from(agendaItemPeople)
      .innerJoin(agendaItems, eq(agendaItems.id, agendaItemPeople.agendaItemId))
      .where(and(eq(agendaItems.eventId, event.id), sql`${agendaItems.deletedAt} IS NULL`)),
    // On items the public reads (closed-door ones show the public nobody, on either side).
    db
      .selectDistinct({ personId: agendaItemPeople.personId })
      .from(agendaItemPeople)
      .innerJoin(agendaItems, eq(agendaItems.id, agendaItemPeople.agendaItemId))
      .where(
        and(eq(agendaItems.eventId, event.id), sql`${agendaItems.deletedAt} IS NULL`, eq(agendaItems.visibility, "public"), eq(agendaItems.closedDoor, false)),
      ),
  ]);
  return computeParity(delegationRows, members, new Set(speakers.map((s) => s.personId)), new Set(publicPanel.map((s) => s.personId)));
}

/** The size each side aims for; null clears it. */
export async function setTargetSize(
  viewer: OrganizerViewer,
  eventId: string,
  delegationId: string,
  targetSize: number | null,
): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(delegationId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(delegations)
      .set({ targetSize })
      .where(and(eq(delegations.id, delegationId), eq(delegations.eventId, event.id)))
      .returning({ id: delegations.id });
    if (!updated) return refuse("errors.notFound");
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "delegation.target",
      entityType: "delegation",
      entityId: updated.id,
      details: { targetSize },
    });
    return ok(undefined);
  });
}

/**
 * Corrects a person's details and this event's consent and needs. Refused when someone (the
 * person themselves, or another organizer) changed the membership since the form was loaded.
 */
export async function updateMemberDetails(
  viewer: OrganizerViewer,
  eventId: string,
  memberId: string,
  input: MemberDetailsInput,
): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(memberId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({
        id: delegationMembers.id,
        personId: delegationMembers.personId,
        version: delegationMembers.version,
        email: people.email,
        userId: people.userId,
      })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .where(and(eq(delegationMembers.id, memberId), eq(delegationMembers.eventId, event.id)))
      .for("update", { of: delegationMembers });
    if (!member) return refuse("errors.notFound");
    if (member.version !== input.version) return refuse("member.changedMeanwhile");
    const email = input.email || null;
    if ((member.email ?? null) !== email) {
      // Sign-in uses the account's email: changing it here would silently lock the person out.
      if (member.userId) return refuse("accountEmailFixed", "email");
      if (email) {
        // Only this initiative's records: whether the address is known elsewhere is not its business.
        const [taken] = await tx
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.initiativeId, event.initiativeId), eq(sql`lower(${people.email})`, email), ne(people.id, member.personId)));
        if (taken) return refuse("emailTaken", "email");
      }
    }
    const now = new Date();
    await tx
      .update(people)
      .set({ ...personDetailsUpdate(input, now), email })
      .where(eq(people.id, member.personId));
    await tx
      .update(delegationMembers)
      .set({
        consent: input.consent,
        dietaryNeeds: input.dietaryNeeds,
        accessibilityNeeds: input.accessibilityNeeds,
        version: sql`${delegationMembers.version} + 1`,
        updatedAt: now,
      })
      .where(eq(delegationMembers.id, member.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "delegation_member.details",
      entityType: "delegation_member",
      entityId: member.id,
      details: { consent: input.consent },
    });
    return ok(undefined);
  });
}
