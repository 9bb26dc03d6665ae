import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { crossingPeople, crossingPoints, crossings, delegationMembers, delegations, parties, people } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { CROSSING_POINT_TEXT_FIELDS } from "@/lib/content/fields";
import { otherWorkingLanguages, sharedTranslationsFromInput } from "@/lib/content/translation-form";
import { getEventForOrganizer, type OrganizerEvent } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { claimCreate, completeCreate } from "@/lib/forms/create-once";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { isUuid } from "@/lib/uuid";
import { actualTimeProblem, MANIFEST_STATUSES, manifestPeople, type MemberStatus } from "./rules";
import type { CrossingInput, CrossingPointInput, CrossingPointVersionsInput } from "./schema";

// Crossings are private to organizers: every function here takes an organizer, checks the event
// is in their scope before any transaction (PGlite has one connection), and puts the event (and
// the delegation of that event) in every WHERE clause. Ids from the client are never trusted.

/**
 * The crossing points of this event's initiative: each initiative keeps its own list (one team's
 * new point never changes the list another picks from, nor tells them where it plans to cross).
 */
export async function listCrossingPoints(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return [];
  const db = await getDb();
  return db
    .select({ id: crossingPoints.id, name: crossingPoints.name, description: crossingPoints.description, translations: crossingPoints.translations })
    .from(crossingPoints)
    .where(eq(crossingPoints.initiativeId, event.initiativeId))
    .orderBy(asc(crossingPoints.name));
}

export async function createCrossingPoint(viewer: OrganizerViewer, eventId: string, input: CrossingPointInput): Promise<WriteResult<{ id: string }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    // "Voskepar" and "voskepar" would be the same place twice in every select.
    const [same] = await tx
      .select({ id: crossingPoints.id })
      .from(crossingPoints)
      .where(and(eq(crossingPoints.initiativeId, event.initiativeId), eq(sql`lower(${crossingPoints.name})`, input.name.toLowerCase())));
    if (same) return refuse("crossingPointTaken", "name");
    const [created] = await tx
      .insert(crossingPoints)
      .values({
        name: input.name,
        description: input.description,
        initiativeId: event.initiativeId,
        // The name is typed in the event's first language; its versions in the other three.
        translations: sharedTranslationsFromInput(input, CROSSING_POINT_TEXT_FIELDS, otherWorkingLanguages(event.languages)),
      })
      .onConflictDoNothing({ target: [crossingPoints.initiativeId, crossingPoints.name] })
      .returning({ id: crossingPoints.id });
    if (!created) return refuse("crossingPointTaken", "name"); // saved by someone else a moment ago
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "crossing_point.create",
      entityType: "crossing_point",
      entityId: created.id,
      details: { name: input.name },
    });
    return ok({ id: created.id });
  });
}

/**
 * The versions of a point's name, in any of the four working languages (the initiative's other
 * events read them too). The point has no version column: the last save wins, as for its name.
 */
export async function updateCrossingPointVersions(
  viewer: OrganizerViewer,
  eventId: string,
  crossingPointId: string,
  input: CrossingPointVersionsInput,
): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(crossingPointId)) return refuse("errors.notFound");
  const translations = sharedTranslationsFromInput(input, CROSSING_POINT_TEXT_FIELDS);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(crossingPoints)
      .set({ translations })
      .where(and(eq(crossingPoints.id, crossingPointId), eq(crossingPoints.initiativeId, event.initiativeId)))
      .returning({ id: crossingPoints.id });
    if (!updated) return refuse("errors.notFound");
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "crossing_point.translations",
      entityType: "crossing_point",
      entityId: updated.id,
      details: { languages: Object.keys(translations) },
    });
    return ok(undefined);
  });
}

const memberColumns = {
  memberId: delegationMembers.id,
  personId: people.id,
  delegationId: delegationMembers.delegationId,
  status: delegationMembers.status,
  head: sql<boolean>`${delegationMembers.role} = 'head'`,
  nameLatin: people.nameLatin,
  nameNative: people.nameNative,
  organization: people.organization,
  position: people.position,
};

