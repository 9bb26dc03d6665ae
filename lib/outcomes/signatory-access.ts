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
 * For a signatory on the roster with no account yet: opens a delegate account for their person
 * record (the email the organizer entered) and makes a one-time sign-in link to it. Null when the
 * email already belongs to another account: that one is not taken over, the plain link is sent.
 */
export async function firstSignInLink(
  tx: Tx,
  signatory: { personId: string; email: string; name: string },
  now: Date,
): Promise<{ token: string; userId: string } | null> {
  const email = signatory.email.trim().toLowerCase();
  const [taken] = await tx.select({ id: users.id, personId: users.personId }).from(users).where(eq(sql`lower(${users.email})`, email));
  if (taken && taken.personId !== signatory.personId) return null;
  const userId =
    taken?.id ??
    (await tx.insert(users).values({ email, name: signatory.name, role: "delegate", personId: signatory.personId }).returning({ id: users.id }))[0]!.id;
  const { token, hash } = newSecretToken();
  await tx.insert(signInLinks).values({ userId, tokenHash: hash, expiresAt: new Date(now.getTime() + SIGN_OFF_LINK_HOURS * 3_600_000), createdAt: now });
  return { token, userId };
}
