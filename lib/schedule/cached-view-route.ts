// proxy.ts's part in serving "My schedule" from the cache: which requests go to the cached copy,
// and that nobody reaches a cached copy's own address.
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { locales } from "@/i18n/routing";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { cachedScheduleSegment } from "./cached-view-key";

const SCHEDULE = new RegExp(`^/(${locales.join("|")})/schedule/?$`);
const CACHED_VIEW = /\/schedule-view(\/|$)/i;

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
 * Where a request for "My schedule" is served from: the cached copy's address (a page load of a
 * signed-in delegate whose copy may be used), or null to render the page for this request (anything
 * else: no session, a server action, a client-side navigation, which asks for the page's React
 * payload with the router's state, an address with more than a day).
 */
export async function cachedScheduleAddress(request: NextRequest): Promise<URL | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const match = SCHEDULE.exec(request.nextUrl.pathname);
  if (!match) return null;
  if (request.headers.has("rsc") || request.headers.has("next-action") || request.headers.has("next-router-prefetch")) return null;
  const secret = resolveAuthSecret();
  // The cookie's name depends on https (lib: auth.ts's useSecureCookies); a request carries one.
  const token = (await getToken({ req: request, secret, secureCookie: true })) ?? (await getToken({ req: request, secret, secureCookie: false }));
  if (!token?.sub || typeof token.sid !== "string") return null;
  try {
    const segment = await cachedScheduleSegment({ userId: token.sub, sessionId: token.sid }, request.nextUrl.searchParams, new Date(), secret);
    return segment ? new URL(`/${match[1]}/schedule-view/${segment}`, request.url) : null;
  } catch (error) {
    // The database failed: the page, rendered for this request, answers as any page would (503).
    console.error("Roundtable: the cached schedule could not be looked up:", error);
    return null;
  }
}
