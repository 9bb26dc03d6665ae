// Runs once when a server process starts; never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { announceFirstRunSetup, openEmbeddedDatabaseAtStart, scheduleTravelDocumentPurge } = await import("./instrumentation-node");
  await openEmbeddedDatabaseAtStart();
  await announceFirstRunSetup();
  scheduleTravelDocumentPurge();
  const { watchScheduledReleases } = await import("./lib/cache/release-watch");
  watchScheduledReleases();
}
