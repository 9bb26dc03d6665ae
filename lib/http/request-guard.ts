/**
 * Refusals decided from the request line and headers alone, before any page or action runs, so
 * that a malformed or cross-site request gets a clear 4xx instead of reaching Next.js (which
 * answers a foreign-origin server action with a 500, and echoes any path into its headers).
 * Pure: the proxy applies it; unit-tested beside it.
 */
export const MAX_PATH_LENGTH = 1_000;

export type Refusal = { status: 400 | 403 | 414; reason: "crossSiteAction" | "pathTooLong" | "badEncoding" };

type RequestFacts = { method: string; pathname: string; search?: string; headers: { get(name: string): string | null } };

/**
 * Whether a percent-encoded part decodes to real UTF-8 text without NUL: `%ff`, `%C0%AF` and
 * `%00` reach no route (their parameters would throw while decoding, or a NUL would fail a query).
 */
function decodesCleanly(part: string): boolean {
  try {
    return !decodeURIComponent(part.replace(/\+/g, " ")).includes("\u0000");
  } catch {
    return false;
  }
}

/** The host the browser believes it talks to: the proxy's forwarded host when there is one. */
function requestHost(headers: RequestFacts["headers"]): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function refusalFor(request: RequestFacts): Refusal | null {
  if (request.pathname.length > MAX_PATH_LENGTH) return { status: 414, reason: "pathTooLong" };
  if (!decodesCleanly(request.pathname)) return { status: 400, reason: "badEncoding" };
  const query = (request.search ?? "").replace(/^\?/, "");
  if (query && !query.split(/[&=]/).every(decodesCleanly)) return { status: 400, reason: "badEncoding" };
  // A server action is a POST with a Next-Action header; only this site's own pages may send one.
  if (request.method === "POST" && request.headers.get("next-action") !== null) {
    const origin = request.headers.get("origin");
    const host = requestHost(request.headers);
    if (!origin || !host || originHost(origin) !== host) return { status: 403, reason: "crossSiteAction" };
  }
  return null;
}
