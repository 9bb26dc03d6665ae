// The embargo release and the travel-document purge run as jobs on the app's database: once
// across every server, instead of a watcher and a timer in each process.
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getSqlRunner } from "@/db/client";
import { events, outcomeRevisions, outcomes, travelDocuments } from "@/db/schema";
import { QUEUES } from "@/lib/jobs/queues";
import { memberByEmail, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { eventually, startTestInstance, type TestInstance } from "@/tests/helpers/jobs";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
const instances: TestInstance[] = [];
let ids: DemoIds;

beforeAll(async () => {
  ({ ids } = await seedDemoContext(db()));
});

afterEach(async () => {
  while (instances.length > 0) await instances.pop()!.stop();
});

/** A server whose page refreshes are counted (each answers as `answer` says). */
async function server(refreshes: number[], answer: () => boolean = () => true) {
  const instance = await startTestInstance(db(), {
    refresh: async () => {
      refreshes.push(Date.now());
      return answer();
    },
    transport: () => null,
  });
  instances.push(instance);
  return instance.jobs;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function jobCount(queue: string): Promise<number> {
  const { rows } = await (await getSqlRunner()).executeSql("select count(*)::int as n from pgboss.job where name = $1", [queue]);
  return (rows[0] as { n: number }).n;
}

describe("the travel-document purge job", () => {
  // First in this file: every server start runs it.
  it("runs once when servers start together, deletes what is past retention, and is scheduled hourly", async () => {
    const demoDocuments = () => db().$count(travelDocuments, eq(travelDocuments.eventId, ids.eventId));
    // The demo round table ended in February 2026: its 30 days of retention are over.
    const member = await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org");
    await db().update(events).set({ collectTravelDocuments: true, travelDocumentRetentionDays: 30 }).where(eq(events.id, ids.eventId));
    await db()
      .insert(travelDocuments)
      .values({ memberId: member.id, eventId: ids.eventId, documentType: "passport", documentNumber: unique("N"), issuingCountry: "Azerbaijan" });
    expect(await demoDocuments()).toBe(1);
    await Promise.all([server([]), server([])]);

    await eventually(demoDocuments, (n) => n === 0);
    expect(await jobCount(QUEUES.travelDocumentPurge)).toBe(1);
    const { rows } = await (await getSqlRunner()).executeSql("select cron from pgboss.schedule where name = $1", [QUEUES.travelDocumentPurge]);
    expect(rows).toEqual([{ cron: "0 * * * *" }]);
  });
});

describe("the embargo release job", () => {
  it("refreshes the public pages once, just after the embargo, however many servers scheduled it", async () => {
    const refreshes: number[] = [];
    const [a, b] = await Promise.all([server(refreshes), server(refreshes)]);
    const at = new Date(Date.now() + 1_500);
    await Promise.all([a!.scheduleRelease(at), b!.scheduleRelease(at), a!.scheduleRelease(at)]);

    await eventually(
      async () => refreshes.length,
      (n) => n > 0,
    );
    await pause(2_000);
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]!).toBeGreaterThanOrEqual(at.getTime());
  });

  it("asks again until the server answers (it may not be listening yet)", async () => {
    const refreshes: number[] = [];
    const jobs = await server(refreshes, () => refreshes.length >= 3);
    await jobs.scheduleRelease(new Date());
    await eventually(
      async () => refreshes.length,
      (n) => n >= 3,
    );
    await pause(1_500);
    expect(refreshes).toHaveLength(3);
  });

  it("is scheduled, when a server starts, for every embargo already in the database", async () => {
    const [outcome] = await db().select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
    const at = new Date(Date.now() + 1_500);
    await db()
      .insert(outcomeRevisions)
      .values({ outcomeId: outcome!.id, revision: 90, publishedAt: at, statements: [{ language: "en", text: "Scheduled." }] });

    const refreshes: number[] = [];
    await Promise.all([server(refreshes), server(refreshes)]);
    await eventually(
      async () => refreshes.length,
      (n) => n > 0,
    );
    await pause(1_500);
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]!).toBeGreaterThanOrEqual(at.getTime());
  });
});
