// Next.js's page cache for the cached public pages and feeds. With REDIS_URL it lives in Redis,
// shared by every server of one deployment; without, in this process's memory. Next.js loads this
// file (next.config.ts) in both cases, so both keep the two rules below.
//
// Why Redis: an action that changes a public page (a publication, a release, a withdrawn consent,
// a final record) refreshes it with revalidatePath. With a cache per process, only the server that
// ran the action knew; the others served the old page for up to a minute, a withdrawn name
// included. Here a refresh records the path's tag in Redis, and every server checks an entry's
// tags on each read: the next request on any server renders anew.
//
// Why not Next.js's own memory cache: it stamps a refresh with the wall clock and compares it with
// a clock counted from the process's start (performance.now). When the wall clock steps forward
// (a virtual machine resumed, NTP), every refresh looks as if it were still to come for that long,
// and the page cached before it is served as fresh: CI once saw every public page stay unchanged
// after the edits of six tests in a row. Here both sides read the same clock.
//
// The rule both stores need (see RenderAwareCacheHandler): a copy counts as made when its render
// began, not when it was stored. A page that began rendering before a refresh, read the old data,
// and was stored after it, would otherwise pass for fresh for another minute.
//
// Plain JavaScript: Next.js loads this file as it is, at server start, outside its bundles.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createClient } from "redis";

/** One deployment's keys; servers of another deployment (or a test run) on the same Redis use their own. */
const KEY_PREFIX = process.env.CACHE_KEY_PREFIX || "roundtable:";

/** A Redis that does not answer within this fails the read (a miss: the page is rendered anew), never hangs it. */
const TIMEOUT_MS = 1000;

/** A server's own memory holds at most this many pages, and this many bytes of them. */
const MEMORY_LIMITS = { maxItemsNumber: 2000, maxItemSizeBytes: 100 * 1024 * 1024 };

CacheHandler.onCreation(() => {
  // One store per process, made once even if Next.js asks twice at once.
  globalThis.roundtableCacheConfig ??= configure();
  return globalThis.roundtableCacheConfig;
});

/**
 * The tags every page under /[locale] and every feed under /feeds carry: what refreshPublicPages()
 * (lib/cache/public-pages.ts, PUBLIC_PATHS) marks.
 */
const EVERY_PAGE = ["_N_T_/[locale]/layout", "_N_T_/feeds/layout"];

async function configure() {
  // `next build` prerenders without Redis (a build must not need it, nor fill it with its pages).
  if (!process.env.REDIS_URL || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    return { handlers: [createLruHandler(MEMORY_LIMITS)] };
  }
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
  const handler = createRedisHandler({ client, keyPrefix: KEY_PREFIX, timeoutMs: TIMEOUT_MS });
  // While Redis is unreachable every read is a miss and the page is rendered anew: slower, never
  // stale. Refreshes asked for meanwhile are lost, so a reconnection after a gap marks every page
  // changed: nothing cached before the gap is served after it.
  let gap = false;
  client.on("error", (error) => {
    gap = true;
    console.error("Roundtable: shared page cache (Redis):", error.message);
  });
  client.on("ready", () => {
    if (!gap) return;
    gap = false;
    for (const tag of EVERY_PAGE) {
      handler.revalidateTag(tag).catch((error) => console.error("Roundtable: shared page cache (Redis):", error.message));
    }
  });
  // Next.js makes this handler on a server's first cached read, and the handler refuses reads until
  // the client is ready: so that first read waits for the connection (a new server joining the
  // deployment serves the pages the others cached, from its first request on), but at most
  // TIMEOUT_MS. A server whose Redis is out of reach still starts, and answers uncached.
  const connected = client.connect().catch((error) => console.error("Roundtable: shared page cache (Redis):", error.message));
  await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS).unref())]);
  return { handlers: [handler] };
}

/**
 * When each page's next render may have begun: the first read since its last store that found
 * nothing, or a copy due for renewal (Next.js renders after such a read, and stores the result).
 * Per process: a render runs where it was asked for.
 */
