// Locale routing, and the refusals that need nothing but the request line and headers (a server
// action from another site, an absurdly long path) or a server action's body that Next.js could not
// decode (too large, not UTF-8, garbage multipart): a clear 4xx before any page or action runs.
// While the database is out of reach (db/availability.ts), a 503 page.
// Authorization is decided here for one thing only: which cached copy of "My schedule" a signed-in
// delegate gets (checked as the page would check it); loaders and actions check the viewer.
// Calendar feeds (/calendar/<token>) stay outside the locale prefix: calendar apps fetch them as they are.
// So do the schedule exports (/events/<slug>/schedule.xml and .json): their dot makes them
// file-like, so they pass unlocalized with the guard and a policy header, their body untouched.
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { isDatabaseOutageRecent } from "./db/availability";
import { actionBodyRefusal, decodedAsAction } from "./lib/http/action-body";
import { contentSecurityPolicy, renderNonce } from "./lib/http/content-security-policy";
import { refusalFor } from "./lib/http/request-guard";
import { unavailableResponse } from "./lib/http/unavailable-page";
import { CACHED_VIEW_HEADER } from "./lib/schedule/cached-view-header";
import { cachedScheduleView, isCachedViewAddress } from "./lib/schedule/cached-view-route";

const localeRouting = createMiddleware(routing);

const REASON_PHRASES = { 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 413: "Content Too Large", 414: "URI Too Long" } as const;

/** Paths outside the locale prefix: API routes, calendar feeds, Atom feeds (guarded, not localized). */
const UNLOCALIZED = /^\/(api|calendar|feeds)(\/|$)/;
/** Files (sitemap.xml, robots.txt, images): guarded, but never sent to a locale. */
const FILE_LIKE = /\./;

function refuse(status: keyof typeof REASON_PHRASES): Response {
  return new Response(REASON_PHRASES[status], { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export default async function proxy(request: NextRequest) {
  const refusal = refusalFor({ method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.search, headers: request.headers });
  if (refusal) return refuse(refusal.status);
  const unlocalized = UNLOCALIZED.test(request.nextUrl.pathname);
  // Pages decode server actions; route handlers (the unlocalized paths) read their own bodies.
  // The proxy runs on Node.js and gets a copy of the body: the page still reads the original.
  if (!unlocalized && decodedAsAction(request)) {
    const bodyRefusal = await actionBodyRefusal(request);
    if (bodyRefusal) return refuse(bodyRefusal.status);
  }
  // The database was out of reach moments ago: a clear 503 now, a new try in a few seconds.
  if (isDatabaseOutageRecent()) return unavailableResponse(request.nextUrl.pathname);
  // The policy goes into the request too: Next.js reads the nonce there and adds it to its scripts.
  // (The locale router gets a copy of the request without its body: it reads only the address
  // and headers, and the body may have been read above.)
  const policy = contentSecurityPolicy({ nonce: renderNonce(), development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  // A delegate's schedule from their own copy in the cache (lib/schedule/cached-view-route.ts),
  // named in a header only this proxy sets; a copy's own address nobody reaches directly.
  requestHeaders.delete(CACHED_VIEW_HEADER);
  if (isCachedViewAddress(request.nextUrl.pathname)) return refuse(404);
  const cachedView = await cachedScheduleView(request);
  if (cachedView) requestHeaders.set(CACHED_VIEW_HEADER, cachedView);
  const response =
    cachedView || unlocalized || FILE_LIKE.test(request.nextUrl.pathname)
      ? NextResponse.next({ request: { headers: requestHeaders } })
      : localeRouting(new NextRequest(request.url, { method: request.method, headers: requestHeaders }));
  // The copy is one person's: no shared cache on the way (a CDN, an office proxy) may keep it.
  if (cachedView) response.headers.set("Cache-Control", "private, no-store");
  response.headers.set("Content-Security-Policy", policy);
  // Served over https (APP_URL says how the public reaches us): browsers keep to https from now on.
  if (process.env.APP_URL?.startsWith("https://")) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

// Everything but Next's own assets. Paths with a dot too: `/en/events/%00.x` reaches a page as
// surely as `/en/events/%00` does, so the guard must see it (it answered 500 when skipped).
export const config = { matcher: ["/((?!_next|_vercel).*)"] };
