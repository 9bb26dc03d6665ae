// Builds the benchmark's database: `npx tsx scripts/bench/build-database.ts <scale>` on the
// database in DATABASE_URL (created empty by scripts/bench/run.mjs): migrations, the demo round
// table, then the demo grown to <scale>× (scripts/bench/scale-demo.ts).
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { scaleDemo } from "./scale-demo";

async function main(): Promise<void> {
  const scale = Number(process.argv[2] ?? "1");
  if (!process.env.DATABASE_URL?.trim()) throw new Error("DATABASE_URL must name the benchmark's PostgreSQL database");
  const started = performance.now();
  await migrateDatabase();
  await seedDemo(await getDb());
  await scaleDemo(await getDb(), scale);
  console.log(`bench: ${scale}× the demo loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .catch((error: unknown) => {
    console.error("bench: building the database failed:", error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
