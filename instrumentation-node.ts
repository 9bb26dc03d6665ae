// Node.js side of instrumentation.ts: on the embedded database, open the folder at server start so
// that a second process on it stops at once with a clear message (instead of starting and then
// failing every request), and a new folder is migrated and seeded before the first visitor. Also
// schedules the deletion of travel documents whose retention has passed.
import { databaseUrl, EmbeddedDatabaseBusyError, getDb } from "./db/client";

export async function openEmbeddedDatabaseAtStart(): Promise<void> {
  if (databaseUrl()) return;
  try {
    await getDb();
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusyError) {
      console.error(`Roundtable: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Deletes travel documents whose event's retention has passed: once at start, then hourly. A
 * failure is logged and retried at the next tick; it never stops the server, and the timer does
 * not keep the process alive on shutdown.
 */
export function scheduleTravelDocumentPurge(): void {
  const run = async () => {
    try {
      const { purgeExpiredTravelDocuments } = await import("./lib/travel-documents/retention");
      const deleted = await purgeExpiredTravelDocuments(await getDb(), new Date());
      if (deleted > 0) console.log(`Roundtable: deleted ${deleted} travel document(s) past their event's retention.`);
    } catch (error) {
      console.error("Roundtable: the travel-document purge failed; it will run again within the hour.", error);
    }
  };
  void run();
  setInterval(run, PURGE_EVERY_MS).unref();
}
