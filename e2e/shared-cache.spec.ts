// Several servers, one truth (issue 14): two servers of one build on one PostgreSQL database, with
// their page cache shared in Redis (REDIS_URL). A delegate withdraws her public listing on server
// A; server B, which had the event page cached with her name, must stop showing it at once (the
// bound: within 2 s; with a cache per process it took up to a minute).
// Needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL, default 127.0.0.1:6379): CI has both
// (.ci/run starts them); elsewhere, without them, the test says what is missing and is skipped.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { DEMO_DELEGATE, DEMO_EVENT_PATH, DEMO_ORGANIZER, expect, test } from "./fixtures";
import { SERVED_FROM_COPY_HEADER } from "../scripts/server/public-page-copies.mjs";

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const ADMIN_URL = process.env.DATABASE_URL?.trim();
const BASE = Number(process.env.E2E_PORT_BASE || 3100) + 20;
const DELEGATE_NAME = "Nigar Rzayeva";
const DEMO_EVENT_TITLE = "Bilateral round table in Tsaghkadzor";

async function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** The test deployment's keys in Redis (pages, and the tag books that never expire). */
async function forgetCachedPages(prefix: string): Promise<void> {
  const { createClient } = await import("redis");
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
    if (keys.length > 0) await client.del(keys);
  }
  await client.quit();
}

type Deployment = { databaseUrl: string; servers: ChildProcess[]; drop: () => Promise<void> };

