// A PostgreSQL outage fails requests fast and passes by itself. The database is reached through a
// TCP proxy this test controls, so the shared server is never stopped: "refusing" closes every
// connection and refuses new ones (a stopped server), "silent" accepts connections and never
// answers (a server shutting down, a network gone quiet). Queries must fail within a few seconds
// with an error the app recognises, the server then answers 503 with a translated page, and the
// same process works again once the database is back, with no uncaught error on the way.
import net from "node:net";
import { sql } from "drizzle-orm";
import { NextRequest, NextResponse } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { isDatabaseUnavailable } from "@/db/availability";
import { onRequestError } from "@/instrumentation";
import en from "@/messages/en/common.json";
import ru from "@/messages/ru/common.json";
import proxy from "@/proxy";

// next-intl's middleware does not load outside Next.js; the locale routing is not what is tested here.
vi.mock("next-intl/middleware", () => ({ default: () => () => NextResponse.next() }));

const TARGET = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const savedUrl = process.env.DATABASE_URL;

type Mode = "up" | "refusing" | "silent";

/** A TCP proxy in front of the test server whose behaviour can be switched. */
class SwitchableProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  mode: Mode = "up";
  port = 0;

  async start(): Promise<void> {
    this.server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    const address = this.server.address();
    if (address && typeof address === "object") this.port = address.port;
  }

  private accept(client: net.Socket) {
    this.sockets.add(client);
    client.on("close", () => this.sockets.delete(client));
    client.on("error", () => {});
    if (this.mode === "silent") return; // take the bytes, answer nothing
    const upstream = net.connect(Number(TARGET.port || 5432), TARGET.hostname);
    this.sockets.add(upstream);
    upstream.on("close", () => (this.sockets.delete(upstream), client.destroy()));
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  }

  /** Cuts every open connection, as a server going down does. */
  cut(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

const tcp = new SwitchableProxy();
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  process.on("uncaughtException", onUncaught);
  process.on("unhandledRejection", onUncaught);
  await closeDb();
  await tcp.start();
  const url = new URL(TARGET);
  url.hostname = "127.0.0.1";
  url.port = String(tcp.port);
  process.env.DATABASE_URL = url.toString();
});

afterAll(async () => {
  await closeDb();
  await tcp.stop();
  process.off("uncaughtException", onUncaught);
  process.off("unhandledRejection", onUncaught);
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
});

/** Runs a query and says how it ended and how long it took. */
async function timedQuery(): Promise<{ ms: number; error: unknown }> {
  const started = Date.now();
  try {
    await (await getDb()).execute(sql`select 1`);
    return { ms: Date.now() - started, error: null };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a PostgreSQL outage", () => {
  it("fails every query within a few seconds while the server refuses, however long it lasts", async () => {
    expect((await timedQuery()).error).toBeNull();
    await tcp.stop(); // refuse new connections
    tcp.mode = "refusing";

    // The driver backs off longer after each failed connect (up to 20 s by default), and queries
    // waited for it: keep asking for 8 s and every answer must still come fast.
    const results: { ms: number; error: unknown }[] = [];
    const deadline = Date.now() + 8_000;
    while (Date.now() < deadline) {
      results.push(await timedQuery());
      await sleep(200);
    }
    expect(results.length).toBeGreaterThan(10);
    for (const result of results) {
      expect(result.error).not.toBeNull();
      expect(isDatabaseUnavailable(result.error)).toBe(true);
      expect(result.ms).toBeLessThan(3_000);
    }
  }, 40_000);

  it("fails a query within the connect timeout while the server accepts and never answers", async () => {
    tcp.mode = "silent";
    await tcp.start();
    const result = await timedQuery();
    expect(result.error).not.toBeNull();
    expect(isDatabaseUnavailable(result.error)).toBe(true);
    expect(result.ms).toBeLessThan(8_000);
  }, 40_000);

  it("turns such a failure into a 503 page in the reader's language", async () => {
    const { error } = await timedQuery();
    await onRequestError(error);

    const russian = await proxy(new NextRequest("http://localhost/ru/events/abc"));
    expect(russian.status).toBe(503);
    expect(russian.headers.get("retry-after")).toBeTruthy();
    expect(russian.headers.get("cache-control")).toContain("no-store");
    const page = await russian.text();
    expect(page).toContain('lang="ru"');
    expect(page).toContain(ru.unavailablePage.title);
    expect(page).toContain(ru.unavailablePage.body);

    const english = await proxy(new NextRequest("http://localhost/en"));
    expect(english.status).toBe(503);
    expect(await english.text()).toContain(en.unavailablePage.title);
  }, 40_000);

  it("works again by itself once the database is back, without a restart", async () => {
    tcp.mode = "up";
    tcp.cut(); // the silent connections go; new ones reach the server
    const started = Date.now();
    let result = await timedQuery();
    while (result.error && Date.now() - started < 10_000) {
      await sleep(200);
      result = await timedQuery();
    }
    expect(result.error).toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);

    // The 503 passes once the database answers again: the next page request goes through.
    await sleep(5_100);
    const response = await proxy(new NextRequest("http://localhost/en"));
    expect(response.status).not.toBe(503);

    expect(uncaught).toEqual([]);
  }, 40_000);
});