const crossingColumns = {
  id: crossings.id,
  delegationId: crossings.delegationId,
  direction: crossings.direction,
  plannedAt: crossings.plannedAt,
  actualAt: crossings.actualAt,
  notes: crossings.notes,
  crossingPointId: crossings.crossingPointId,
  pointName: crossingPoints.name,
};

/** Each delegation of the event (in party-name order) with its members, crossings and manifests. */
export async function listCrossingsForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const [delegationRows, members, crossingRows, manifestRows] = await Promise.all([
    db
      .select({ id: delegations.id, partyName: parties.name })
      .from(delegations)
      .innerJoin(parties, eq(parties.id, delegations.partyId))
      .where(eq(delegations.eventId, event.id))
      .orderBy(asc(parties.name)),
    db
      .select(memberColumns)
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .where(eq(delegationMembers.eventId, event.id))
      .orderBy(sql`${delegationMembers.role} = 'head' desc`, asc(people.nameLatin)),
    db
      .select(crossingColumns)
      .from(crossings)
      .innerJoin(crossingPoints, eq(crossingPoints.id, crossings.crossingPointId))
      .where(eq(crossings.eventId, event.id))
      .orderBy(asc(crossings.plannedAt)),
    db
      .select({ crossingId: crossingPeople.crossingId, personId: crossingPeople.personId })
      .from(crossingPeople)
      .innerJoin(crossings, eq(crossings.id, crossingPeople.crossingId))
      .where(eq(crossings.eventId, event.id)),
  ]);
  return delegationRows.map((d) => ({
    ...d,
    members: members.filter((m) => m.delegationId === d.id),
    crossings: crossingRows
      .filter((c) => c.delegationId === d.id)
      .map((c) => ({ ...c, personIds: manifestRows.filter((p) => p.crossingId === c.id).map((p) => p.personId) })),
  }));
}

/** One delegation of the event, with the members who may be on a manifest; null when not in scope. */
export async function getDelegationForCrossing(viewer: OrganizerViewer, eventId: string, delegationId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(delegationId)) return null;
  const db = await getDb();
  const [delegation] = await db
    .select({ id: delegations.id, partyName: parties.name })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(and(eq(delegations.id, delegationId), eq(delegations.eventId, event.id)));
  if (!delegation) return null;
  const members = await db
    .select(memberColumns)
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(and(eq(delegationMembers.delegationId, delegation.id), eq(delegationMembers.eventId, event.id)))
    .orderBy(sql`${delegationMembers.role} = 'head' desc`, asc(people.nameLatin));
  return { event, delegation, members };
}

export type CrossingDetails = NonNullable<Awaited<ReturnType<typeof getCrossingForOrganizer>>>;

/**
 * One crossing with its delegation's members and its manifest (people in name order, with their
 * membership), or null when it is not a crossing of an event in this organizer's scope.
 */
export async function getCrossingForOrganizer(viewer: OrganizerViewer, eventId: string, crossingId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(crossingId)) return null;
  const db = await getDb();
  const [crossing] = await db
    .select({ ...crossingColumns, partyName: parties.name })
    .from(crossings)
    .innerJoin(crossingPoints, eq(crossingPoints.id, crossings.crossingPointId))
    .innerJoin(delegations, and(eq(delegations.id, crossings.delegationId), eq(delegations.eventId, crossings.eventId)))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(and(eq(crossings.id, crossingId), eq(crossings.eventId, event.id)));
  if (!crossing) return null;
  const [members, manifest] = await Promise.all([
    db
      .select(memberColumns)
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .where(and(eq(delegationMembers.delegationId, crossing.delegationId), eq(delegationMembers.eventId, event.id)))
      .orderBy(sql`${delegationMembers.role} = 'head' desc`, asc(people.nameLatin)),
    db.select({ personId: crossingPeople.personId }).from(crossingPeople).where(eq(crossingPeople.crossingId, crossing.id)),
  ]);
  const personIds = manifest.map((p) => p.personId);
  return {
    event,
    crossing: { ...crossing, personIds },
    members,
    // Only people of this delegation are ever written to a manifest; taking them from its members keeps the page honest anyway.
    manifest: manifestPeople(members, personIds),
  };
}

