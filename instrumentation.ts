// Runs once when a server process starts; never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { announceFirstRunSetup, openEmbeddedDatabaseAtStart } = await import("./instrumentation-node");
  await openEmbeddedDatabaseAtStart();
  await announceFirstRunSetup();
  // Mail, embargo ends and the travel-document purge run as jobs, each once across all servers.
  const { startJobsForThisProcess } = await import("./lib/jobs/process");
  await startJobsForThisProcess();
}

/**
 * Next.js calls this for every error a request raised on the server (it logs them itself). A
 * database out of reach is noted, so that proxy.ts answers the next requests with a 503 page for a
 * few seconds instead of each one failing on the database (db/availability.ts).
 */
export async function onRequestError(error: unknown): Promise<void> {
  if (process.env.NEXT_RUNTIME === "edge") return;
  const { isDatabaseUnavailable, noteDatabaseUnavailable } = await import("./db/availability");
  if (isDatabaseUnavailable(error)) noteDatabaseUnavailable();
}
