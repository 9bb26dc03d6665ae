// AUTH_SECRET signs session cookies. Production must be given one; development (and the demo
// script, which passes it on) generates one once and keeps it in the git-ignored .data folder.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const DEV_SECRET_FILE = path.join(process.cwd(), ".data", "auth-secret");

export class MissingAuthSecretError extends Error {
  constructor() {
    super("AUTH_SECRET is not set. Production refuses to start without it: generate one with `openssl rand -base64 33`.");
    this.name = "MissingAuthSecretError";
  }
}

export function resolveAuthSecret(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.AUTH_SECRET?.trim();
  if (given) return given;
  if (env.NODE_ENV === "production") throw new MissingAuthSecretError();
  return readOrCreateLocalSecret();
}

export function readOrCreateLocalSecret(file: string = DEV_SECRET_FILE): string {
  try {
    const existing = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
    if (existing) return existing;
  } catch {
    // not created yet
  }
  const secret = randomBytes(33).toString("base64");
  fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  fs.writeFileSync(/*turbopackIgnore: true*/ file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