/** A refusal unless every person is a member of this delegation who may cross. */
async function checkManifest(tx: Tx, event: OrganizerEvent, delegationId: string, personIds: string[]): Promise<WriteResult<string[]>> {
  const wanted = [...new Set(personIds)];
  const found = await tx
    .select({ personId: delegationMembers.personId })
    .from(delegationMembers)
    .where(
      and(
        eq(delegationMembers.eventId, event.id),
        eq(delegationMembers.delegationId, delegationId),
        inArray(delegationMembers.personId, wanted),
        inArray(delegationMembers.status, [...MANIFEST_STATUSES] as MemberStatus[]),
      ),
    );
  return found.length === wanted.length ? ok(wanted) : refuse("notInDelegation", "personIds");
}

/** The point must be one of the event's initiative's own: another initiative's id is refused. */
async function checkPoint(tx: Tx, event: OrganizerEvent, crossingPointId: string) {
  const [point] = await tx
    .select({ id: crossingPoints.id })
    .from(crossingPoints)
    .where(and(eq(crossingPoints.id, crossingPointId), eq(crossingPoints.initiativeId, event.initiativeId)));
  return Boolean(point);
}

export async function createCrossing(
  viewer: OrganizerViewer,
  eventId: string,
  delegationId: string,
  input: CrossingInput,
  /** The form's create key: the same key twice plans one crossing. */
  requestKey?: string,
): Promise<WriteResult<{ id: string }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(delegationId)) return refuse("errors.notFound");
  const plannedAt = zonedLocalToInstant(input.day, input.time, event.timeZone);
  if (!plannedAt) return refuse("timeDoesNotExist", "time");
  const db = await getDb();
  const once = requestKey ? { key: requestKey, userId: viewer.userId, kind: "crossing" } : null;
  return db.transaction(async (tx) => {
    const { earlier } = await claimCreate(tx, once);
    if (earlier) return ok({ id: earlier });
    const [delegation] = await tx
      .select({ id: delegations.id })
      .from(delegations)
      .where(and(eq(delegations.id, delegationId), eq(delegations.eventId, event.id)));
    if (!delegation) return refuse("errors.notFound");
    if (!(await checkPoint(tx, event, input.crossingPointId))) return refuse("chooseCrossingPoint", "crossingPointId");
    const manifest = await checkManifest(tx, event, delegation.id, input.personIds);
    if (!manifest.ok) return manifest;
    const [created] = await tx
      .insert(crossings)
      .values({
        eventId: event.id,
        delegationId: delegation.id,
        crossingPointId: input.crossingPointId,
        direction: input.direction,
        plannedAt,
        notes: input.notes,
      })
      .returning({ id: crossings.id });
    const id = created!.id;
    await tx.insert(crossingPeople).values(manifest.value.map((personId) => ({ crossingId: id, personId })));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "crossing.create",
      entityType: "crossing",
      entityId: id,
      details: { delegationId: delegation.id, direction: input.direction, plannedAt: plannedAt.toISOString(), people: manifest.value.length },
    });
    await completeCreate(tx, once, id);
    return ok({ id });
  });
}

