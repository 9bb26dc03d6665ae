import "server-only";
import { and, eq, gt, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authSessions } from "@/db/schema";
import { hashSecretToken, newSecretToken } from "@/lib/invitations/token";

/**
 * Sessions are signed cookies (JWT), and each one also has a row here: the cookie carries a random
 * session id, the row its hash. A session is live only while its row is, so signing out (its row
 * deleted), "sign out everywhere" (every row of the account) and a deleted account end it on the
 * server at once, instead of a copied cookie working until it expires.
 */
export const SESSION_HOURS = 12;

export async function openServerSession(userId: string, now = new Date()): Promise<string> {
  const { token } = newSecretToken();
  const db = await getDb();
  await db.delete(authSessions).where(and(eq(authSessions.userId, userId), lt(authSessions.expires, now)));
  await db.insert(authSessions).values({ sessionToken: hashSecretToken(token), userId, expires: new Date(now.getTime() + SESSION_HOURS * 3_600_000) });
  return token;
}

export async function isServerSessionLive(sessionId: unknown, userId: string, now = new Date()): Promise<boolean> {
  if (typeof sessionId !== "string" || sessionId.length === 0) return false;
  const db = await getDb();
  const [row] = await db
    .select({ userId: authSessions.userId })
    .from(authSessions)
    .where(and(eq(authSessions.sessionToken, hashSecretToken(sessionId)), eq(authSessions.userId, userId), gt(authSessions.expires, now)))
    .limit(1);
  return Boolean(row);
}

/** Ends one session (sign-out). */
export async function closeServerSession(sessionId: unknown): Promise<void> {
  if (typeof sessionId !== "string" || sessionId.length === 0) return;
  const db = await getDb();
  await db.delete(authSessions).where(eq(authSessions.sessionToken, hashSecretToken(sessionId)));
}

/** Ends every session of the account, on every device. Returns how many were live. */
export async function closeAllServerSessions(userId: string): Promise<number> {
  const db = await getDb();
  const closed = await db.delete(authSessions).where(eq(authSessions.userId, userId)).returning({ userId: authSessions.userId });
  return closed.length;
}
