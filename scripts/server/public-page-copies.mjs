// The production server's copies of cached public pages, served without Next.js's router (#14
// point 3). A page read from the page cache costs Next.js about a millisecond of routing, proxy and
// response handling on top of the bytes: as much again as serving a file of the same size here.
// So when Next.js has answered a page from the cache, this server keeps what it sent
// (headers and body, before the nonce swap and the compression), and answers the next request for
// that address itself, after asking the same cache the same question Next.js asks: is that copy
// still the one stored, and still fresh (lib/cache/page-cache-handler.mjs, freshCopy)? Any refresh
// (a publication, a release, a withdrawn consent: on every server at once with REDIS_URL), a new
// render, or a copy due for renewal, and the request goes to Next.js as before, which renders,
// refreshes or serves stale as it always does; this never decides freshness itself.
//
// Only what Next.js would send to anyone: a GET of a page under a locale, with no query, none of
// the router's headers (client navigations and prefetches get a different payload), no draft-mode
// cookie, and a copy whose cache key is that very address (never a page Next.js reached through a
// rewrite: a delegate's own schedule is rewritten to their copy). And only when the locale router
// (proxy.ts, next-intl) would set no cookie for this request: that depends on the request's locale
// cookie, Accept-Language and Sec-Fetch-Dest alone, so the answers Next.js gave are remembered by
// those, and a combination not yet seen goes to Next.js.
//
// The Atom feeds likewise (they are route handlers: no page-cache key names their address). A
// feed's answer is its cached document (unstable_cache, lib/outcomes/feed-route.ts) as the
// request's Accept-Encoding takes it: so a feed's copy is kept per address and Accept-Encoding, when
// every cache read its request made was fresh, and answers while every one of them still is.
//
// A page's copy is also kept gzipped once (scripts/server/gzip-with-nonce.mjs), and a client that
// takes gzip gets those bytes with its own nonce written in, instead of the page compressed anew.
//
// Plain JavaScript: the production server runs it with Node alone.
import { AsyncLocalStorage } from "node:async_hooks";
import { acceptsGzip } from "../../lib/http/accept-encoding.mjs";
import { sendGzipped } from "./gzip-once.mjs";
import { gzipWithNonce, prepareGzipWithNonce } from "./gzip-with-nonce.mjs";

/** A request with one of these is the router's (a payload, a prefetch, an action), not a page load. */
const ROUTER_HEADERS = [
  "rsc",
  "next-action",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
  "next-url",
  "x-prerender-revalidate",
];

/** next-intl's cookie (i18n/routing.ts keeps its default name). */
const LOCALE_COOKIE = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/g;
/** Next.js's draft mode: pages rendered per request, never from the cache. */
const DRAFT_MODE_COOKIE = "__prerender_bypass";

/**
 * The feeds' addresses (app/feeds/…): all outcomes or one initiative's, in English or in the
 * language `?lang=` names (the only query they read). Anything else takes Next.js's path.
 */
const FEED = /^\/feeds\/(?:outcomes|initiatives\/[A-Za-z0-9_-]{1,200})(?:\?lang=[A-Za-z-]{1,16})?$/;

/** Bounds: copies kept, one copy's size, locale-cookie answers remembered, one Accept-Language, one Accept-Encoding. */
const DEFAULT_LIMITS = { copies: 500, bodyBytes: 1024 * 1024, cookieAnswers: 1000, acceptLanguageLength: 200, acceptEncodingLength: 200 };

/** Header sent with a response served from a copy (tests and operators can tell it from Next.js's). */
export const SERVED_FROM_COPY_HEADER = "x-roundtable-copy";

/**
 * The request handler's read of the page cache is seen here through this (the cache handler looks
 * for it on globalThis: Next.js loads that file in its own way, so no module is shared).
 */
function pageReadsScope() {
  globalThis.roundtablePageReads ??= new AsyncLocalStorage();
  return globalThis.roundtablePageReads;
}

/**
 * @param {{ locales: readonly string[], limits?: Partial<typeof DEFAULT_LIMITS> }} options
 */
