// The zero-setup path as a new user gets it: no DATABASE_URL, a brand-new embedded folder that the
// app itself migrates and seeds on its first request.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const dir = path.join(root, ".data", "e2e-embedded");
fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(`${dir}.lock`, { recursive: true, force: true });

const env = {
  ...process.env,
  DATABASE_URL: "",
  PGLITE_DIR: dir,
  AUTH_SECRET: randomBytes(33).toString("base64"),
  AUTH_TRUST_HOST: "true",
  APP_URL: `http://127.0.0.1:${process.env.PORT || "3101"}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "-p", process.env.PORT || "3101"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
