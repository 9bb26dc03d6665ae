// Next.js's page cache in Redis, shared by every server of one deployment (next.config.ts uses
// this file only when REDIS_URL is set; without it each server keeps its own in-memory cache).
//
// Why: public pages are rendered once and served from the cache, and an action that changes them
// (a publication, a release, a withdrawn consent, a final record) refreshes them with
// revalidatePath. With a cache per process, only the server that ran the action knew; the others
// served the old page for up to a minute, a withdrawn name included. Here a refresh records the
// path's tag in Redis, and every server checks an entry's tags on each read: the next request on
// any server renders anew.
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

CacheHandler.onCreation(() => {
  // One connection per process, made once even if Next.js asks twice at once.
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
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] };
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

export default CacheHandler;