/** A new database with the demo round table, and two servers on it sharing one Redis key space. */
async function deployTwoServers(): Promise<Deployment> {
  const { default: postgres } = await import("postgres");
  const name = `rt_e2e_shared_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(ADMIN_URL!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL!);
  url.pathname = `/${name}`;
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    REDIS_URL,
    CACHE_KEY_PREFIX: `${name}:`,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const seeded = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "db/seed/run.ts"], { env, encoding: "utf8" });
  expect(seeded.status, seeded.stderr).toBe(0);
  const servers = [BASE, BASE + 1].map((port) =>
    spawn(process.execPath, [path.join("scripts", "server.mjs"), "-p", String(port)], {
      env: { ...env, PORT: String(port), APP_URL: `http://127.0.0.1:${port}` },
      stdio: "ignore",
    }),
  );
  for (const port of [BASE, BASE + 1]) {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/en/sign-in`).catch(() => null))?.status ?? 0, { timeout: 30_000 }).toBe(200);
  }
  return {
    databaseUrl: env.DATABASE_URL,
    servers,
    drop: async () => {
      for (const server of servers) {
        server.kill("SIGTERM");
        await new Promise((resolve) => server.once("exit", resolve));
      }
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      await forgetCachedPages(`${name}:`);
    },
  };
}

/** Milliseconds until `done` holds (asked every 50 ms), or Infinity when it still does not after `bound` × 2.5. */
async function within(bound: number, done: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < bound * 2.5) {
    if (await done()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Number.POSITIVE_INFINITY;
}

test("a delegate withdraws her public listing on one server; the other stops showing her name, and its feeds and her schedule follow the organizers, at once", async ({
  page,
  browser,
}) => {
  const missing = [!ADMIN_URL && "PostgreSQL (DATABASE_URL)", !(await reachable(REDIS_URL)) && `Redis (${REDIS_URL})`].filter(Boolean);
  // CI must run it: there, anything missing is a failure, never a skip.
  if (process.env.CI) expect(missing, "CI provides PostgreSQL and Redis").toEqual([]);
  test.skip(missing.length > 0, `needs ${missing.join(" and ")}`);
  test.setTimeout(120_000);

  const deployment = await deployTwoServers();
  try {
    const serverA = `http://127.0.0.1:${BASE}`;
    const serverB = `http://127.0.0.1:${BASE + 1}`;
    // A reader as a browser asks (a language it reads): the locale router sets it no cookie.
    const readOnB = () => fetch(`${serverB}${DEMO_EVENT_PATH}`, { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    const eventPageOnB = async () => (await readOnB()).text();

    // B renders the event page once and serves it from the shared cache: her name is on it.
    expect(await eventPageOnB()).toContain(DELEGATE_NAME);
    const cached = await readOnB();
    expect(cached.headers.get("x-nextjs-cache"), "served from the cache").toMatch(/HIT|STALE/);
    expect(await cached.text()).toContain(DELEGATE_NAME);
    // Then B answers from its own copy of that cached page (scripts/server/public-page-copies.mjs),
    // which must give way the moment the shared cache is refreshed from A.
    await expect.poll(async () => (await readOnB()).headers.get(SERVED_FROM_COPY_HEADER), { timeout: 5_000 }).toBe("1");
    // A reads the same cached copy (one cache for both servers), and its scripts run under A's
    // Content-Security-Policy (the test fails on any violation in the console).
    expect((await fetch(`${serverA}${DEMO_EVENT_PATH}`)).headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);
    await page.goto(`${serverA}${DEMO_EVENT_PATH}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // On A, she signs in and withdraws her public listing for this event.
    await page.goto(`${serverA}/en/sign-in`);
    await page.getByLabel("Email", { exact: true }).fill(DEMO_DELEGATE.email);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_DELEGATE.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/schedule/);
    await page.goto(`${serverA}/en/my-details`);
    const consent = page.getByRole("group", { name: /Who may see your name at Bilateral round table in Tsaghkadzor/ });
    await consent.getByRole("radio", { name: /Not listed/ }).check();
    // The one consent form on the page saves with its own button, after the choices.
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved. Every page now shows your name this way.")).toBeVisible();
    const savedAt = Date.now();

    // On B, the next request no longer names her.
    let goneAfter = Number.POSITIVE_INFINITY;
    while (Date.now() - savedAt < 5_000) {
      if (!(await eventPageOnB()).includes(DELEGATE_NAME)) {
        goneAfter = Date.now() - savedAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    test.info().annotations.push({ type: "measured", description: `name gone from server B ${goneAfter} ms after the save` });
    expect(goneAfter, "her name is gone from server B").toBeLessThan(2_000);

    // The feeds are cached too, in the same shared cache: B's copy follows what A publishes and
    // unpublishes. The demo's outcome is a draft: B's feed has no entry, and is cached so.
    const feedOnB = async () => {
      const response = await fetch(`${serverB}/feeds/outcomes`);
      expect(response.status).toBe(200);
      return response.text();
    };
    expect(await feedOnB()).not.toContain(DEMO_EVENT_TITLE);
    expect(await feedOnB()).not.toContain(DEMO_EVENT_TITLE);
    // B answers from its own copy of the feed from now on: the copy must give way too.
    await expect.poll(async () => (await fetch(`${serverB}/feeds/outcomes`)).headers.get(SERVED_FROM_COPY_HEADER), { timeout: 5_000 }).toBe("1");
    const { default: postgres } = await import("postgres");
    const sql = postgres(deployment.databaseUrl, { max: 1, onnotice: () => {} });
    const [{ id: eventId } = { id: "" }] = await sql<{ id: string }[]>`select id from events where slug = ${DEMO_EVENT_PATH.split("/").pop()!}`;
    await sql.end();
    const organizerContext = await browser.newContext();
    const organizer = await organizerContext.newPage();
    await organizer.goto(`${serverA}/en/sign-in`);
    await organizer.getByLabel("Email", { exact: true }).fill(DEMO_ORGANIZER.email);
    await organizer.getByLabel("Password", { exact: true }).fill(DEMO_ORGANIZER.password);
    await organizer.getByRole("button", { name: "Sign in" }).click();
    await expect(organizer).not.toHaveURL(/sign-in/);

    // Her schedule is served from her own cached copy on B too; a reading the organizer adds on A
    // is on B's next load (the write count both servers read is in the database).
    const scheduleOnB = () => page.request.get(`${serverB}/en/schedule`);
    for (let load = 0; load < 2; load++) expect((await scheduleOnB()).status()).toBe(200);
    expect((await scheduleOnB()).headers()["x-nextjs-cache"], "her schedule is served from the cache on B").toBe("HIT");
    const reading = `Shared reading ${Date.now()}`;
    await organizer.goto(`${serverA}/en/organize/events/${eventId}`);
    const materials = organizer.getByRole("region", { name: "Materials for the whole event" });
    const linkForm = materials.getByRole("form", { name: "Add a link" });
    await linkForm.getByLabel("Material title").fill(reading);
    await linkForm.getByLabel("Who may see it").selectOption({ label: "Delegates" });
    await linkForm.getByLabel("Address (http or https)").fill("https://example.org/shared-reading");
    await linkForm.getByRole("button", { name: "Add link" }).click();
    await expect(materials.getByRole("status")).toHaveText("Material added.");
    const readingAfter = await within(2_000, async () => (await (await scheduleOnB()).text()).includes(reading));
    test.info().annotations.push({ type: "measured", description: `reading on server B's schedule ${readingAfter} ms after adding it` });
    expect(readingAfter, "the reading is on her schedule on server B").toBeLessThan(2_000);

    // On A, the organizer publishes the outcome: on B's very next reads the feed carries it.
    await organizer.goto(`${serverA}/en/organize/events/${eventId}/outcome`);
    await organizer.getByRole("checkbox", { name: "Publish without every sign-off" }).check();
    await organizer.getByLabel("Why (shown to the public beside “not jointly signed”)").fill("Signed on paper.");
    await organizer.getByRole("button", { name: "Publish outcome" }).click();
    await expect(organizer.getByRole("status").filter({ hasText: "Outcome published." })).toBeVisible();
    const publishedAfter = await within(2_000, async () => (await feedOnB()).includes(DEMO_EVENT_TITLE));
    test.info().annotations.push({ type: "measured", description: `outcome in server B's feed ${publishedAfter} ms after publishing` });
    expect(publishedAfter, "the outcome is in server B's feed").toBeLessThan(2_000);

    // On A, the event is made a draft again: its outcome leaves B's feed as quickly.
    await organizer.goto(`${serverA}/en/organize/events/${eventId}`);
    await organizer.getByLabel("Event status").selectOption({ label: "Draft" });
    await organizer.getByRole("button", { name: "Save status" }).click();
    await expect(organizer.getByRole("status")).toHaveText("Status saved.");
    const goneFromFeedAfter = await within(2_000, async () => !(await feedOnB()).includes(DEMO_EVENT_TITLE));
    test.info().annotations.push({ type: "measured", description: `outcome gone from server B's feed ${goneFromFeedAfter} ms after the save` });
    expect(goneFromFeedAfter, "the outcome is gone from server B's feed").toBeLessThan(2_000);
    await organizerContext.close();
  } finally {
    await deployment.drop();
  }
});
