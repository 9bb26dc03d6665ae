// The benchmark's generator: N× means N times the demo event's content and N round tables, each
// with a published outcome; 1× is the demo itself with its outcome published.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { DEMO_EVENT_SLUG, seedDemo } from "@/db/seed/demo";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { scaleDemo, scaledEventSlug } from "./scale-demo";

type Counts = Record<string, number>;

/** What the benchmark's pages read, counted for the demo event (and the initiative's events). */
async function countsOf(db: Db): Promise<Counts> {
  const event = sql`(select id from events where slug = ${DEMO_EVENT_SLUG})`;
  const items = sql`(select id from agenda_items where event_id = ${event})`;
  const recordIds = sql`(select id from records where agenda_item_id in ${items})`;
  const queries: Record<string, ReturnType<typeof sql>> = {
    events: sql`select count(*) from events`,
    delegates: sql`select count(*) from delegation_members where event_id = ${event}`,
    heads: sql`select count(*) from delegation_members where event_id = ${event} and role = 'head'`,
    people: sql`select count(*) from people`,
    items: sql`select count(*) from agenda_items where event_id = ${event}`,
    itemPeople: sql`select count(*) from agenda_item_people where agenda_item_id in ${items}`,
    itemOfficials: sql`select count(*) from agenda_item_officials where agenda_item_id in ${items}`,
    records: sql`select count(*) from records where id in ${recordIds}`,
    finalRecords: sql`select count(*) from records where id in ${recordIds} and status = 'final'`,
    attendance: sql`select count(*) from record_attendance where record_id in ${recordIds}`,
    recommendations: sql`select count(*) from recommendations where event_id = ${event}`,
    crossingPeople: sql`select count(*) from crossing_people`,
    publishedOutcomes: sql`select count(distinct outcome_id) from outcome_revisions where published_at <= now()`,
    latestReleaseItems: sql`select jsonb_array_length(items) from agenda_releases where event_id = ${event} order by version desc limit 1`,
  };
  const counts: Counts = {};
  for (const [name, query] of Object.entries(queries)) {
    const rows = (await db.execute(query)) as unknown as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
    const first = Array.isArray(rows) ? rows[0] : rows.rows[0];
    counts[name] = Number(Object.values(first ?? {})[0] ?? 0);
  }
  return counts;
}

/** The demo's counts, then the counts after scaling it by `factor`, on a database of the describe's own. */
function demoScaledBy(factor: number): { db: () => Db; readonly demo: Counts; readonly scaled: Counts } {
  const { db } = setupTestDatabase();
  let demo: Counts;
  let scaled: Counts;
  beforeAll(async () => {
    await seedDemo(db());
    demo = await countsOf(db());
    await scaleDemo(db(), factor);
    scaled = await countsOf(db());
  });
  return {
    db,
    get demo() {
      return demo;
    },
    get scaled() {
      return scaled;
    },
  };
}

describe("scaleDemo at 1×", () => {
  const at = demoScaledBy(1);

  it("keeps the demo as it is and publishes its outcome", () => {
    expect(at.demo.publishedOutcomes).toBe(0);
    expect(at.scaled).toEqual({ ...at.demo, publishedOutcomes: 1 });
    expect(at.scaled.delegates).toBe(36);
    expect(at.scaled.items).toBe(19);
  });
});

describe("scaleDemo at 2×", () => {
  const at = demoScaledBy(2);

  it("doubles the demo event's delegates, agenda, records and recommendations", () => {
    for (const name of ["delegates", "items", "itemPeople", "itemOfficials", "records", "finalRecords", "attendance", "recommendations", "crossingPeople"]) {
      expect(at.scaled[name], name).toBe(2 * at.demo[name]!);
    }
    expect(at.scaled.people).toBe(at.demo.people! + at.demo.delegates!);
    expect(at.scaled.heads).toBe(at.demo.heads);
  });

  it("adds a concluded round table with a published outcome, and releases the grown programme", async () => {
    expect(at.scaled.events).toBe(at.demo.events! + 1);
    expect(at.scaled.publishedOutcomes).toBe(2);
    expect(at.scaled.latestReleaseItems).toBe(2 * at.demo.items!);
    const rows = (await at.db().execute(sql`select status from events where slug = ${scaledEventSlug(2)}`)) as unknown as
      { status: string }[] | { rows: { status: string }[] };
    expect(Array.isArray(rows) ? rows : rows.rows).toEqual([{ status: "concluded" }]);
  });

  it("refuses to scale the same database twice", async () => {
    await expect(scaleDemo(at.db(), 2)).rejects.toThrow(/scaled already/);
  });
});
