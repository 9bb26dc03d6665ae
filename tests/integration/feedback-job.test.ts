// The feedback survey's job on the job queue (issue #16 point 4): when servers start together, the
// survey of an event whose last day is over goes out once, to each confirmed delegate once; and the
// job is scheduled hourly. Real PostgreSQL and pg-boss; nothing mocked.
import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getSqlRunner } from "@/db/client";
import { delegationMembers, feedbackSurveys, mailOutbox } from "@/db/schema";
import { saveSurvey } from "@/lib/feedback/queries";
import { QUEUES } from "@/lib/jobs/queues";
import { seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { eventually, startTestInstance, type TestInstance } from "@/tests/helpers/jobs";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import type { OrganizerViewer } from "@/lib/auth/viewer";

const { db } = setupTestDatabase();
const instances: TestInstance[] = [];
let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

afterEach(async () => {
  while (instances.length > 0) await instances.pop()!.stop();
});

describe("the feedback survey job", () => {
  it("sends a due survey once when servers start together, and is scheduled hourly", async () => {
    // The demo round table ended in February 2026: its survey, set to go out by itself, is due.
    const saved = await saveSurvey(organizer, ids.eventId, {
      version: 0,
      anonymous: true,
      sendAfterLastDay: true,
      rows: [{ index: 0, id: "", kind: "rating", prompt: "How useful was it?", options: "", remove: false }],
    });
    expect(saved.ok).toBe(true);
    const confirmed = await db().$count(delegationMembers, and(eq(delegationMembers.eventId, ids.eventId), eq(delegationMembers.status, "confirmed")));
    const mails = () => db().$count(mailOutbox, and(eq(mailOutbox.eventId, ids.eventId), eq(mailOutbox.kind, "feedback-survey")));

    for (const instance of await Promise.all([
      startTestInstance(db(), { refresh: async () => true, transport: () => null }),
      startTestInstance(db(), { refresh: async () => true, transport: () => null }),
    ]))
      instances.push(instance);

    await eventually(mails, (n) => n === confirmed);
    const [survey] = await db().select({ sentAt: feedbackSurveys.sentAt }).from(feedbackSurveys).where(eq(feedbackSurveys.eventId, ids.eventId));
    expect(survey!.sentAt).not.toBeNull();
    const sql = await getSqlRunner();
    const { rows: jobs } = await sql.executeSql("select count(*)::int as n from pgboss.job where name = $1", [QUEUES.feedbackSurvey]);
    expect(jobs).toEqual([{ n: 1 }]);
    const { rows } = await sql.executeSql("select cron from pgboss.schedule where name = $1", [QUEUES.feedbackSurvey]);
    expect(rows).toEqual([{ cron: "0 * * * *" }]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await mails()).toBe(confirmed);
  });
});
