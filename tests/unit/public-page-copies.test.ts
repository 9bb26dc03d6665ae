// The production server answering cached public pages from its own copy (scripts/server/public-page-copies.mjs):
// through the server's real layers (scripts/server/request-listener.mjs: compression, nonce swap)
// and the real page cache (lib/cache/page-cache-handler.mjs, in memory), with a stand-in for
// Next.js that reads and stores pages in that cache as Next.js does. A copy may answer only while
// the cache would give Next.js that same copy, fresh; everything else must reach Next.js.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import compression from "next/dist/compiled/compression/index.js";
import { locales } from "@/i18n/routing";
import { PRECOMPRESSED_HEADER } from "@/scripts/server/precompressed.mjs";
import { createPublicPageCopies, SERVED_FROM_COPY_HEADER } from "@/scripts/server/public-page-copies.mjs";
import { createRequestListener } from "@/scripts/server/request-listener.mjs";

type Entry = { lastModified: number; value: { html: string } };
type Handler = {
  get(key: string, ctx: object): Promise<Entry | null>;
  set(key: string, value: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

const STAND_IN = "S".repeat(16) + "tand+in/ABCDEFGH";
let nonceCount = 0;
const nonceOf = () => `nonce-${String(++nonceCount).padStart(26, "0")}`;

let suite = 0;
let handler: Handler;
let pageCopies: ReturnType<typeof createPublicPageCopies>;
let server: Server;
let origin = "";
/** What reached the stand-in for Next.js, by address. */
let nextCalls: string[] = [];
let renders = 0;
/** The tag every public page carries (refreshPublicPages() marks it); one per test. */
let everyPage = "";
/** The tag every feed carries (refreshPublicPages() marks it too); one per test. */
let everyFeed = "";
let lifetime = 60;
/** A public page's address; one per test (the cache keeps its store per process). */
let EVENT = "";

/** Next.js 16's page-cache key of an address (the route part is a hash of the route; any value here). */
const keyOf = (pathname: string) => `/route-cache/APP_PAGE/0123abcd/$${pathname}`;

/** The proxy's rewrites: a delegate's schedule to their own copy; any address to another's page. */
const REWRITES: Record<string, string> = { "/en/schedule": "/en/schedule-view/delegate-a", "/en/elsewhere": "/en/events/another-round-table" };

/**
 * Next.js, as far as the server can tell: a page's read from the cache, a render and store when
 * there is none, the proxy's headers and rewrites; an Accept-Language of Russian on an English page gets the
 * locale router's cookie, as next-intl sets it.
 */
async function nextStandIn(req: IncomingMessage, res: ServerResponse) {
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  nextCalls.push(req.url ?? "");
  if (pathname.startsWith("/feeds/")) return feedStandIn(req, res);
  const address = REWRITES[pathname] ?? pathname;
  const ctx = { kind: "APP_PAGE", softTags: [everyPage], isFallback: false };
  let entry = await handler.get(keyOf(address), ctx);
  const cache = entry ? "HIT" : "MISS";
  if (!entry) {
    renders += 1;
    const html = `<html><script nonce="${STAND_IN}">self.__next_f=[]</script><h1>${address} — версия ${renders}</h1>${"<p>Программа</p>".repeat(300)}</html>`;
    await handler.set(
      keyOf(address),
      { kind: "APP_PAGE", html, headers: { "x-next-cache-tags": everyPage }, status: 200 },
      { cacheControl: { revalidate: lifetime, expire: lifetime * 2 }, tags: [everyPage] },
    );
    entry = (await handler.get(keyOf(address), ctx))!;
  }
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${STAND_IN}' 'strict-dynamic'`);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "s-maxage=60, stale-while-revalidate=60");
  res.setHeader("x-nextjs-cache", cache);
  if (req.headers["accept-language"]?.startsWith("ru") && pathname.startsWith("/en/") && !req.headers.cookie?.includes("NEXT_LOCALE=en"))
    res.setHeader("Set-Cookie", "NEXT_LOCALE=en; Path=/; SameSite=lax");
  res.end(entry.value.html);
}

/**
 * A feed's route handler as lib/outcomes/feed-route.ts answers: its document from unstable_cache
 * (a FETCH entry, keyed by the feed and `?lang=`), built and stored when there is none; the
 * document compressed once for a client that takes gzip (named in the header the server turns into
 * Content-Encoding), plain for others; 404 for an initiative that has none.
 */
async function feedStandIn(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname.endsWith("/uncached")) {
    // As a route that reads nothing from the cache would answer: rendered for this request.
    res.setHeader("Content-Type", "application/atom+xml; charset=utf-8");
    res.end(`<feed><title>Rendered now ${nextCalls.length}</title></feed>`);
    return;
  }
  const key = `feed ${url.pathname} ${url.searchParams.get("lang") ?? "en"} ${suite}`;
  const ctx = { kind: "FETCH", revalidate: lifetime, tags: [], softTags: [everyFeed] };
  let entry = (await handler.get(key, ctx)) as unknown as { value: { data: { body: string } } } | null;
  if (!entry) {
    renders += 1;
    const found = !url.pathname.endsWith("/unknown");
    const xml = found
      ? `<feed xml:lang="${url.searchParams.get("lang") ?? "en"}"><title>Итоги — версия ${renders}</title>${"<entry/>".repeat(400)}</feed>`
      : null;
    const document = xml && { xml, gzipped: gzipSync(xml).toString("base64") };
    await handler.set(
      key,
      { kind: "FETCH", data: { headers: {}, body: JSON.stringify(document), status: 200, url: "" }, revalidate: lifetime },
      { fetchCache: true, tags: [] },
    );
    entry = (await handler.get(key, ctx)) as unknown as { value: { data: { body: string } } };
  }
  const document = JSON.parse(entry.value.data.body) as { xml: string; gzipped: string } | null;
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${STAND_IN}' 'strict-dynamic'`);
  if (!document) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end("No such feed\n");
    return;
  }
  res.setHeader("Content-Type", "application/atom+xml; charset=utf-8");
  res.setHeader("Cache-Control", "public, max-age=15");
  res.setHeader("Vary", "Accept-Encoding");
  if (req.headers["accept-encoding"]?.includes("gzip")) {
    res.setHeader(PRECOMPRESSED_HEADER, "gzip");
    res.end(Buffer.from(document.gzipped, "base64"));
  } else {
    res.end(document.xml);
  }
}

