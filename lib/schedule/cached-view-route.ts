// proxy.ts's part in serving "My schedule" from the cache: which requests go to the cached copy
// (next.config.ts rewrites them on CACHED_VIEW_HEADER), and that nobody reaches a cached copy's own
// address.
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { locales } from "@/i18n/routing";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { cachedScheduleSegment, type SessionClaims } from "./cached-view-key";

const SCHEDULE = new RegExp(`^/(${locales.join("|")})/schedule$`);
const CACHED_VIEW = /^\/+[^/]+\/+schedule-view(\/|$)/i;

/**
 * The cached copies' own addresses: only the proxy's rewrite may lead there. Tested as decoded too
 * (the router would find the page behind `schedule%2Dview`).
 */
export function isCachedViewAddress(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Malformed escapes: the guard before this refuses them; test the address as it is.
  }
  return CACHED_VIEW.test(pathname) || CACHED_VIEW.test(decoded);
}

/**
 * The cached copy a request for "My schedule" is served from (its sealed segment, for the
 * CACHED_VIEW_HEADER), or null to render the page for this request: anything but a page load or a
 * client-side navigation of a signed-in delegate whose copy may be used (no session, a server
 * action, a prefetch, an address with more than a day). A navigation gets the copy's React
 * payload, kept beside its HTML.
 */
export async function cachedScheduleView(request: NextRequest): Promise<string | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!SCHEDULE.test(request.nextUrl.pathname)) return null;
  if (request.headers.has("next-action") || request.headers.has("next-router-prefetch") || request.headers.has("next-router-segment-prefetch")) return null;
  const secret = resolveAuthSecret();
  const session = await sessionOf(request, secret);
  if (!session) return null;
  // The router's cache-busting parameter on a navigation's payload request is not part of the address.
  const query = new URLSearchParams(request.nextUrl.searchParams);
  if (request.headers.has("rsc")) query.delete("_rsc");
  try {
    return await cachedScheduleSegment(session, query, new Date(), secret);
  } catch (error) {
    // The database failed: the page, rendered for this request, answers as any page would (503).
    console.error("Roundtable: the cached schedule could not be looked up:", error);
    return null;
  }
}

/**
 * Session cookies already decrypted, by their value: decrypting one (WebCrypto, Auth.js's JWE)
 * costs about as much as the rest of a cached schedule's request. Only what the cookie says is
 * kept (whose session, its id, until when), at most a minute and never past the cookie's own
 * expiry; whether the session is still live is asked of the database on every request.
 */
const decodedSessions = new Map<string, SessionClaims & { until: number }>();
const DECODED_KEPT_MS = 60_000;
const DECODED_AT_MOST = 1_000;

async function sessionOf(request: NextRequest, secret: string): Promise<SessionClaims | null> {
  // The cookie's name depends on https (auth.ts's useSecureCookies); a request carries one.
  const secureRaw = await getToken({ req: request, secret, secureCookie: true, raw: true });
  const secureCookie = Boolean(secureRaw);
  const raw = secureRaw || (await getToken({ req: request, secret, secureCookie: false, raw: true }));
  if (!raw) return null;
  const now = Date.now();
  const known = decodedSessions.get(raw);
  if (known && known.until > now) return { userId: known.userId, sessionId: known.sessionId };
  decodedSessions.delete(raw);
  const token = await getToken({ req: request, secret, secureCookie });
  if (!token?.sub || typeof token.sid !== "string" || typeof token.exp !== "number") return null;
  const claims = { userId: token.sub, sessionId: token.sid };
  while (decodedSessions.size >= DECODED_AT_MOST) decodedSessions.delete(decodedSessions.keys().next().value!);
  decodedSessions.set(raw, { ...claims, until: Math.min(now + DECODED_KEPT_MS, token.exp * 1000) });
  return claims;
}
