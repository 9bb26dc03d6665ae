// The sitemap lists public pages only and never dates an event by an outcome still under embargo.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { delegationMembers, events, outcomeRevisions, outcomes, records } from "@/db/schema";
import { countPublicParticipants, PARTICIPANTS_PAGE_SIZE } from "@/lib/public-event/participants";
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

  it("lists the event's own pages: each day of its released programme, its participants and its records", async () => {
    const urls = (await sitemap()).map((entry) => entry.url);
    for (const locale of ["en", "ru", "az", "hy"]) {
      const event = `https://roundtable.example.org/${locale}/events/peace-bridge-tsaghkadzor-2026`;
      for (const path of ["/programme/2026-02-13", "/programme/2026-02-14", "/participants", "/records"]) expect(urls).toContain(`${event}${path}`);
      // No outcome is published yet: no outcome page.
      expect(urls).not.toContain(`${event}/outcome`);
    }
    // Nothing of a draft event, not even its lists (the follow-up is a draft).
    expect(urls.filter((u) => u.includes("gabala"))).toEqual([]);
  });

  it("names each page's other languages (hreflang), English as x-default, all on the configured origin", async () => {
    const entries = await sitemap();
    const event = "https://roundtable.example.org/hy/events/peace-bridge-tsaghkadzor-2026/programme/2026-02-13";
    const entry = entries.find((e) => e.url === event);
    expect(entry?.alternates?.languages).toEqual({
      en: "https://roundtable.example.org/en/events/peace-bridge-tsaghkadzor-2026/programme/2026-02-13",
      ru: "https://roundtable.example.org/ru/events/peace-bridge-tsaghkadzor-2026/programme/2026-02-13",
      az: "https://roundtable.example.org/az/events/peace-bridge-tsaghkadzor-2026/programme/2026-02-13",
      hy: event,
      "x-default": "https://roundtable.example.org/en/events/peace-bridge-tsaghkadzor-2026/programme/2026-02-13",
    });
    const home = entries.find((e) => e.url === "https://roundtable.example.org/ru");
    expect(home?.alternates?.languages).toMatchObject({ az: "https://roundtable.example.org/az", "x-default": "https://roundtable.example.org/en" });
    // Every entry names all four languages.
    for (const e of entries) expect(Object.keys(e.alternates?.languages ?? {}).sort()).toEqual(["az", "en", "hy", "ru", "x-default"]);
  });

  it("lists a list's further pages, and a list only while it has someone or something the public may read", async () => {
    const participants = "https://roundtable.example.org/en/events/peace-bridge-tsaghkadzor-2026/participants";
    const recordsPage = "https://roundtable.example.org/en/events/peace-bridge-tsaghkadzor-2026/records";
    const urls = async () => (await sitemap()).map((entry) => entry.url);
    const members = await db()
      .select({ personId: delegationMembers.personId, consent: delegationMembers.consent })
      .from(delegationMembers)
      .where(eq(delegationMembers.eventId, ids.eventId));
    const listed = members.filter((m) => m.consent === "public").length;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(50);
    expect(await urls()).not.toContain(`${participants}/2`);
    const finals = await db().select({ id: records.id }).from(records).where(eq(records.status, "final"));
    expect(finals.length).toBeGreaterThan(0);
    try {
      // Nobody listed publicly, no final record: neither list is offered.
      await db().update(delegationMembers).set({ consent: "delegates" }).where(eq(delegationMembers.eventId, ids.eventId));
      await db().update(records).set({ status: "draft" }).where(eq(records.status, "final"));
      const now = await urls();
      expect(now).not.toContain(participants);
      expect(now).not.toContain(recordsPage);
      expect(now).toContain("https://roundtable.example.org/en/events/peace-bridge-tsaghkadzor-2026/programme/2026-02-13");
    } finally {
      for (const r of finals) await db().update(records).set({ status: "final" }).where(eq(records.id, r.id));
      for (const m of members) {
        await db().update(delegationMembers).set({ consent: m.consent }).where(eq(delegationMembers.personId, m.personId));
      }
    }
    // More people listed than one page holds: each page of the list is listed.
    await db().transaction(async (tx) => {
      await tx.execute(sql`
        create temporary table sitemap_copies on commit drop as
          select m.person_id as old_id, k, gen_random_uuid() as new_id
          from delegation_members m cross join generate_series(1, 2) as k
          where m.event_id = ${ids.eventId} and m.consent = 'public'`);
      await tx.execute(sql`
        insert into people (id, initiative_id, name_latin, name_native, organization, position, sector, email, phone)
          select c.new_id, p.initiative_id, p.name_latin || ' ' || c.k, p.name_native, p.organization, p.position, p.sector,
                 'sitemap' || c.k || '.' || p.email, p.phone
          from sitemap_copies c join people p on p.id = c.old_id`);
      await tx.execute(sql`
        insert into delegation_members (delegation_id, event_id, person_id, role, status, consent)
          select m.delegation_id, m.event_id, c.new_id, 'member', m.status, 'public'
          from sitemap_copies c join delegation_members m on m.person_id = c.old_id and m.event_id = ${ids.eventId}`);
    });
    const pages = Math.ceil((await countPublicParticipants(ids.eventId)) / PARTICIPANTS_PAGE_SIZE);
    expect(pages).toBeGreaterThan(1);
    const now = await urls();
    for (let page = 2; page <= pages; page++) expect(now).toContain(`${participants}/${page}`);
    expect(now).not.toContain(`${participants}/${pages + 1}`);
    expect(now).not.toContain(`${participants}/1`);
  });

  it("dates an event by its outcome only once the publication time has come", async () => {
    const [outcome] = await db().select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
    const statements = [{ language: "en", text: "Embargoed text" }];
    const later = new Date(Date.now() + 60 * 60 * 1000);
    await db().insert(outcomeRevisions).values({ outcomeId: outcome!.id, revision: 1, statements, publishedAt: later });
    const entry = async () => (await sitemap()).find((e) => e.url.endsWith("/en/events/peace-bridge-tsaghkadzor-2026"));
    expect((await entry())?.lastModified).toBeUndefined();
    const outcomePage = "https://roundtable.example.org/en/events/peace-bridge-tsaghkadzor-2026/outcome";
    expect(
      (await sitemap()).map((e) => e.url),
      "no outcome page under embargo",
    ).not.toContain(outcomePage);
    const [{ slug } = { slug: "" }] = await db().select({ slug: events.slug }).from(events).where(eq(events.id, ids.eventId));
    expect(slug).toBe("peace-bridge-tsaghkadzor-2026");
    const earlier = new Date(Date.now() - 60 * 1000);
    await db().update(outcomeRevisions).set({ publishedAt: earlier }).where(eq(outcomeRevisions.outcomeId, outcome!.id));
    expect((await entry())?.lastModified).toEqual(earlier);
    const published = (await sitemap()).find((e) => e.url === outcomePage);
    expect(published?.lastModified, "the outcome page once published").toEqual(earlier);
    expect((await sitemap()).map((e) => e.url)).toContain("https://roundtable.example.org/en/initiatives/peace-bridge");
  });

  it("keeps search engines out of private screens and points them to the sitemap", async () => {
    const rules = await robots();
    expect(rules.sitemap).toBe("https://roundtable.example.org/sitemap.xml");
    expect(JSON.stringify(rules.rules)).toContain("/*/organize");
  });
});
