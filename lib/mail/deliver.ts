import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { redactTokens } from "@/lib/invitations/token";
import { configuredTransport, mailFrom, type MailTransport } from "./transport";

/**
 * Sends queued messages (after the transaction that queued them committed). With SMTP the stored
 * copy is then redacted: the link went to its owner, the outbox need not hold a working one.
 * Without SMTP the outbox row IS the delivery, so it keeps the link; the log gets the redacted text.
 */
export async function deliverMail(db: Executor, ids: string[], transport: MailTransport | null = configuredTransport()): Promise<void> {
  if (ids.length === 0) return;
  const pending = await db
    .select({ id: mailOutbox.id, to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body })
    .from(mailOutbox)
    .where(and(inArray(mailOutbox.id, ids), eq(mailOutbox.status, "pending")));
  for (const mail of pending) {
    if (!transport) {
      console.info(`mail (no SMTP configured; see the organizer outbox) to ${mail.to}: ${mail.subject}\n${redactTokens(mail.body)}`);
      await db.update(mailOutbox).set({ status: "logged", deliveredAt: new Date() }).where(eq(mailOutbox.id, mail.id));
      continue;
    }
    try {
      await transport.send({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.body });
      await db
        .update(mailOutbox)
        .set({ status: "sent", deliveredAt: new Date(), body: redactTokens(mail.body) })
        .where(eq(mailOutbox.id, mail.id));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`mail: delivery to ${mail.to} failed: ${reason}`);
      await db.update(mailOutbox).set({ status: "failed", error: reason.slice(0, 500) }).where(eq(mailOutbox.id, mail.id));
    }
  }
}
