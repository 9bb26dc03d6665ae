import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";

/** Drops the databases the e2e servers created for this run (one per server, scripts/e2e-server.mjs). */
export default async function globalTeardown() {
  const dataDir = path.join(process.cwd(), ".data");
  if (!fs.existsSync(dataDir)) return;
  const stateFiles = fs.readdirSync(dataDir).filter((name) => /^e2e-database(-\d+)?\.json$/.test(name));
  for (const stateFile of stateFiles.map((name) => path.join(dataDir, name))) {
    const state = JSON.parse(fs.readFileSync(stateFile, "utf8")) as { adminUrl?: string; name?: string };
    fs.rmSync(stateFile);
    if (!state.adminUrl || !state.name) continue;
    const admin = postgres(state.adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${state.name} WITH (FORCE)`);
    await admin.end();
  }
}