/** Changes the plan and the manifest of a crossing; the recorded actual time is kept. */
export async function updateCrossing(viewer: OrganizerViewer, eventId: string, crossingId: string, input: CrossingInput): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(crossingId)) return refuse("errors.notFound");
  const plannedAt = zonedLocalToInstant(input.day, input.time, event.timeZone);
  if (!plannedAt) return refuse("timeDoesNotExist", "time");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [crossing] = await tx
      .select({ id: crossings.id, delegationId: crossings.delegationId, actualAt: crossings.actualAt })
      .from(crossings)
      .where(and(eq(crossings.id, crossingId), eq(crossings.eventId, event.id)));
    if (!crossing) return refuse("errors.notFound");
    if (!(await checkPoint(tx, event, input.crossingPointId))) return refuse("chooseCrossingPoint", "crossingPointId");
    const manifest = await checkManifest(tx, event, crossing.delegationId, input.personIds);
    if (!manifest.ok) return manifest;
    // Moving the plan a week past an already recorded actual time would break the table's check.
    if (crossing.actualAt && actualTimeProblem(plannedAt, crossing.actualAt, crossing.actualAt) === "actualTooEarly") {
      return refuse("plannedAfterActual", "day");
    }
    const before = await tx.select({ personId: crossingPeople.personId }).from(crossingPeople).where(eq(crossingPeople.crossingId, crossing.id));
    await tx
      .update(crossings)
      .set({ crossingPointId: input.crossingPointId, direction: input.direction, plannedAt, notes: input.notes })
      .where(and(eq(crossings.id, crossing.id), eq(crossings.eventId, event.id)));
    await tx.delete(crossingPeople).where(eq(crossingPeople.crossingId, crossing.id));
    await tx.insert(crossingPeople).values(manifest.value.map((personId) => ({ crossingId: crossing.id, personId })));
    const had = new Set(before.map((p) => p.personId));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "crossing.update",
      entityType: "crossing",
      entityId: crossing.id,
      details: {
        direction: input.direction,
        plannedAt: plannedAt.toISOString(),
        added: manifest.value.filter((id) => !had.has(id)),
        removed: [...had].filter((id) => !manifest.value.includes(id)),
      },
    });
    return ok(undefined);
  });
}

/** Records when the delegation actually crossed, or clears it (null) when it was recorded by mistake. */
export async function setCrossingActualTime(
  viewer: OrganizerViewer,
  eventId: string,
  crossingId: string,
  actualAt: Date | null,
  now = new Date(),
): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(crossingId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [crossing] = await tx
      .select({ id: crossings.id, plannedAt: crossings.plannedAt, actualAt: crossings.actualAt })
      .from(crossings)
      .where(and(eq(crossings.id, crossingId), eq(crossings.eventId, event.id)));
    if (!crossing) return refuse("errors.notFound");
    const problem = actualAt ? actualTimeProblem(crossing.plannedAt, actualAt, now) : null;
    if (problem) return refuse(problem, "actualTime");
    await tx
      .update(crossings)
      .set({ actualAt })
      .where(and(eq(crossings.id, crossing.id), eq(crossings.eventId, event.id)));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: actualAt ? "crossing.actual" : "crossing.actual_clear",
      entityType: "crossing",
      entityId: crossing.id,
      details: { from: crossing.actualAt?.toISOString() ?? null, to: actualAt?.toISOString() ?? null },
    });
    return ok(undefined);
  });
}

export async function deleteCrossing(viewer: OrganizerViewer, eventId: string, crossingId: string): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(crossingId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [crossing] = await tx
      .select({ id: crossings.id, delegationId: crossings.delegationId, direction: crossings.direction, plannedAt: crossings.plannedAt })
      .from(crossings)
      .where(and(eq(crossings.id, crossingId), eq(crossings.eventId, event.id)));
    if (!crossing) return refuse("errors.notFound");
    const manifest = await tx.select({ personId: crossingPeople.personId }).from(crossingPeople).where(eq(crossingPeople.crossingId, crossing.id));
    await tx.delete(crossings).where(and(eq(crossings.id, crossing.id), eq(crossings.eventId, event.id)));
    // The row is gone, so the audit entry keeps what it was.
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "crossing.delete",
      entityType: "crossing",
      entityId: crossing.id,
      details: {
        delegationId: crossing.delegationId,
        direction: crossing.direction,
        plannedAt: crossing.plannedAt.toISOString(),
        personIds: manifest.map((p) => p.personId),
      },
    });
    return ok(undefined);
  });
}
