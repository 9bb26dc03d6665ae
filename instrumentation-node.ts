// Node.js side of instrumentation.ts: on the embedded database, open the folder at server start so
// that a second process on it stops at once with a clear message (instead of starting and then
// failing every request), and a new folder is migrated and seeded before the first visitor.
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
