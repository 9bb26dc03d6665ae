import "server-only";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agendaItems, delegationMembers, initiativeOrganizers, people, recommendations, records, users } from "@/db/schema";
import { PARTICIPATING } from "@/lib/agenda/queries";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { isUuid } from "@/lib/uuid";
import { recordItemColumns } from "./item-columns";
import { lockRecord } from "./store";

export type RapporteurCandidate = { userId: string; name: string; kind: "organizer" | "delegate" };

/** Who can be a rapporteur: the initiative's organizers and the event's delegates who have an account. */
export async function listRapporteurCandidates(viewer: OrganizerViewer, eventId: string): Promise<RapporteurCandidate[]> {
  const event = await getEventForOrganizer(viewer, eventId, "records");
  if (!event) return [];
  const db = await getDb();
  const [organizers, delegates] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name, email: users.email })
      .from(initiativeOrganizers)
      .innerJoin(users, eq(users.id, initiativeOrganizers.userId))
      .where(eq(initiativeOrganizers.initiativeId, event.initiativeId))
      .orderBy(asc(users.name)),
    // The delegate's name as this initiative knows them, not their account's (which another
    // initiative may have set).
    db
      .select({ userId: users.id, name: people.nameLatin, email: people.email })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .innerJoin(users, eq(users.id, people.userId))
      .where(and(eq(delegationMembers.eventId, event.id), inArray(delegationMembers.status, [...PARTICIPATING])))
      .orderBy(asc(people.nameLatin)),
  ]);
  return [
    ...organizers.map((u) => ({ userId: u.userId, name: u.name ?? u.email, kind: "organizer" as const })),
    ...delegates.map((u) => ({ userId: u.userId, name: u.name ?? u.email, kind: "delegate" as const })),
  ];
}

/** Every live agenda item of the event with its record's state: the organizer's records overview. */
export async function listRecordsForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId, "records");
  if (!event) return null;
  const db = await getDb();
  const rows = await db
    .select({
      ...recordItemColumns,
      recordId: records.id,
      status: records.status,
      version: records.version,
      updatedAt: records.updatedAt,
      rapporteurUserId: records.rapporteurUserId,
      rapporteurName: users.name,
    })
    .from(agendaItems)
    .leftJoin(records, eq(records.agendaItemId, agendaItems.id))
    .leftJoin(users, eq(users.id, records.rapporteurUserId))
    .where(and(eq(agendaItems.eventId, event.id), isNull(agendaItems.deletedAt)))
    .orderBy(asc(agendaItems.startsAt), asc(agendaItems.title));
  const recordIds = rows.map((r) => r.recordId).filter((id): id is string => id !== null);
  const counts = recordIds.length
    ? await db
        .select({ recordId: recommendations.recordId, n: count() })
        .from(recommendations)
        .where(inArray(recommendations.recordId, recordIds))
        .groupBy(recommendations.recordId)
    : [];
  const byRecord = new Map(counts.map((c) => [c.recordId, c.n]));
  return {
    event,
    items: rows.map((r) => ({
      ...r,
      // Version 0: made by an assignment, nothing written yet.
      written: (r.version ?? 0) > 0,
      recommendations: r.recordId ? (byRecord.get(r.recordId) ?? 0) : 0,
    })),
  };
}

/** Assigns (or, with null, unassigns) the rapporteur of one agenda item's record. */
export async function assignRapporteur(viewer: OrganizerViewer, eventId: string, itemId: string, userId: string | null): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId, "records");
  if (!event || !isUuid(itemId)) return refuse("errors.notFound");
  if (userId !== null) {
    const candidates = await listRapporteurCandidates(viewer, event.id);
    if (!candidates.some((c) => c.userId === userId)) return refuse("notACandidate", "rapporteur");
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.eventId, event.id), isNull(agendaItems.deletedAt)));
    if (!item) return refuse("errors.notFound");
    const record = await lockRecord(tx, item.id);
    await tx.update(records).set({ rapporteurUserId: userId }).where(eq(records.id, record.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "record.assign",
      entityType: "record",
      entityId: record.id,
      details: { rapporteurUserId: userId },
    });
    return ok(undefined);
  });
}
