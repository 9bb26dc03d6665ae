// `npm run demo`: build, then start the production server on the embedded database (or on
// DATABASE_URL when set) with a locally generated AUTH_SECRET, and say how to sign in.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { embeddedDataDir, refuseWhenEmbeddedFolderBusy } from "./embedded-preflight.mjs";

const root = process.cwd();
const secretFile = path.join(root, ".data", "auth-secret");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function localSecret() {
  if (fs.existsSync(secretFile)) return fs.readFileSync(secretFile, "utf8").trim();
  const secret = randomBytes(33).toString("base64");
  fs.mkdirSync(path.dirname(secretFile), { recursive: true });
  fs.writeFileSync(secretFile, `${secret}\n`, { mode: 0o600 });
  return secret;
}

const env = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET || localSecret(),
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST || "true",
  // Links in mail point here: the demo runs on this machine.
  APP_URL: process.env.APP_URL || `http://localhost:${process.env.PORT || "3000"}`,
  NEXT_TELEMETRY_DISABLED: "1",
};

await refuseWhenEmbeddedFolderBusy(); // before a build of a minute, too

if (process.env.DEMO_SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || "3000";
const dataDir = embeddedDataDir();
const where = dataDir ? `the embedded database in ${path.relative(root, dataDir) || dataDir}` : "the PostgreSQL server in DATABASE_URL";
console.log(`
Roundtable is starting on ${where}.
  Open            http://localhost:${port}/en
  Organizer       organizer@example.org  /  roundtable-demo
  Delegate        delegate@example.org   /  roundtable-demo
The demo round table (Tsaghkadzor, 13–14 February 2026) is loaded on the first start.
`);

await refuseWhenEmbeddedFolderBusy(); // the build took a while: ask again just before starting
const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
