import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { runningJobs } from "@/lib/jobs/running";
import { deliverMail } from "./deliver";

/**
 * An organizer sends a given-up message again: a new series of tries (the Outbox then shows it
 * queued). Only a `failed` message of this organizer's event, and only once per failure: a second
 * click, or a message already sent, is refused (the row's status decides, in the WHERE clause).
 */
export async function retryFailedMail(viewer: OrganizerViewer, eventId: string, outboxId: string): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId, "plan");
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  const reopened = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(mailOutbox)
      .set({ status: "pending", attempts: 0, sendingUntil: null })
      .where(and(eq(mailOutbox.id, outboxId), eq(mailOutbox.eventId, event.id), eq(mailOutbox.status, "failed")))
      .returning({ id: mailOutbox.id, error: mailOutbox.error });
    if (!row) return false;
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "mail.retry",
      entityType: "mail_outbox",
      entityId: row.id,
      details: { previousError: row.error },
    });
    return true;
  });
  if (!reopened) return refuse("outbox.notRetryable");
  const jobs = runningJobs();
  if (jobs) await jobs.retryMail(outboxId);
  else await deliverMail(db, [outboxId]);
  return ok(undefined);
}
