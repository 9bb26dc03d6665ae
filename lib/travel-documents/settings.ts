import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events, travelDocuments } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { travelDocumentsExpireAt, travelDocumentsKeptThrough } from "./rules";
import type { TravelDocumentSettingsInput } from "./schema";

/** Whether the event collects travel documents, how long they are kept, and how many there are. */
export async function getTravelDocumentSettings(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      collectTravelDocuments: events.collectTravelDocuments,
      travelDocumentRetentionDays: events.travelDocumentRetentionDays,
      version: events.version,
    })
    .from(events)
    .where(eq(events.id, event.id));
  if (!row) return null;
  const stored = await db.$count(travelDocuments, eq(travelDocuments.eventId, event.id));
  const retention = { ...event, travelDocumentRetentionDays: row.travelDocumentRetentionDays };
  return {
    ...row,
    stored,
    keptThrough: travelDocumentsKeptThrough(retention),
    expired: travelDocumentsExpireAt(retention).getTime() <= Date.now(),
  };
}

/**
 * Turns collection on or off and sets the retention. Turning it off keeps what is stored until the
 * retention ends (the purge deletes it then); like the status form, the version is bumped.
 */
export async function updateTravelDocumentSettings(
  viewer: OrganizerViewer,
  eventId: string,
  input: TravelDocumentSettingsInput,
): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ collect: events.collectTravelDocuments, days: events.travelDocumentRetentionDays })
      .from(events)
      .where(eq(events.id, event.id));
    await tx
      .update(events)
      .set({ ...input, version: sql`${events.version} + 1`, updatedAt: new Date() })
      .where(eq(events.id, event.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "event.travel_documents",
      entityType: "event",
      entityId: event.id,
      details: {
        from: { collect: before?.collect, retentionDays: before?.days },
        to: { collect: input.collectTravelDocuments, retentionDays: input.travelDocumentRetentionDays },
      },
    });
    return ok(undefined);
  });
}
