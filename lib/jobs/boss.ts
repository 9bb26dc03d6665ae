import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import type { SqlRunner } from "@/db/sql-runner";
import { upcomingReleaseTimes } from "@/lib/cache/release-times";
import { configuredTransport, type MailTransport } from "@/lib/mail/transport";
import { embargoReleaseHandler, releaseJobId } from "./embargo-release";
import { mailDeliveryHandler, mailSweepHandler, undeliveredOutboxIds, type MailJob } from "./mail-delivery";
import {
  EMBARGO_POLL_SECONDS,
  EMBARGO_RETRY,
  MAIL_BATCH,
  MAIL_POLL_SECONDS,
  MAIL_RETRY,
  PAST_DUE_MS,
  PURGE_POLL_SECONDS,
  PURGE_RETRY,
  QUEUES,
  SWEEP_POLL_SECONDS,
  type RetryPolicy,
} from "./queues";
import type { RunningJobs } from "./running";
import { feedbackSurveyHandler } from "./feedback-survey";
import { travelDocumentPurgeHandler } from "./travel-document-purge";

export type JobsOptions = {
  db: Db;
  /** The same connection(s) as `db` (db/client.ts getSqlRunner): pg-boss opens none of its own. */
  sql: SqlRunner;
  /** How this server refreshes its public pages (lib/cache/refresh-request.ts). */
  refresh: () => Promise<boolean>;
  transport?: () => MailTransport | null;
  mailRetry?: RetryPolicy;
};

export type Jobs = RunningJobs & { boss: PgBoss };

/** pg-boss's tables live in their own schema of the app's database. */
const SCHEMA = "pgboss";
/** Cron of the purge: at the top of every hour, on one server (pg-boss's clock holds a lock). */
const PURGE_CRON = "0 * * * *";
/** Cron of the mail sweep: every minute (pg-boss's finest), on one server. */
const MAIL_SWEEP_CRON = "* * * * *";

/**
 * Starts pg-boss on the app's database and this server's workers. Every server runs the same
 * workers; each job is taken by one of them (pg-boss locks it with SKIP LOCKED), so adding
 * servers adds hands, not repeats.
 */
export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const boss = await bootBoss(options.sql);

  const mailRetry = options.mailRetry ?? MAIL_RETRY;
  const transport = options.transport ?? configuredTransport;
  const mailWorker = await boss.work<MailJob>(
    QUEUES.mail,
    { pollingIntervalSeconds: MAIL_POLL_SECONDS, batchSize: MAIL_BATCH, includeMetadata: true },
    mailDeliveryHandler(options.db, transport, (jobId, message) => boss.fail(QUEUES.mail, jobId, { message })),
  );
  await boss.work(QUEUES.embargoRelease, { pollingIntervalSeconds: EMBARGO_POLL_SECONDS }, embargoReleaseHandler(options.refresh));
  const purgeWorker = await boss.work(QUEUES.travelDocumentPurge, { pollingIntervalSeconds: PURGE_POLL_SECONDS }, travelDocumentPurgeHandler(options.db));
  const surveyWorker = await boss.work(QUEUES.feedbackSurvey, { pollingIntervalSeconds: PURGE_POLL_SECONDS }, feedbackSurveyHandler(options.db));

  const queueMail = async (outboxIds: string[]) => {
    // Keyed by the outbox id: a message is queued once however often this is asked.
    for (const id of outboxIds) await boss.send(QUEUES.mail, { outboxId: id } satisfies MailJob, { id, ...mailRetry });
    boss.notifyWorker(mailWorker);
  };
  const scheduleRelease = async (at: Date) => {
    await boss.send(QUEUES.embargoRelease, {}, { id: releaseJobId(at), startAfter: new Date(at.getTime() + PAST_DUE_MS), ...EMBARGO_RETRY });
  };

  await boss.schedule(QUEUES.travelDocumentPurge, PURGE_CRON, {}, PURGE_RETRY);
  // At start too (servers starting within the same ten minutes run it once).
  await boss.send(QUEUES.travelDocumentPurge, {}, { singletonKey: "at-start", singletonSeconds: 600, ...PURGE_RETRY });
  boss.notifyWorker(purgeWorker);
  // Feedback surveys due after their event's last day: the same hourly clock, and once at start.
  await boss.schedule(QUEUES.feedbackSurvey, PURGE_CRON, {}, PURGE_RETRY);
  await boss.send(QUEUES.feedbackSurvey, {}, { singletonKey: "at-start", singletonSeconds: 600, ...PURGE_RETRY });
  boss.notifyWorker(surveyWorker);
  await queueMail(await undeliveredOutboxIds(options.db));
  // A message whose queuing failed after its commit (the database dropped the connection between
  // the two) is not left for the next server start: the sweep queues it within a minute.
  await boss.work(QUEUES.mailSweep, { pollingIntervalSeconds: SWEEP_POLL_SECONDS }, mailSweepHandler(options.db, queueMail));
  await boss.schedule(QUEUES.mailSweep, MAIL_SWEEP_CRON, {}, PURGE_RETRY);
  for (const at of await upcomingReleaseTimes(options.db)) await scheduleRelease(at);

  return {
    boss,
    queueMail,
    scheduleRelease,
    retryMail: async (outboxId) => {
      // The first series' job (keyed by the outbox id) has ended: a new series needs a new id.
      await boss.send(QUEUES.mail, { outboxId } satisfies MailJob, { id: randomUUID(), ...mailRetry });
      boss.notifyWorker(mailWorker);
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}

/**
 * pg-boss with its schema installed (or migrated) and our queues created. Servers starting
 * together on a new database race for both (PostgreSQL may pick one as a deadlock victim): the
 * loser tries again shortly and then finds everything there.
 */
async function bootBoss(sql: SqlRunner, tries = 5): Promise<PgBoss> {
  for (let attempt = 1; ; attempt++) {
    const boss = new PgBoss({ db: sql, schema: SCHEMA });
    boss.on("error", (error) => console.error("Roundtable: job queue error", error));
    try {
      await boss.start();
      for (const name of Object.values(QUEUES)) if (!(await boss.getQueue(name))) await boss.createQueue(name);
      return boss;
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400 * attempt));
    }
  }
}
