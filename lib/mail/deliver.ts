import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { redactTokens } from "@/lib/invitations/token";
import { dropMail } from "./mail-drop";
import { configuredTransport, mailFrom, type MailTransport } from "./transport";

/**
 * Sends queued messages (after the transaction that queued them committed). Once handed on, the
 * stored copy is redacted: a link went to its owner, the outbox never holds a working one.
 * Without SMTP the message is written in full to the server's mail folder (mail-drop.ts) for
 * whoever runs the server to pass on; the log says where, with the links redacted.
 */
export async function deliverMail(db: Executor, ids: string[], transport: MailTransport | null = configuredTransport()): Promise<void> {
  if (ids.length === 0) return;
  const pending = await db
    .select({ id: mailOutbox.id, to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body })
    .from(mailOutbox)
    .where(and(inArray(mailOutbox.id, ids), eq(mailOutbox.status, "pending")));
  for (const mail of pending) {
    if (!transport) {
      try {
        const file = await dropMail({ id: mail.id, from: mailFrom(), to: mail.to, subject: mail.subject, body: mail.body });
        console.info(`mail (no SMTP configured) to ${mail.to}: ${mail.subject} — written to ${file}\n${redactTokens(mail.body)}`);
        await db
          .update(mailOutbox)
          .set({ status: "logged", deliveredAt: new Date(), body: redactTokens(mail.body) })
          .where(eq(mailOutbox.id, mail.id));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        console.error(`mail: writing the message to ${mail.to} to the mail folder failed: ${reason}`);
        await db
          .update(mailOutbox)
          .set({ status: "failed", error: reason.slice(0, 500) })
          .where(eq(mailOutbox.id, mail.id));
      }
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
      await db
        .update(mailOutbox)
        .set({ status: "failed", error: reason.slice(0, 500) })
        .where(eq(mailOutbox.id, mail.id));
    }
  }
}
