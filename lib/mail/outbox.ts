import type { Executor } from "@/db/client";
import { mailOutbox } from "@/db/schema";

export type OutgoingMail = {
  eventId: string | null;
  createdByUserId: string | null;
  /** The delegation member it goes to, where there is one: the outbox and their page name them. */
  memberId?: string | null;
  kind: "invitation" | (string & {});
  to: string;
  subject: string;
  body: string;
};

/**
 * Queues a message inside the caller's transaction: it exists if and only if the change that
 * caused it committed. `deliverMail` sends it after commit.
 */
export async function enqueueMail(tx: Executor, mail: OutgoingMail): Promise<string> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      eventId: mail.eventId,
      createdByUserId: mail.createdByUserId,
      memberId: mail.memberId ?? null,
      kind: mail.kind,
      toAddress: mail.to,
      subject: mail.subject,
      body: mail.body,
    })
    .returning({ id: mailOutbox.id });
  return row!.id;
}
