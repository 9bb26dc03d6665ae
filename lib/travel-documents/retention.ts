// Deletes travel documents once their event's retention has passed. Runs at server start and
// hourly (the travel-document-purge job, lib/jobs/); takes the database and the clock so tests can move time.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, travelDocuments } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import { travelDocumentsExpireAt } from "./rules";

/** Deletes every expired event's travel documents; returns how many were deleted. */
export async function purgeExpiredTravelDocuments(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    // Only events that still hold documents: usually a handful, so the zone-aware boundary is
    // computed here, by the same rule the screens use, rather than in SQL.
    const holding = await tx
      .selectDistinct({
        id: events.id,
        lastDay: events.lastDay,
        timeZone: events.timeZone,
        travelDocumentRetentionDays: events.travelDocumentRetentionDays,
      })
      .from(events)
      .innerJoin(travelDocuments, eq(travelDocuments.eventId, events.id));
    let total = 0;
    for (const event of holding) {
      const expiresAt = travelDocumentsExpireAt(event);
      if (expiresAt > now) continue;
      const deleted = await tx.delete(travelDocuments).where(eq(travelDocuments.eventId, event.id)).returning({ memberId: travelDocuments.memberId });
      total += deleted.length;
      await audit(tx, {
        actorUserId: null,
        eventId: event.id,
        action: "travel_document.purge",
        entityType: "event",
        entityId: event.id,
        details: { count: deleted.length, retentionDays: event.travelDocumentRetentionDays, expiredAt: expiresAt.toISOString() },
      });
    }
    return total;
  });
}