export function createPublicPageCopies({ locales, limits = {} }) {
  const bounds = { ...DEFAULT_LIMITS, ...limits };
  const readsScope = pageReadsScope();
  /**
   * Address (a feed's: and Accept-Encoding) → { reads: [{ handler, cacheKey, ctx, lastModified }],
   * status, headers, body, gzip (a page's, prepared for gzipWithNonce, or null) }.
   */
  const copies = new Map();
  /** Locale-cookie situation → whether Next.js's answer set a cookie. */
  const cookieAnswers = new Map();

  /**
   * The request, if it is one a copy may answer: a page's (its address and its locale-cookie
   * situation) or a feed's (its address and Accept-Encoding).
   */
  function eligible(req) {
    if (req.method !== "GET") return null;
    const url = req.url;
    // No absolute-form target.
    if (!url || url[0] !== "/") return null;
    for (const name of ROUTER_HEADERS) if (req.headers[name] !== undefined) return null;
    const cookies = req.headers.cookie ?? "";
    if (cookies.includes(DRAFT_MODE_COOKIE)) return null;
    if (FEED.test(url)) {
      const acceptEncoding = req.headers["accept-encoding"] ?? "";
      if (acceptEncoding.length > bounds.acceptEncodingLength) return null;
      return { kind: "feed", key: `${url}\n${acceptEncoding}` };
    }
    // No query (Next.js keys the cache by path alone, and `_rsc` marks a payload request), no dot
    // (proxy.ts passes file-like paths without the locale router).
    if (url.includes("?") || url.includes(".")) return null;
    const locale = url.split("/")[1];
    if (!locales.includes(locale)) return null;
    const acceptLanguage = req.headers["accept-language"] ?? "";
    if (acceptLanguage.length > bounds.acceptLanguageLength) return null;
    return { kind: "page", key: url, pathname: url, cookieSituation: cookieSituationOf(req, locale, cookies, acceptLanguage) };
  }

  /**
   * What next-intl's cookie decision reads (its middleware's syncCookie): no cookie is set for a
   * background request, else it depends on the locale cookie's value and the Accept-Language.
   */
  function cookieSituationOf(req, locale, cookies, acceptLanguage) {
    const destination = req.headers["sec-fetch-dest"];
    if (destination !== undefined && destination !== "document") return `${locale}\nbackground`;
    const values = [...cookies.matchAll(LOCALE_COOKIE)].map((match) => match[1]);
    return `${locale}\n${values.length ? values.join(",") : "-"}\n${acceptLanguage}`;
  }

  function remember(map, key, value, limit) {
    map.delete(key);
    map.set(key, value);
    if (map.size > limit) map.delete(map.keys().next().value);
  }

  /**
   * Answers `req` from a copy, if one may answer it now, with `nonce` where the stand-in is.
   * Resolves to false when not (nothing was written: Next.js takes the request). Synchronous false
   * when the request is not one for a copy.
   */
  function serve(req, res, { nonce }) {
    const request = eligible(req);
    if (!request) return false;
    const copy = copies.get(request.key);
    if (!copy) return false;
    if (request.kind === "page" && cookieAnswers.get(request.cookieSituation) !== false) return false;
    return Promise.all(copy.reads.map((read) => read.handler.freshCopy(read.cacheKey, read.ctx))).then(
      (entries) => {
        if (entries.some((entry, at) => !entry || entry.lastModified !== copy.reads[at].lastModified)) return false;
        // Set one by one, as Next.js sets them: the layers below read them so (the nonce swap
        // writes this response's nonce in; a feed's precompressed body is named in a header they
        // turn into its Content-Encoding).
        for (const [name, value] of Object.entries(copy.headers)) res.setHeader(name, value);
        if (copy.gzip && acceptsGzip(req.headers["accept-encoding"])) {
          sendGzipped(res, gzipWithNonce(copy.gzip, nonce));
          return true;
        }
        res.writeHead(copy.status);
        res.end(copy.body);
        return true;
      },
      () => false,
    );
  }

  /**
   * Runs Next.js's handling of `req` (`run`), and keeps what it sent as a copy when it answered
   * from the cache with a fresh copy of this very address. `nonce` is this response's (the nonce
   * swap, installed before this, writes it where Next.js wrote the stand-in `template`).
   */
  function capture(req, res, { nonce, template }, run) {
    const request = eligible(req);
    if (!request) return run();
    const cacheReads = [];
    let dependsOn = null;
    // Decided as the head goes out (the cache reads are done by then); the body is kept only for a
    // response that will become a copy.
    const sent = recordResponse(res, { nonce, template, maxBytes: bounds.bodyBytes }, (statusCode, headerOf) => {
      const setsCookie = headerOf("set-cookie") !== undefined;
      const reads = request.kind === "page" ? pageReadOf(request, cacheReads, setsCookie, headerOf) : feedReadsOf(cacheReads);
      if (!reads || setsCookie || statusCode !== 200) return false;
      dependsOn = reads;
      return true;
    });
    res.once("finish", () => {
      if (!dependsOn || !sent.head || sent.tooLarge) return;
      const headers = { ...sent.head.headers, [SERVED_FROM_COPY_HEADER]: "1" };
      const kept = dependsOn.map(({ handler, cacheKey, ctx, lastModified }) => ({ handler, cacheKey, ctx, lastModified }));
      const body = sent.body();
      const gzip = request.kind === "page" ? prepareGzipWithNonce(body, template) : null;
      // The page's bytes once: its gzip's pieces are parts of them (a page's text as a string may take twice its bytes).
      remember(copies, request.key, { reads: kept, status: 200, headers, body: gzip?.bytes ?? body, gzip }, bounds.copies);
    });
    return readsScope.run(cacheReads, run);
  }

  /**
   * A page's answer may become a copy when Next.js served it from the cache (HIT) with a fresh read
   * of this very address: that read, else null. Only a page's answer went through the locale
   * router (proxy.ts) as a copy's would: its cookie decision is remembered then.
   */
  function pageReadOf(request, cacheReads, setsCookie, headerOf) {
    const read = cacheReads.findLast((candidate) => candidate.kind === "APP_PAGE" && keyedAddress(candidate.cacheKey) === request.pathname);
    if (!read) return null;
    remember(cookieAnswers, request.cookieSituation, setsCookie, bounds.cookieAnswers);
    const fromCache = String(headerOf("x-nextjs-cache") ?? "").toUpperCase() === "HIT";
    return read.fresh && fromCache ? [read] : null;
  }

  return { serve, capture, size: () => copies.size };
}

