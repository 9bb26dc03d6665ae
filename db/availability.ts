// Whether the database is reachable, as the server last found it. A query that fails because the
// server refused, went silent, closed the connection or is restarting marks an outage (through
// instrumentation.ts's onRequestError); while it is recent, proxy.ts answers 503 with a short
// page instead of letting each request wait for, and fail on, the database. It passes by itself:
// once OUTAGE_MS have gone by without a new failure, requests reach the database again, and the
// first one that fails marks it once more. No import of the driver here: proxy.ts loads this.

/** Errors of the connection, not of the query: the driver's codes, Node's, and PostgreSQL's 57P0x. */
const UNAVAILABLE_CODES = new Set([
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "57P01", // admin_shutdown: the server is stopping
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the server is starting or in recovery
]);

export const OUTAGE_MS = 5_000;

/** True for an error (or an error it wraps, as Drizzle's query errors do) that says the database is out of reach. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

// On globalThis under a registered symbol: proxy.ts and the pages are bundled apart but run in one process.
const KEY = Symbol.for("roundtable.databaseUnavailableAt");
const state = globalThis as typeof globalThis & { [KEY]?: number };

export function noteDatabaseUnavailable(now = Date.now()): void {
  state[KEY] = now;
}

export function isDatabaseOutageRecent(now = Date.now()): boolean {
  const at = state[KEY];
  return at !== undefined && now - at < OUTAGE_MS;
}
