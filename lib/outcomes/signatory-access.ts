import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { signInLinks, users } from "@/db/schema";
import { newSecretToken } from "@/lib/invitations/token";

/**
 * How long the sign-in link in a sign-off request works (once): heads of delegation read their
 * mail between sessions, so the 15 minutes of a link they asked for themselves would be too short.
 */
export const SIGN_OFF_LINK_HOURS = 72;

/**
 * For a signatory on the roster whose person record no account signs in as yet: a one-time
 * sign-in link, mailed to the email the organizer entered, that opens the sign-off. The link goes
 * to the account of that email (a new delegate account when there is none) and attaches the
 * person record to it only when spent: following a link mailed to the address is the owner's own
 * act, and the organizers never see the link. Null when the email is an organizer's account:
 * that one is not signed in by mail; the plain request is sent.
 */
export async function firstSignInLink(
  tx: Tx,
  signatory: { personId: string; email: string; name: string },
  now: Date,
): Promise<{ token: string; userId: string } | null> {
  const email = signatory.email.trim().toLowerCase();
  const [taken] = await tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  if (taken && taken.role !== "delegate") return null;
  const userId = taken?.id ?? (await tx.insert(users).values({ email, name: signatory.name, role: "delegate" }).returning({ id: users.id }))[0]!.id;
  const { token, hash } = newSecretToken();
  await tx.insert(signInLinks).values({
    userId,
    tokenHash: hash,
    expiresAt: new Date(now.getTime() + SIGN_OFF_LINK_HOURS * 3_600_000),
    linkPersonId: signatory.personId,
    createdAt: now,
  });
  return { token, userId };
}
