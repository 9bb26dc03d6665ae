// Auth.js answers 500 ("a problem with the server configuration") to any request whose
// `callbackUrl` query parameter, or remembered `authjs.callback-url` cookie, is not an http(s)
// address (@auth/core's assertConfig). Both come from the client, so the route checks them first:
// the parameter is refused with a 400, the cookie (only a remembered return address) is dropped.
import { NextRequest } from "next/server";
import { z } from "zod";

const CALLBACK_COOKIE = /^(__Secure-)?authjs\.callback-url$/;

/** Auth.js's own rule: an http(s) URL, a path being read against the request's origin. */
const callbackUrl = (origin: string) =>
  z.string().refine((value) => {
    try {
      return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
    } catch {
      return false;
    }
  });

function cookiesOf(header: string): { name: string; value: string; raw: string }[] {
  return header
    .split(";")
    .map((raw) => raw.trim())
    .filter(Boolean)
    .map((raw) => {
      const at = raw.indexOf("=");
      const value = at < 0 ? "" : raw.slice(at + 1);
      let decoded = value;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        // Not percent-encoding: Auth.js reads it as it is.
      }
      return { name: at < 0 ? raw : raw.slice(0, at), value: decoded, raw };
    });
}

type AuthHandler = (request: NextRequest) => Promise<Response>;

export function withCheckedCallbackUrl(handler: AuthHandler): AuthHandler {
  return async (request) => {
    const valid = callbackUrl(request.nextUrl.origin);
    const param = request.nextUrl.searchParams.get("callbackUrl");
    if (param && !valid.safeParse(param).success) {
      return new Response("Bad Request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    }
    const cookies = cookiesOf(request.headers.get("cookie") ?? "");
    const kept = cookies.filter(({ name, value }) => !CALLBACK_COOKIE.test(name) || !value || valid.safeParse(value).success);
    if (kept.length === cookies.length) return handler(request);
    const headers = new Headers(request.headers);
    headers.set("cookie", kept.map(({ raw }) => raw).join("; "));
    return handler(new NextRequest(request, { headers }));
  };
}
