import type { Executor } from "@/db/client";
import { runningJobs } from "@/lib/jobs/running";
import { MailAttemptFailed, sendOutboxMessage } from "./send-one";
import { configuredTransport, type MailTransport } from "./transport";

/**
 * Sends queued messages, after the transaction that queued them committed. A server process runs
 * the job queue (lib/jobs/): each message becomes a job keyed by its outbox id, delivered once by
 * whichever server takes it, retried with backoff. Where no queue runs (scripts, tests, or a
 * transport given by the caller), each message is tried once, here and now.
 */
export async function deliverMail(db: Executor, ids: string[], transport?: MailTransport | null): Promise<void> {
  if (ids.length === 0) return;
  const jobs = runningJobs();
  if (jobs && transport === undefined) {
    try {
      await jobs.queueMail(ids);
    } catch (error) {
      // The rows stay pending: the queue picks them up when a server starts (lib/jobs/mail-delivery.ts).
      console.error("mail: could not queue delivery; the messages stay queued in the outbox.", error);
    }
    return;
  }
  const via = transport === undefined ? configuredTransport() : transport;
  for (const id of ids) {
    try {
      await sendOutboxMessage(db, id, via, { lastTry: true });
    } catch (error) {
      if (!(error instanceof MailAttemptFailed)) throw error;
    }
  }
}
