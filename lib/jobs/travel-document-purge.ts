import type { Db } from "@/db/client";
import { purgeExpiredTravelDocuments } from "@/lib/travel-documents/retention";

/** Deletes travel documents whose event's retention has passed (hourly, and once at start). */
export function travelDocumentPurgeHandler(db: Db) {
  return async (): Promise<void> => {
    const deleted = await purgeExpiredTravelDocuments(db, new Date());
    if (deleted > 0) console.log(`Roundtable: deleted ${deleted} travel document(s) past their event's retention.`);
  };
}