async function freshHandler(): Promise<Handler> {
  delete process.env.REDIS_URL;
  const { default: CacheHandler } = await import("@/lib/cache/page-cache-handler.mjs");
  return new CacheHandler({ serverDistDir: "/nonexistent/server", dev: false } as never) as unknown as Handler;
}

beforeEach(async () => {
  suite += 1;
  everyPage = `_N_T_/[locale-copies-${suite}]/layout`;
  everyFeed = `_N_T_/feeds-copies-${suite}/layout`;
  nextCalls = [];
  renders = 0;
  lifetime = 60;
  EVENT = `/en/events/peace-bridge-${Date.now()}-${suite}`;
  handler = await freshHandler();
  pageCopies = createPublicPageCopies({ locales });
  server = createServer(createRequestListener(nextStandIn, { compress: compression(), template: STAND_IN, nonceOf, pageCopies }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A page load as a browser makes it (fetch takes gzip and decodes it). */
async function load(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(origin + path, { headers: { "Accept-Language": "en", ...headers } });
  return { response, html: await response.text(), copy: response.headers.get(SERVED_FROM_COPY_HEADER) === "1" };
}

describe("copies of cached public pages", () => {
  it("answer from the third load on (a render, then Next.js's cache), with this response's own nonce, compressed", async () => {
    const first = await load(EVENT);
    const second = await load(EVENT);
    const third = await load(EVENT);
    expect([first.copy, second.copy, third.copy]).toEqual([false, false, true]);
    expect(nextCalls).toEqual([EVENT, EVENT]);

    expect(third.response.status).toBe(200);
    expect(third.response.headers.get("content-encoding")).toBe("gzip");
    expect(third.response.headers.get("cache-control")).toBe("s-maxage=60, stale-while-revalidate=60");
    const nonce = /'nonce-([^']+)'/.exec(third.response.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toMatch(/^nonce-0+\d+$/);
    expect(nonce).not.toBe(/'nonce-([^']+)'/.exec(second.response.headers.get("content-security-policy") ?? "")?.[1]);
    expect(third.html).toContain(`<script nonce="${nonce}">`);
    expect(third.html).not.toContain(STAND_IN);
    // The same page, word for word, but for the nonce.
    expect(third.html.replace(nonce!, "N")).toBe(second.html.replace(/nonce-0+\d+/, "N"));
    expect(third.html).toContain("версия 1");
    // Gzipped once when the copy was made (scripts/server/gzip-with-nonce.mjs), sent whole: its
    // length is known, where the per-response compression streams without one.
    expect(second.response.headers.get("content-length")).toBeNull();
    expect(Number(third.response.headers.get("content-length"))).toBeGreaterThan(0);
    expect(third.response.headers.get("vary")).toBe("Accept-Encoding");

    // A client that takes no gzip gets the same copy uncompressed, with its own nonce too.
    const plain = await load(EVENT, { "Accept-Encoding": "identity" });
    expect(plain.copy).toBe(true);
    expect(plain.response.headers.get("content-encoding")).toBeNull();
    const plainNonce = /'nonce-([^']+)'/.exec(plain.response.headers.get("content-security-policy") ?? "")?.[1];
    expect(plain.html.replace(plainNonce!, "N")).toBe(third.html.replace(nonce!, "N"));
  });

  it("stop answering at once when the page is refreshed: Next.js renders anew, and the new copy answers after", async () => {
    await load(EVENT);
    await load(EVENT);
    expect((await load(EVENT)).copy).toBe(true);

    await handler.revalidateTag(everyPage); // a delegate withdraws consent; a release; a publication
    await new Promise((resolve) => setTimeout(resolve, 2));
    const afterRefresh = await load(EVENT);
    expect(afterRefresh.copy).toBe(false);
    expect(afterRefresh.html).toContain("версия 2");
    await load(EVENT);
    const later = await load(EVENT);
    expect(later.copy).toBe(true);
    expect(later.html).toContain("версия 2");
    expect(later.html).not.toContain("версия 1");
  });

  it("never answer for a page due for renewal: Next.js serves it and renews it", async () => {
    lifetime = 1; // due for renewal from the start (the cache's one-second margin)
    for (let load_ = 0; load_ < 4; load_++) expect((await load(EVENT)).copy).toBe(false);
    expect(nextCalls).toHaveLength(4);
  });

  it("never answer a query, the router's requests, a HEAD, draft mode, or a path outside the locales", async () => {
    await load(EVENT);
    await load(EVENT);
    expect((await load(EVENT)).copy).toBe(true);
    const before = nextCalls.length;

    expect((await load(`${EVENT}?page=2`)).copy).toBe(false);
    expect((await load(EVENT, { RSC: "1" })).copy).toBe(false);
    expect((await load(EVENT, { "Next-Router-Prefetch": "1" })).copy).toBe(false);
    expect((await load(EVENT, { Cookie: "__prerender_bypass=1" })).copy).toBe(false);
    const head = await fetch(origin + EVENT, { method: "HEAD", headers: { "Accept-Language": "en" } });
    expect(head.headers.get(SERVED_FROM_COPY_HEADER)).toBeNull();
    expect(nextCalls.length - before).toBe(5);

    for (let load_ = 0; load_ < 3; load_++) expect((await load("/xx/events/elsewhere")).copy).toBe(false);
  });

  it("never answer an address from another address's copy (a delegate's schedule, rewritten to their own)", async () => {
    for (const [address, rewrittenTo] of Object.entries(REWRITES)) {
      for (let load_ = 0; load_ < 4; load_++) {
        const page = await load(address);
        expect(page.copy).toBe(false);
        expect(page.html).toContain(rewrittenTo);
      }
    }
    expect(nextCalls).toHaveLength(8);
  });

  it("leave to Next.js a reader the locale router gives a cookie, and never replay that cookie", async () => {
    const russianReader = { "Accept-Language": "ru-RU,ru;q=0.9" };
    await load(EVENT);
    expect((await load(EVENT)).copy).toBe(false); // Next.js's answer from its cache, kept as the copy
    for (let load_ = 0; load_ < 3; load_++) {
      const page = await load(EVENT, russianReader);
      expect(page.copy).toBe(false);
      expect(page.response.headers.get("set-cookie")).toContain("NEXT_LOCALE=en");
    }
    // An English reader: served from the copy, and without the cookie Next.js sent the other reader.
    const english = await load(EVENT);
    expect(english.copy).toBe(true);
    expect(english.response.headers.get("set-cookie")).toBeNull();
    // A Russian reader who already has the cookie gets nothing new from the router: a copy may answer.
    await load(EVENT, { ...russianReader, Cookie: "NEXT_LOCALE=en" });
    expect((await load(EVENT, { ...russianReader, Cookie: "NEXT_LOCALE=en" })).copy).toBe(true);
  });
});

