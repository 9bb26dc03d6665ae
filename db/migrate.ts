// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded folder).
import { closeDb, databaseUrl, migrateDatabase } from "./client";

process.env.PGLITE_SEED ??= "0"; // migrating only; `npm run db:seed` loads the demo

async function main() {
  await migrateDatabase();
  console.log(`Migrations applied to ${databaseUrl() ? "DATABASE_URL" : "the embedded database"}.`);
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
