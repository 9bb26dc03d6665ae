import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { redactTokens } from "@/lib/invitations/token";
import { dropMail } from "./mail-drop";
import { mailFrom, type MailTransport } from "./transport";

/** A try that failed; the mail job lets pg-boss schedule the next one (with backoff). */
export class MailAttemptFailed extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "MailAttemptFailed";
  }
}

/** Longer than any SMTP exchange: a try that crashed frees its message after this (pg-boss's job expiry is later). */
const SENDING_HOLD = sql`now() + interval '5 minutes'`;

/**
 * One try at one queued message. The row is the truth: only a message still `pending` and not
 * being sent by someone else is tried (a sent, deleted, given-up or in-flight one is left alone,
 * so a repeated or concurrent job sends nothing twice), and the try is counted before the message
 * goes out. Once handed on, the stored copy is redacted: a link
 * went to its owner, the outbox never holds a working one. Without SMTP the message is written in
 * full to the server's mail folder (mail-drop.ts); the log says where, with the links redacted.
 *
 * A failure is written to the row (the Outbox shows the reason) and thrown as MailAttemptFailed;
 * on the last try the row becomes `failed`, before that it stays `pending` (queued for a retry).
 */
export async function sendOutboxMessage(db: Executor, id: string, transport: MailTransport | null, options: { lastTry: boolean }): Promise<void> {
  const [mail] = await db
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1`, sendingUntil: SENDING_HOLD })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "pending"), or(isNull(mailOutbox.sendingUntil), lt(mailOutbox.sendingUntil, sql`now()`))))
    .returning({ id: mailOutbox.id, to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body });
  if (!mail) return;

  try {
    if (transport) {
      await transport.send({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.body });
    } else {
      const file = await dropMail({ id: mail.id, from: mailFrom(), to: mail.to, subject: mail.subject, body: mail.body });
      console.info(`mail (no SMTP configured) to ${mail.to}: ${mail.subject} — written to ${file}\n${redactTokens(mail.body)}`);
    }
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    console.error(`mail: delivery to ${mail.to} failed${options.lastTry ? "" : " (will be retried)"}: ${reason}`);
    await db
      .update(mailOutbox)
      .set({ status: options.lastTry ? "failed" : "pending", error: reason, sendingUntil: null })
      .where(eq(mailOutbox.id, mail.id));
    throw new MailAttemptFailed(reason);
  }
  await db
    .update(mailOutbox)
    .set({ status: transport ? "sent" : "logged", deliveredAt: new Date(), error: null, sendingUntil: null, body: redactTokens(mail.body) })
    .where(eq(mailOutbox.id, mail.id));
}
