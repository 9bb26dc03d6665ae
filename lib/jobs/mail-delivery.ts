import { eq } from "drizzle-orm";
import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { sendOutboxMessage } from "@/lib/mail/send-one";
import type { MailTransport } from "@/lib/mail/transport";

export type MailJob = { outboxId: string };

/**
 * Delivers one outbox message per job, a few jobs per fetch. A failed try fails its own job only,
 * so pg-boss schedules the next try with backoff; the others of the batch complete. The last try
 * leaves the row `failed` with its reason (sendOutboxMessage).
 */
export function mailDeliveryHandler(db: Db, transport: () => MailTransport | null, fail: (jobId: string, reason: string) => Promise<void>) {
  return async (jobs: PgBoss.JobWithMetadata<MailJob>[]): Promise<void> => {
    for (const job of jobs) {
      try {
        await sendOutboxMessage(db, job.data.outboxId, transport(), { lastTry: job.retryCount >= job.retryLimit });
      } catch (error) {
        await fail(job.id, error instanceof Error ? error.message : String(error));
      }
    }
  };
}

/**
 * Messages committed but never handed to the queue (the server stopped between the commit and
 * the send, or the send itself failed): queued when a server starts and by the sweep every minute
 * (mailSweepHandler); their jobs are keyed by outbox id, so a message already queued is not
 * queued twice.
 */
export async function undeliveredOutboxIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.status, "pending"));
  return rows.map((row) => row.id);
}

/** The sweep: whatever is still waiting for a first try goes to the queue (once: see undeliveredOutboxIds). */
export function mailSweepHandler(db: Db, queueMail: (outboxIds: string[]) => Promise<void>) {
  return async (): Promise<void> => {
    const waiting = await undeliveredOutboxIds(db);
    if (waiting.length > 0) await queueMail(waiting);
  };
}
