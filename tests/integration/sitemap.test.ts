// The sitemap lists public pages only and never dates an event by an outcome still under embargo.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { events, outcomeRevisions, outcomes } from "@/db/schema";
import { seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";

// Addresses come from APP_URL, never from the request: a forged Host must not reach the sitemap.
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" })),
}));
process.env.APP_URL = "https://roundtable.example.org";

const { db } = setupTestDatabase();
let ids: DemoIds;

beforeAll(async () => {
  ({ ids } = await seedDemoContext(db()));
});

describe("sitemap", () => {
  it("lists public event pages in every locale, never a draft event", async () => {
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toContain("https://roundtable.example.org/en/events/peace-bridge-tsaghkadzor-2026");
    expect(urls).toContain("https://roundtable.example.org/ru/events/peace-bridge-tsaghkadzor-2026");
    // The demo's follow-up event is a draft.
    expect(urls.some((u) => u.includes("peace-bridge-gabala-2027"))).toBe(false);
  });

  it("dates an event by its outcome only once the publication time has come", async () => {
    const [outcome] = await db().select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
    const statements = [{ language: "en", text: "Embargoed text" }];
    const later = new Date(Date.now() + 60 * 60 * 1000);
    await db().insert(outcomeRevisions).values({ outcomeId: outcome!.id, revision: 1, statements, publishedAt: later });
    const entry = async () => (await sitemap()).find((e) => e.url.endsWith("/en/events/peace-bridge-tsaghkadzor-2026"));
    expect((await entry())?.lastModified).toBeUndefined();
    const [{ slug } = { slug: "" }] = await db().select({ slug: events.slug }).from(events).where(eq(events.id, ids.eventId));
    expect(slug).toBe("peace-bridge-tsaghkadzor-2026");
    const earlier = new Date(Date.now() - 60 * 1000);
    await db().update(outcomeRevisions).set({ publishedAt: earlier }).where(eq(outcomeRevisions.outcomeId, outcome!.id));
    expect((await entry())?.lastModified).toEqual(earlier);
    expect((await sitemap()).map((e) => e.url)).toContain("https://roundtable.example.org/en/initiatives/peace-bridge");
  });

  it("keeps search engines out of private screens and points them to the sitemap", async () => {
    const rules = await robots();
    expect(rules.sitemap).toBe("https://roundtable.example.org/sitemap.xml");
    expect(JSON.stringify(rules.rules)).toContain("/*/organize");
  });
});