/** A feed reader's request: fetch takes gzip and decodes it, unless told to ask for no encoding. */
async function read(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(origin + path, { headers });
  return { response, xml: await response.text(), copy: response.headers.get(SERVED_FROM_COPY_HEADER) === "1" };
}

describe("copies of the cached feeds", () => {
  const FEED = "/feeds/outcomes";

  it("answer from the third read on, compressed once as cached, the same document Next.js sent", async () => {
    const first = await read(FEED);
    const second = await read(FEED);
    const third = await read(FEED);
    expect([first.copy, second.copy, third.copy]).toEqual([false, false, true]);
    expect(nextCalls).toEqual([FEED, FEED]);
    expect(third.response.status).toBe(200);
    expect(third.response.headers.get("content-encoding")).toBe("gzip");
    expect(third.response.headers.get(PRECOMPRESSED_HEADER)).toBeNull();
    expect(third.response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(third.response.headers.get("content-security-policy")).not.toContain(STAND_IN);
    expect(third.xml).toBe(second.xml);
    expect(third.xml).toContain("версия 1");
  });

  it("give a reader who takes no gzip a plain copy of their own, never the compressed one", async () => {
    await read(FEED);
    await read(FEED);
    expect((await read(FEED)).copy).toBe(true);
    const plain = { "Accept-Encoding": "identity" };
    const first = await read(FEED, plain);
    expect(first.copy).toBe(false);
    expect(first.response.headers.get("content-encoding")).toBeNull();
    expect(first.xml).toContain("версия 1");
    const copy = await read(FEED, plain);
    expect(copy.copy).toBe(true);
    expect(copy.response.headers.get("content-encoding")).toBeNull();
    expect(copy.xml).toBe(first.xml);
  });

  it("stop answering at once when the feeds are refreshed, and never for a feed due for renewal", async () => {
    await read(FEED);
    await read(FEED);
    expect((await read(FEED)).copy).toBe(true);
    await handler.revalidateTag(everyFeed); // a publication, a correction, an embargo's end
    await new Promise((resolve) => setTimeout(resolve, 2));
    const afterRefresh = await read(FEED);
    expect(afterRefresh.copy).toBe(false);
    expect(afterRefresh.xml).toContain("версия 2");

    lifetime = 1;
    await handler.revalidateTag(everyFeed);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const kept = pageCopies.size();
    for (let reading = 0; reading < 4; reading++) expect((await read(`${FEED}?lang=hy`)).copy).toBe(false);
    expect(pageCopies.size(), "no copy is even kept of a feed due for renewal").toBe(kept);
  });

  it("keep one copy per language, and never answer another query, a HEAD, draft mode or a 404", async () => {
    await read(FEED);
    await read(FEED);
    await read(`${FEED}?lang=ru`);
    await read(`${FEED}?lang=ru`);
    const russian = await read(`${FEED}?lang=ru`);
    expect(russian.copy).toBe(true);
    expect(russian.xml).toContain('xml:lang="ru"');
    expect((await read(FEED)).xml).toContain('xml:lang="en"');
    const before = nextCalls.length;

    for (let reading = 0; reading < 3; reading++) {
      expect((await read(`${FEED}?lang=ru&page=2`)).copy).toBe(false);
      expect((await read(`${FEED}?page=2`)).copy).toBe(false);
      expect((await read(FEED, { Cookie: "__prerender_bypass=1" })).copy).toBe(false);
      const head = await fetch(origin + FEED, { method: "HEAD" });
      expect(head.headers.get(SERVED_FROM_COPY_HEADER)).toBeNull();
    }
    expect(nextCalls.length - before).toBe(12);

    for (let reading = 0; reading < 3; reading++) {
      const unknown = await read("/feeds/initiatives/unknown");
      expect(unknown.response.status).toBe(404);
      expect(unknown.copy).toBe(false);
      // A feed answered without reading the cache depends on nothing a copy could check.
      const uncached = await read("/feeds/initiatives/uncached");
      expect(uncached.copy).toBe(false);
      expect(uncached.xml).toBe(`<feed><title>Rendered now ${nextCalls.length}</title></feed>`);
    }
  });
});
