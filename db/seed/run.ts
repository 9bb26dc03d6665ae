// Loads the demo round table: `npx tsx db/seed/run.ts`. Uses PostgreSQL when DATABASE_URL is set,
// otherwise the embedded PGlite folder (PGLITE_DIR, default .data/pglite). Safe to run again.
import { closeDb, databaseUrl, getDb, migrateDatabase } from "@/db/client";
import { DEMO_DELEGATE, DEMO_EVENT_SLUG, DEMO_ORGANIZER, seedDemo } from "@/db/seed/demo";

// This script seeds explicitly; keep the client from also seeding a brand-new embedded folder.
process.env.PGLITE_SEED = "0";

async function main(): Promise<void> {
  const target = databaseUrl() ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite (${process.env.PGLITE_DIR?.trim() || ".data/pglite"})`;
  await migrateDatabase();
  const { created } = await seedDemo(await getDb());
  console.log(created ? `Loaded the demo round table "${DEMO_EVENT_SLUG}" into ${target}.` : `The demo round table is already in ${target}; nothing changed.`);
  console.log("Demo sign-in:");
  console.log(`  organizer  ${DEMO_ORGANIZER.email}  /  ${DEMO_ORGANIZER.password}`);
  console.log(`  delegate   ${DEMO_DELEGATE.email}  /  ${DEMO_DELEGATE.password}`);
}

main()
  .catch((error: unknown) => {
    console.error("Seeding the demo failed:", error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
