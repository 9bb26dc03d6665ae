// A message the mail job gave up on can be sent again from the Outbox: once per failure, only by
// an organizer who may plan the event, through the mail queue.
import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, mailOutbox } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { setRunningJobs } from "@/lib/jobs/running";
import { enqueueMail } from "@/lib/mail/outbox";
import { form } from "@/tests/helpers/action-calls";
import { createOrganizerUser, createTestEvent, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { eventually, startTestInstance, type TestInstance } from "@/tests/helpers/jobs";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { retryMailAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/outbox/actions";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;
let instance: TestInstance | undefined;
const sent: string[] = [];

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

afterEach(async () => {
  setRunningJobs(undefined);
  await instance?.stop();
  instance = undefined;
});

/** A message of the demo event that the mail job gave up on after six tries. */
async function givenUp(): Promise<string> {
  const id = await db().transaction((tx) =>
    enqueueMail(tx, { eventId: ids.eventId, createdByUserId: organizer.userId, kind: "test", to: "x@example.org", subject: unique("Mail"), body: "b" }),
  );
  await db().update(mailOutbox).set({ status: "failed", attempts: 6, error: "connection refused" }).where(eq(mailOutbox.id, id));
  return id;
}

const row = async (id: string) =>
  (await db().select({ status: mailOutbox.status, attempts: mailOutbox.attempts, error: mailOutbox.error }).from(mailOutbox).where(eq(mailOutbox.id, id)))[0];

async function withQueue() {
  instance = await startTestInstance(db(), { refresh: async () => true, transport: () => ({ send: async (m) => void sent.push(m.subject) }) });
  setRunningJobs(instance.jobs);
}

describe("Retry in the Outbox", () => {
  it("sends a failed message again through the mail queue, once, and notes who asked", async () => {
    await withQueue();
    const id = await givenUp();
    session.current = { user: { id: organizer.userId } };

    await retryMailAction(ids.eventId, id, form({}));
    const after = await eventually(
      () => row(id),
      (r) => r?.status === "sent",
    );
    expect(after).toEqual({ status: "sent", attempts: 1, error: null });
    const [subject] = (await db().select({ subject: mailOutbox.subject }).from(mailOutbox).where(eq(mailOutbox.id, id))).map((r) => r.subject);
    expect(sent.filter((s) => s === subject)).toHaveLength(1);
    expect(await db().$count(auditLog, and(eq(auditLog.action, "mail.retry"), eq(auditLog.entityId, id)))).toBe(1);

    // A second click on the same (now sent) message sends nothing more.
    await retryMailAction(ids.eventId, id, form({}));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(sent.filter((s) => s === subject)).toHaveLength(1);
    expect(await db().$count(auditLog, and(eq(auditLog.action, "mail.retry"), eq(auditLog.entityId, id)))).toBe(1);
  });

  it("refuses an organizer of another initiative, and a message of another event", async () => {
    const id = await givenUp();
    const outsider = await createOrganizerUser(db());
    session.current = { user: { id: outsider.userId } };
    await retryMailAction(ids.eventId, id, form({}));
    expect(await row(id)).toEqual({ status: "failed", attempts: 6, error: "connection refused" });

    // The team's organizer, naming an event of theirs that the message does not belong to.
    const otherEventId = await createTestEvent(organizer, ids, { title: unique("Other event") });
    session.current = { user: { id: organizer.userId } };
    await retryMailAction(otherEventId, id, form({}));
    expect(await row(id)).toEqual({ status: "failed", attempts: 6, error: "connection refused" });
  });
});
