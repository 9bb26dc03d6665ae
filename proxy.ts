// Locale routing, and the refusals that need nothing but the request line and headers (a server
// action from another site, an absurdly long path): a clear 4xx before any page runs. While the
// database is out of reach (db/availability.ts), a 503 page.
// Authorization is never decided here; loaders and actions check the viewer on the server.
// Calendar feeds (/calendar/<token>) stay outside the locale prefix: calendar apps fetch them as they are.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { isDatabaseOutageRecent } from "./db/availability";
import { refusalFor } from "./lib/http/request-guard";
import { unavailableResponse } from "./lib/http/unavailable-page";

const localeRouting = createMiddleware(routing);

const REASON_PHRASES = { 400: "Bad Request", 403: "Forbidden", 414: "URI Too Long" } as const;

/** Paths outside the locale prefix: API routes, calendar feeds, Atom feeds (guarded, not localized). */
const UNLOCALIZED = /^\/(api|calendar|feeds)(\/|$)/;

export default function proxy(request: NextRequest) {
  const refusal = refusalFor({ method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.search, headers: request.headers });
  if (refusal) {
    return new Response(REASON_PHRASES[refusal.status], {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  // The database was out of reach moments ago: a clear 503 now, a new try in a few seconds.
  if (isDatabaseOutageRecent()) return unavailableResponse(request.nextUrl.pathname);
  const response = UNLOCALIZED.test(request.nextUrl.pathname) ? NextResponse.next() : localeRouting(request);
  // Served over https (APP_URL says how the public reaches us): browsers keep to https from now on.
  if (process.env.APP_URL?.startsWith("https://")) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

// Everything but Next's own assets and files with an extension (sitemap.xml, robots.txt, images).
export const config = { matcher: ["/((?!_next|_vercel|.*\\..*).*)"] };
