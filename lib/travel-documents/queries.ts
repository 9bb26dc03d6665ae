import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { crossingPeople, crossings, delegationMembers, events, travelDocuments } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { isUuid } from "@/lib/uuid";
import { maskDocumentNumber } from "./mask";
import type { TravelDocumentInput } from "./schema";

// Travel documents never leave this module unmasked except through `revealManifestDocuments`,
// which writes one audit entry per person. Only organizers of the event's initiative get here:
// the type says so, and the runtime check stands in case a caller is ever typed loosely.

export type MaskedTravelDocument = {
  memberId: string;
  documentType: "passport" | "id_card" | "other";
  maskedNumber: string;
  issuingCountry: string;
  nationality: string;
  expiresOn: string | null;
};

/** The event's travel documents, numbers masked; null when the event is not in the organizer's scope. */
export async function listTravelDocumentsForOrganizer(viewer: OrganizerViewer, eventId: string): Promise<MaskedTravelDocument[] | null> {
  if (viewer.kind !== "organizer") return null;
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const rows = await db
    .select({
      memberId: travelDocuments.memberId,
      documentType: travelDocuments.documentType,
      documentNumber: travelDocuments.documentNumber,
      issuingCountry: travelDocuments.issuingCountry,
      nationality: travelDocuments.nationality,
      expiresOn: travelDocuments.expiresOn,
    })
    .from(travelDocuments)
    .where(eq(travelDocuments.eventId, event.id));
  return rows.map(({ documentNumber, ...row }) => ({ ...row, maskedNumber: maskDocumentNumber(documentNumber) }));
}

/**
 * The full document numbers of the people on one crossing's manifest, for the border services'
 * list. Never silent: one audit entry per person revealed, naming the crossing.
 */
export async function revealManifestDocuments(
  viewer: OrganizerViewer,
  eventId: string,
  crossingId: string,
): Promise<{ memberId: string; documentNumber: string }[] | null> {
  if (viewer.kind !== "organizer") return null;
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(crossingId)) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    // The members come from the crossing itself (scoped to the event), never from the request.
    const rows = await tx
      .select({ memberId: travelDocuments.memberId, documentNumber: travelDocuments.documentNumber })
      .from(crossings)
      .innerJoin(crossingPeople, eq(crossingPeople.crossingId, crossings.id))
      .innerJoin(
        delegationMembers,
        and(
          eq(delegationMembers.personId, crossingPeople.personId),
          eq(delegationMembers.delegationId, crossings.delegationId),
          eq(delegationMembers.eventId, crossings.eventId),
        ),
      )
      .innerJoin(travelDocuments, and(eq(travelDocuments.memberId, delegationMembers.id), eq(travelDocuments.eventId, crossings.eventId)))
      .where(and(eq(crossings.id, crossingId), eq(crossings.eventId, event.id)));
    for (const row of rows) {
      await audit(tx, {
        actorUserId: viewer.userId,
        eventId: event.id,
        action: "travel_document.reveal",
        entityType: "delegation_member",
        entityId: row.memberId,
        details: { crossingId },
      });
    }
    return rows;
  });
}

/** Records (or replaces) a member's travel document; only while the event collects them. */
export async function saveTravelDocument(viewer: OrganizerViewer, eventId: string, input: TravelDocumentInput): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [settings] = await tx.select({ collect: events.collectTravelDocuments }).from(events).where(eq(events.id, event.id));
    if (!settings?.collect) return refuse("errors.travelDocumentsOff");
    const [member] = await tx
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.id, input.memberId), eq(delegationMembers.eventId, event.id)));
    if (!member) return refuse("notADelegate", "memberId");
    const { memberId, ...values } = input;
    const [previous] = await tx.select({ memberId: travelDocuments.memberId }).from(travelDocuments).where(eq(travelDocuments.memberId, member.id));
    await tx
      .insert(travelDocuments)
      .values({ memberId: member.id, eventId: event.id, ...values })
      .onConflictDoUpdate({ target: travelDocuments.memberId, set: { ...values, eventId: event.id, updatedAt: new Date() } });
    // The number itself is never written to the audit log.
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: previous ? "travel_document.replace" : "travel_document.save",
      entityType: "delegation_member",
      entityId: memberId,
      details: { documentType: values.documentType },
    });
    return ok(undefined);
  });
}
