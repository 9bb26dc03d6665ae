// Mail goes out as jobs on the app's database (pg-boss): a failing mail server is tried again with
// backoff, the last failure shows in the Outbox with its reason and number of tries, and however
// many servers run workers, each message is sent once.
import { eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getSqlRunner } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { QUEUES } from "@/lib/jobs/queues";
import { deliverMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import type { MailTransport } from "@/lib/mail/transport";
import { eventually, startTestInstance, type TestInstance } from "@/tests/helpers/jobs";
import { unique } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
const instances: TestInstance[] = [];
const noRefresh = async () => true;
const FAST_RETRY = { retryLimit: 2, retryDelay: 1, retryBackoff: true };

afterEach(async () => {
  while (instances.length > 0) await instances.pop()!.stop();
  vi.restoreAllMocks();
});

async function start(transport: MailTransport, mailRetry = FAST_RETRY) {
  const instance = await startTestInstance(db(), { refresh: noRefresh, transport: () => transport, mailRetry });
  instances.push(instance);
  return instance.jobs;
}

/** Messages committed to the outbox (each with its own subject), as an action's transaction does. */
async function queued(count: number): Promise<string[]> {
  return db().transaction(async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      ids.push(await enqueueMail(tx, { eventId: null, createdByUserId: null, kind: "test", to: "x@example.org", subject: unique("Mail"), body: "b" }));
    }
    return ids;
  });
}

const outbox = (ids: string[]) =>
  db()
    .select({ id: mailOutbox.id, status: mailOutbox.status, attempts: mailOutbox.attempts, error: mailOutbox.error, subject: mailOutbox.subject })
    .from(mailOutbox)
    .where(inArray(mailOutbox.id, ids));

describe("mail delivery as a job", () => {
  it("tries a failing mail server again with growing delays, and delivers once it answers", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const tries: number[] = [];
    const jobs = await start({
      send: async () => {
        tries.push(Date.now());
        if (tries.length < 3) throw new Error("connection refused");
      },
    });
    const [id] = await queued(1);
    await jobs.queueMail([id!]);

    const [row] = await eventually(
      () => outbox([id!]),
      ([r]) => r?.status === "sent",
    );
    expect(row).toMatchObject({ status: "sent", attempts: 3, error: null });
    expect(tries).toHaveLength(3);
    // pg-boss's backoff: about 1–2 s, then 2–4 s.
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(900);
    expect(tries[2]! - tries[1]!).toBeGreaterThanOrEqual(1_900);
  });

  it("after the last try, the message shows failed with the reason and the number of tries", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    let calls = 0;
    const jobs = await start(
      {
        send: async () => {
          calls++;
          throw new Error("550 mailbox unavailable");
        },
      },
      { retryLimit: 1, retryDelay: 1, retryBackoff: false },
    );
    const [id] = await queued(1);
    await jobs.queueMail([id!]);

    const [row] = await eventually(
      () => outbox([id!]),
      ([r]) => r?.status === "failed",
    );
    expect(row).toMatchObject({ status: "failed", attempts: 2, error: "550 mailbox unavailable" });
    // Given up: nothing more is tried.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(calls).toBe(2);
  });

  it("delivers each message exactly once across two servers' workers, however often it is queued", async () => {
    const sends = new Map<string, number>();
    const transport: MailTransport = {
      send: async (message) => {
        sends.set(message.subject, (sends.get(message.subject) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 10));
      },
    };
    const [a, b] = await Promise.all([start(transport), start(transport)]);
    const ids = await queued(40);
    // Both servers queue every message (a repeated request, a restart's sweep): one job each.
    await Promise.all([a!.queueMail(ids), b!.queueMail(ids)]);

    const rows = await eventually(
      () => outbox(ids),
      (rs) => rs.length === 40 && rs.every((r) => r.status === "sent"),
    );
    expect(sends.size).toBe(40);
    expect([...sends.values()].every((n) => n === 1)).toBe(true);
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
    const runner = await getSqlRunner();
    const jobs = await runner.executeSql("select count(*)::int as n from pgboss.job where name = $1 and id = any($2::uuid[])", [QUEUES.mail, ids]);
    expect(jobs.rows).toEqual([{ n: 40 }]);
  });

  it("sends, when a server starts, messages committed but never handed to the queue", async () => {
    const ids = await queued(2);
    const sent: string[] = [];
    await start({ send: async (message) => void sent.push(message.subject) });
    const rows = await eventually(
      () => outbox(ids),
      (rs) => rs.every((r) => r.status === "sent"),
    );
    expect(sent.sort()).toEqual(rows.map((r) => r.subject).sort());
  });

  it("sends, on the next minute's sweep, a message committed while the server runs but never handed to the queue", async () => {
    const sent: string[] = [];
    const jobs = await start({ send: async (message) => void sent.push(message.subject) });
    // Committed, and then the queuing failed (the connection dropped between the two).
    const [id] = await queued(1);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await outbox([id!]))[0]).toMatchObject({ status: "pending" });

    // pg-boss's clock puts the sweep's job in its queue every minute; here the test does, at once.
    expect(await jobs.boss.getSchedules()).toContainEqual(expect.objectContaining({ name: QUEUES.mailSweep, cron: "* * * * *" }));
    await jobs.boss.send(QUEUES.mailSweep, {});
    const [row] = await eventually(
      () => outbox([id!]),
      ([r]) => r?.status === "sent",
    );
    expect(sent).toEqual([row!.subject]);
  });

  it("sends nothing twice when two tries of one message run at once", async () => {
    const [id] = await queued(1);
    let calls = 0;
    const slow: MailTransport = {
      send: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 200));
      },
    };
    await Promise.all([deliverMail(db(), [id!], slow), deliverMail(db(), [id!], slow)]);
    expect(calls).toBe(1);
    const [row] = await db().select({ status: mailOutbox.status, attempts: mailOutbox.attempts }).from(mailOutbox).where(eq(mailOutbox.id, id!));
    expect(row).toEqual({ status: "sent", attempts: 1 });
  });
});
