// The shared page cache (lib/cache/page-cache-handler.mjs) against the real Redis: a server that
// has just started reads what the other servers cached from its very first request. Next.js makes
// the handler on that first read; before the fix the read ran before the Redis client was ready,
// came back empty, and the new server rendered the page anew (CI saw it as a MISS on server A).
import { randomBytes } from "node:crypto";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";
import { afterAll, beforeAll, expect, test } from "vitest";

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const PREFIX = `rt_test_cache_${randomBytes(4).toString("hex")}:`;
const KEY = "/en/events/a-round-table";

const writer = createClient({ url: REDIS_URL });

beforeAll(async () => {
  await writer.connect();
  // Another server of the deployment cached the page, with the tags Next.js gives it.
  // (The library's types name an older client type and Next.js's internal route kinds: casts only.)
  const otherServer = createRedisHandler({ client: writer as never, keyPrefix: PREFIX, timeoutMs: 1000 });
  await otherServer.set(KEY, {
    lastModified: Date.now(),
    lifespan: null,
    tags: ["_N_T_/[locale]/layout"],
    value: { kind: "FETCH", data: { headers: {}, body: "the cached page", status: 200, url: KEY }, revalidate: 60 } as never,
  });
});

afterAll(async () => {
  for await (const keys of writer.scanIterator({ MATCH: `${PREFIX}*`, COUNT: 1000 })) {
    if (keys.length > 0) await writer.del(keys);
  }
  await writer.quit();
});

test("a server's first cached read waits for Redis and finds the page the other servers cached", async () => {
  process.env.REDIS_URL = REDIS_URL;
  process.env.CACHE_KEY_PREFIX = PREFIX;
  const { default: CacheHandler } = await import("../../lib/cache/page-cache-handler.mjs");
  // What Next.js passes; the handler reads only these two fields of it.
  const handler = new CacheHandler({ serverDistDir: "/nonexistent/server", dev: false } as never);

  const entry = await handler.get(KEY, { softTags: [] });

  expect(entry?.value).toMatchObject({ kind: "FETCH", data: { body: "the cached page" } });
});

test("a page stored after a refresh, but rendered from data read before it, is not served by any server", async () => {
  process.env.REDIS_URL = REDIS_URL;
  process.env.CACHE_KEY_PREFIX = PREFIX;
  const { default: CacheHandler } = await import("../../lib/cache/page-cache-handler.mjs");
  const handler = new CacheHandler({ serverDistDir: "/nonexistent/server", dev: false } as never);
  const key = "/en/events/a-round-table/participants";
  // (The library types a read's soft tags as always empty; Next.js passes the page's path tags.)
  const read = { softTags: ["_N_T_/[locale]/layout"] } as never;

  expect(await handler.get(key, read)).toBeNull(); // the render begins: it reads the old names
  await new Promise((resolve) => setTimeout(resolve, 5));
  await handler.revalidateTag("_N_T_/[locale]/layout"); // a delegate withdraws consent meanwhile
  await new Promise((resolve) => setTimeout(resolve, 5));
  await handler.set(
    key,
    { kind: "FETCH", data: { headers: {}, body: "the old names", status: 200, url: key }, revalidate: 60 } as never,
    {
      cacheControl: { revalidate: 60, expire: 120 },
      tags: [],
    } as never,
  );

  expect(await handler.get(key, read)).toBeNull();
});