/** No render takes this long; a mark that old belongs to one that failed. */
const LONGEST_RENDER_MS = 30_000;

const renderStarts = (globalThis.roundtablePageRenderStarts ??= new Map());

/** Whether a stored copy is (or within a second becomes) due for renewal, so a render follows this read. */
function dueForRenewal(entry, now) {
  const seconds = entry.lifespan?.revalidate;
  if (typeof seconds !== "number") return false;
  return now >= entry.lastModified + seconds * 1000 - 1000;
}

/**
 * Personal pages kept in the cache (a delegate's schedule, app/[locale]/(delegate-cached)): each
 * copy says until when it is true (what is on now and next changes at the next start or end), and
 * past that time it is never served, not even once while a new one renders: it counts as absent.
 */
// Next.js 16 keys a page "/route-cache/APP_PAGE/<build>/$/en/schedule-view/<segment>".
const KEPT_UNTIL_STALE = /\/[a-z]{2}\/schedule-view\//;

function pastItsTime(cacheKey, entry, now) {
  const seconds = entry?.lifespan?.revalidate;
  return KEPT_UNTIL_STALE.test(cacheKey) && typeof seconds === "number" && now >= entry.lastModified + seconds * 1000;
}

/**
 * The production server keeps what Next.js sent for a page (or a feed) read fresh from here, and
 * answers that address itself while the same copy is still stored and fresh
 * (scripts/server/public-page-copies.mjs). It sees this request's reads, pages' and cached data's
 * (unstable_cache: the feeds), through an AsyncLocalStorage it puts on globalThis. A personal page
 * (KEPT_UNTIL_STALE) is never offered.
 */
const OFFERED_KINDS = new Set(["APP_PAGE", "FETCH"]);

function noteRead(handler, cacheKey, ctx, entry, fresh) {
  const reads = globalThis.roundtablePageReads?.getStore();
  if (!reads || !OFFERED_KINDS.has(ctx?.kind)) return;
  reads.push({
    handler,
    cacheKey,
    ctx,
    kind: ctx.kind,
    lastModified: entry?.lastModified,
    fresh: Boolean(entry) && fresh && !KEPT_UNTIL_STALE.test(cacheKey),
  });
}

class RenderAwareCacheHandler extends CacheHandler {
  async get(cacheKey, ctx) {
    const readAt = Date.now();
    const stored = await super.get(cacheKey, ctx);
    const entry = pastItsTime(cacheKey, stored, readAt) ? null : stored;
    const fresh = Boolean(entry) && !dueForRenewal(entry, readAt);
    if (fresh) {
      // A fresh copy: no render is under way (a mark left here is from one that failed).
      renderStarts.delete(cacheKey);
    } else if (!renderStarts.has(cacheKey)) {
      renderStarts.set(cacheKey, readAt);
    }
    noteRead(this, cacheKey, ctx, entry, fresh);
    return entry;
  }

  /**
   * The stored copy under `cacheKey` if Next.js would serve it now as it is (same store, same
   * refreshes, not due for renewal), else null; never a personal page.
   */
  async freshCopy(cacheKey, ctx) {
    if (KEPT_UNTIL_STALE.test(cacheKey)) return null;
    const entry = await this.get(cacheKey, ctx);
    return entry && !dueForRenewal(entry, Date.now()) ? entry : null;
  }

  async set(cacheKey, value, ctx) {
    const began = renderStarts.get(cacheKey);
    renderStarts.delete(cacheKey);
    // One millisecond earlier still: a refresh stamped in the very millisecond the render began
    // must count as after it (the stores compare "refreshed later than made", strictly).
    // A mark older than any render takes is a failed render's: not this one's start.
    const now = Date.now();
    const madeAt = began === undefined || now - began > LONGEST_RENDER_MS ? now : began - 1;
    return super.set(cacheKey, value, { ...ctx, internal_lastModified: madeAt });
  }
}

export default RenderAwareCacheHandler;
