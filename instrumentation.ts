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
