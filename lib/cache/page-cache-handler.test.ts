// The page cache without Redis (each server's own memory): a refresh must reach the next reader
// even when a render was under way as it happened, when both fall in one millisecond, and after the
// wall clock stepped forward. CI once saw six tests in a row read a public page unchanged after an
// edit; these are the three ways a copy made from old data passed for fresh.
import { afterEach, beforeEach, expect, test, vi } from "vitest";

type Handler = {
  get(key: string, ctx: { softTags: string[] }): Promise<{ value: unknown } | null>;
  set(key: string, value: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

let counter = 0;
let key = "";
/**
 * Like the tag refreshPublicPages() marks ("_N_T_/[locale]/layout"), as Next.js passes it with
 * every read of a public page; one per test, since the library keeps its store per process and
 * the tests move the clock.
 */
let EVERY_PUBLIC_PAGE = "";
let READ = { softTags: [""] };

function page(body: string) {
  return { kind: "FETCH", data: { headers: {}, body, status: 200, url: key }, revalidate: 60 };
}
const STORE = { cacheControl: { revalidate: 60, expire: 120 }, tags: [] };

async function freshHandler(): Promise<Handler> {
  delete process.env.REDIS_URL;
  const { default: CacheHandler } = await import("./page-cache-handler.mjs");
  return new CacheHandler({ serverDistDir: "/nonexistent/server", dev: false } as never) as unknown as Handler;
}

beforeEach(() => {
  counter += 1;
  key = `/en/events/round-table-${counter}`;
  EVERY_PUBLIC_PAGE = `_N_T_/[locale${counter}]/layout`;
  READ = { softTags: [EVERY_PUBLIC_PAGE] };
});

afterEach(() => {
  vi.useRealTimers();
});

test("a page stored after a refresh, but rendered from data read before it, is not served", async () => {
  const handler = await freshHandler();
  expect(await handler.get(key, READ)).toBeNull(); // the render begins: it reads the old data
  await new Promise((resolve) => setTimeout(resolve, 5));
  await handler.revalidateTag(EVERY_PUBLIC_PAGE); // a delegate withdraws consent meanwhile
  await new Promise((resolve) => setTimeout(resolve, 5));
  await handler.set(key, page("the old list of names"), STORE); // the render ends

  expect(await handler.get(key, READ)).toBeNull();
});

test("a refresh in the very millisecond a render began still counts as after it", async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-06-10T09:00:00Z") });
  const handler = await freshHandler();
  expect(await handler.get(key, READ)).toBeNull();
  await handler.revalidateTag(EVERY_PUBLIC_PAGE);
  await handler.set(key, page("the old list of names"), STORE);

  expect(await handler.get(key, READ)).toBeNull();
});

test("a page rendered after the refresh is served, until the next refresh", async () => {
  const handler = await freshHandler();
  await handler.revalidateTag(EVERY_PUBLIC_PAGE);
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(await handler.get(key, READ)).toBeNull();
  await handler.set(key, page("the new list of names"), STORE);

  expect((await handler.get(key, READ))?.value).toMatchObject({ data: { body: "the new list of names" } });
  expect((await handler.get(key, READ))?.value).toMatchObject({ data: { body: "the new list of names" } });

  await new Promise((resolve) => setTimeout(resolve, 5));
  await handler.revalidateTag(EVERY_PUBLIC_PAGE);
  expect(await handler.get(key, READ)).toBeNull();
});

test("a refresh after the wall clock stepped forward takes effect at once", async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-06-10T09:00:00Z") });
  const handler = await freshHandler();
  expect(await handler.get(key, READ)).toBeNull();
  await handler.set(key, page("the old list of names"), STORE);
  expect(await handler.get(key, READ)).not.toBeNull();

  // The machine was paused, or NTP corrected it: the wall clock jumps while a process-relative
  // clock does not. Next.js's own memory cache then served the old page as fresh for that long.
  vi.setSystemTime(new Date("2027-06-10T09:00:20Z"));
  await handler.revalidateTag(EVERY_PUBLIC_PAGE);

  expect(await handler.get(key, READ)).toBeNull();
});

test("a refresh of another path leaves the page alone", async () => {
  const handler = await freshHandler();
  expect(await handler.get(key, READ)).toBeNull();
  await handler.set(key, page("the list of names"), STORE);
  await new Promise((resolve) => setTimeout(resolve, 5));
  await handler.revalidateTag(`_N_T_/feeds${counter}/layout`);

  expect((await handler.get(key, READ))?.value).toMatchObject({ data: { body: "the list of names" } });
});

test("a delegate's schedule is never served past its time; a public page is, once, while it renders anew", async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-06-10T09:00:00Z") });
  const handler = await freshHandler();
  const schedule = `/route-cache/APP_PAGE/build${counter}/$/en/schedule-view/sealed-segment`;
  const publicPage = `/route-cache/APP_PAGE/build${counter}/$/en/events/round-table-${counter}`;
  // Kept until the next session starts, 30 s from now (lib/cache/render-lifetime.ts).
  const until30s = { cacheControl: { revalidate: 30, expire: 120 }, tags: [] };
  for (const at of [schedule, publicPage]) {
    expect(await handler.get(at, READ)).toBeNull();
    await handler.set(at, { ...page("what is on next"), revalidate: 30 }, until30s);
  }

  vi.setSystemTime(new Date("2027-06-10T09:00:29Z"));
  expect(await handler.get(schedule, READ)).not.toBeNull();

  vi.setSystemTime(new Date("2027-06-10T09:00:30Z"));
  expect(await handler.get(schedule, READ)).toBeNull();
  expect(await handler.get(publicPage, READ)).not.toBeNull();
});
