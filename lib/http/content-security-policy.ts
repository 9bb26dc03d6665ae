/**
 * The Content-Security-Policy of every page (#13 point 4). Everything is this site's own: no other
 * origin may run scripts, be framed around us, receive a form or a fetch, or set the base URL.
 *
 * Scripts run only with this response's nonce ('strict-dynamic' then trusts what they load, i.e.
 * Next.js's own chunks): an injected <script> has no nonce, and inline code is never allowed.
 * proxy.ts puts the nonce into the request, where Next.js reads it and adds it to its own scripts;
 * the production server (scripts/server.mjs) swaps it for a fresh one in every response, so the
 * public pages served from the cache carry one too.
 *
 * Styles keep 'unsafe-inline' (React's style attributes; a style cannot run code).
 */
export function contentSecurityPolicy({ nonce, development }: { nonce: string; development: boolean }): string {
  return [
    "default-src 'self'",
    // `next dev` only: React rebuilds server error stacks in the browser with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The check-in screen's service worker (public/check-in-sw.js), this site's own only.
    "worker-src 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * A nonce for one request: 24 random bytes, 32 base64 characters. The production server's
 * stand-in (CSP_NONCE_TEMPLATE) has the same length, so swapping one for the other leaves every
 * Content-Length true.
 */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString("base64");
}

/**
 * The nonce Next.js renders this request with: under the production server, its stand-in (the
 * same in every render, so a cached page holds it and the server can swap it per response); under
 * `next dev`, where every page renders per request, a fresh one.
 */
export function renderNonce(): string {
  return process.env.CSP_NONCE_TEMPLATE || newNonce();
}
