import { randomBytes, timingSafeEqual } from "node:crypto";

// Shared by the release watcher (instrumentation) and the route it calls, in the same process.
const KEY = Symbol.for("roundtable.publicRefreshSecret");
type Holder = { [KEY]?: string };

/** A random secret made once per server process: only this process can ask itself to refresh. */
export function refreshSecret(): string {
  const holder = globalThis as Holder;
  holder[KEY] ??= randomBytes(32).toString("hex");
  return holder[KEY];
}

export function isRefreshSecret(candidate: string | null): boolean {
  const secret = (globalThis as Holder)[KEY];
  if (!secret || !candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const REFRESH_HEADER = "x-roundtable-refresh";
