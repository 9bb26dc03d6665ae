// No "server-only" here: the job queue mails surveys outside any request (lib/jobs/feedback-survey.ts).
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { signInLinks, users } from "@/db/schema";
import { newSecretToken } from "@/lib/invitations/token";

/**
 * For a person on a roster whose record no account signs in as yet (a head of delegation asked to
 * sign off, a delegate asked for feedback): a one-time sign-in link, mailed to the email the
 * organizer entered. The link goes to the account of that email (a new delegate account when there
 * is none) and attaches the person record to it only when spent: following a link mailed to the
 * address is the owner's own act, and the organizers never see the link. Null when the email is an
 * organizer's account: that one is not signed in by mail; the plain mail is sent.
 */
export async function firstSignInLink(
  tx: Tx,
  person: { personId: string; email: string; name: string },
  now: Date,
  hours: number,
): Promise<{ token: string; userId: string } | null> {
  const email = person.email.trim().toLowerCase();
  const [taken] = await tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  if (taken && taken.role !== "delegate") return null;
  const userId = taken?.id ?? (await tx.insert(users).values({ email, name: person.name, role: "delegate" }).returning({ id: users.id }))[0]!.id;
  const { token, hash } = newSecretToken();
  await tx.insert(signInLinks).values({
    userId,
    tokenHash: hash,
    expiresAt: new Date(now.getTime() + hours * 3_600_000),
    linkPersonId: person.personId,
    createdAt: now,
  });
  return { token, userId };
}

/** The address of such a link, opening `next` (a page of this site, with its locale) once spent. */
export function firstSignInUrl(origin: string, locale: string, token: string, next: string): string {
  return `${origin.replace(/\/+$/, "")}/${locale}/sign-in/link/${token}?next=${encodeURIComponent(next)}`;
}
