// Next.js prints "Ready" and listens before instrumentation.ts opens the embedded database, so a
// server started beside a running one used to say "Ready", answer a request, then exit. The
// launchers ask first: a folder held by a running process is refused before Next.js starts.
// (A dead holder's lock is no obstacle: the server takes it over, see db/folder-lock.mjs.)
import path from "node:path";
import { EmbeddedDatabaseBusyError, isDataFolderBusy } from "../db/folder-lock.mjs";

/** The embedded folder the server will open, or null on PostgreSQL or in memory (as db/client.ts). */
export function embeddedDataDir() {
  if (process.env.DATABASE_URL?.trim()) return null;
  const dir = process.env.PGLITE_DIR?.trim() || path.join(process.cwd(), ".data", "pglite");
  return dir === "memory://" ? null : dir;
}

export async function refuseWhenEmbeddedFolderBusy() {
  const dir = embeddedDataDir();
  if (dir && (await isDataFolderBusy(dir))) {
    console.error(`Roundtable: ${new EmbeddedDatabaseBusyError(dir).message}`);
    process.exit(1);
  }
}
