// Starts the built app for Playwright on a database of its own:
//   DATABASE_URL set   → a new PostgreSQL database (name saved for global teardown to drop);
//   DATABASE_URL unset → a fresh embedded folder.
// Then migrates, loads the demo round table, and runs the production server (scripts/server.mjs).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";

const root = process.cwd();
const port = process.env.PORT || "3100";
// One of each per port: the suite runs two of these servers side by side (playwright.config.ts).
const stateFile = path.join(root, ".data", `e2e-database-${port}.json`);
const env = {
  ...process.env,
  AUTH_SECRET: randomBytes(33).toString("base64"),
  AUTH_TRUST_HOST: "true",
  // Mail and feed links use the configured address only (never request headers): the tests' one.
  APP_URL: `http://127.0.0.1:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
fs.mkdirSync(path.dirname(stateFile), { recursive: true });
// No SMTP in the suite: mail is written here in full, and the tests read links from it as the
// addressee would (e2e/fixtures.ts mailedLink); the organizers' outbox hides them.
env.MAIL_DROP_DIR = path.join(root, ".data", `e2e-mail-${port}`);
fs.rmSync(env.MAIL_DROP_DIR, { recursive: true, force: true });

const adminUrl = process.env.DATABASE_URL?.trim();
if (adminUrl) {
  const name = `rt_e2e_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  fs.writeFileSync(stateFile, JSON.stringify({ adminUrl, name }));
} else {
  const dir = path.join(root, ".data", `e2e-pglite-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { recursive: true, force: true });
  env.DATABASE_URL = "";
  env.PGLITE_DIR = dir;
  fs.writeFileSync(stateFile, JSON.stringify({ pgliteDir: dir }));
}

const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const seed = spawnSync(process.execPath, [tsx, "db/seed/run.ts"], { stdio: "inherit", env });
if (seed.status !== 0) process.exit(seed.status ?? 1);

// The production server (nonces in every page, cached ones included), as `npm start` runs it.
const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