/** A feed's answer may become a copy when it read cached data, and every read was fresh: those reads, else null. */
function feedReadsOf(cacheReads) {
  if (cacheReads.length === 0 || !cacheReads.every((read) => read.kind === "FETCH" && read.fresh)) return null;
  return [...cacheReads];
}

/** The address a page-cache key belongs to: Next.js 16 keys a page "/route-cache/APP_PAGE/<route>/$<path>". */
function keyedAddress(cacheKey) {
  const at = cacheKey.indexOf("/$/");
  return at === -1 ? null : cacheKey.slice(at + 2);
}

/**
 * What Next.js sends on `res`, when `wanted(status, headerOf)` says so as the head goes out:
 * status and headers as they stand then (before the compression, which is installed earlier,
 * changes them), and the body as written. Values carry the stand-in again where the nonce swap has
 * put this response's nonce.
 */
function recordResponse(res, { nonce, template, maxBytes }, wanted) {
  const chunks = [];
  let bytes = 0;
  let recording = false;
  const sent = {
    head: null,
    tooLarge: false,
    body: () => (chunks.every((chunk) => typeof chunk === "string") ? chunks.join("") : Buffer.concat(chunks.map((chunk) => Buffer.from(chunk)))),
  };
  const { writeHead, write, end } = res;
  const keep = (chunk, encoding) => {
    if (!recording || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const piece =
      typeof chunk === "string" ? (encoding && encoding !== "utf8" && encoding !== "utf-8" ? Buffer.from(chunk, encoding) : chunk) : Buffer.from(chunk);
    bytes += typeof piece === "string" ? Buffer.byteLength(piece) : piece.length;
    if (bytes > maxBytes) {
      sent.tooLarge = true;
      recording = false;
      chunks.length = 0;
    } else chunks.push(piece);
  };
  let decided = false;
  /** Once, as the head goes out: at writeHead, or at the first write when the head is implicit. */
  const decide = (statusCode, given) => {
    if (decided) return;
    decided = true;
    if (Array.isArray(given)) return;
    const givenHeaders = Object.fromEntries(Object.entries(given ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    const headerOf = (name) => givenHeaders[name] ?? res.getHeader(name);
    if (!wanted(statusCode, headerOf)) return;
    recording = true;
    sent.head = { status: statusCode, headers: withStandIn({ ...res.getHeaders(), ...givenHeaders }, nonce, template) };
  };
  res.writeHead = function (statusCode, ...rest) {
    decide(
      statusCode,
      rest.find((argument) => argument && typeof argument === "object"),
    );
    return writeHead.call(this, statusCode, ...rest);
  };
  res.write = function (chunk, encoding, callback) {
    if (!res.headersSent) decide(res.statusCode);
    keep(chunk, typeof encoding === "string" ? encoding : undefined);
    return write.call(this, chunk, encoding, callback);
  };
  res.end = function (chunk, encoding, callback) {
    if (!res.headersSent) decide(res.statusCode);
    keep(chunk, typeof encoding === "string" ? encoding : undefined);
    return end.call(this, chunk, encoding, callback);
  };
  return sent;
}

function withStandIn(headers, nonce, template) {
  const back = (value) => (typeof value === "string" ? value.split(nonce).join(template) : Array.isArray(value) ? value.map(back) : value);
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, back(value)]));
}
