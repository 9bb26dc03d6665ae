// Locale routing, and the refusals that need nothing but the request line and headers (a server
// action from another site, an absurdly long path): a clear 4xx before any page runs.
// Authorization is never decided here; loaders and actions check the viewer on the server.
// Calendar feeds (/calendar/<token>) stay outside the locale prefix: calendar apps fetch them as they are.
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { refusalFor } from "./lib/http/request-guard";

const localeRouting = createMiddleware(routing);

const REASON_PHRASES = { 403: "Forbidden", 414: "URI Too Long" } as const;

export default function proxy(request: NextRequest) {
  const refusal = refusalFor({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers });
  if (refusal) {
    return new Response(REASON_PHRASES[refusal.status], { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const response = localeRouting(request);
  // Served over https (APP_URL says how the public reaches us): browsers keep to https from now on.
  if (process.env.APP_URL?.startsWith("https://")) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = { matcher: ["/((?!api|_next|_vercel|calendar/|feeds/|.*\\..*).*)"] };
