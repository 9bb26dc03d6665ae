import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";

/** Drops the database the e2e server created for this run. */
export default async function globalTeardown() {
  const stateFile = path.join(process.cwd(), ".data", "e2e-database.json");
  if (!fs.existsSync(stateFile)) return;
  const state = JSON.parse(fs.readFileSync(stateFile, "utf8")) as { adminUrl?: string; name?: string };
  fs.rmSync(stateFile);
  if (!state.adminUrl || !state.name) return;
  const admin = postgres(state.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${state.name} WITH (FORCE)`);
  await admin.end();
}
