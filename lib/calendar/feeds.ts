import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { calendarFeeds, people, users } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { DelegateViewer } from "@/lib/auth/viewer";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { hashFeedToken, isWellFormedFeedToken, newFeedToken } from "./token";

// A delegate has at most one live calendar feed. Only the token's hash is stored, so the feed's URL
// can be shown only when it is made: "make a new link" (rotate) is how a lost URL is replaced, and
// "turn off" (revoke) stops it at once.

export type FeedStatus = { on: false } | { on: true; hint: string; createdAt: Date; lastFetchedAt: Date | null; fetchCount: number };

/** A feed just made: the only moment its token exists outside the caller's hands. */
export type NewFeed = { token: string; hint: string; createdAt: Date };

const activeOf = (userId: string) => and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt));

/** The delegate's live feed, without its token (which is not stored). */
export async function getFeedStatus(viewer: DelegateViewer): Promise<FeedStatus> {
  return statusIn(await getDb(), viewer.userId);
}

/**
 * Turns the feed on. When it is already on, nothing changes and no token comes back (it cannot:
 * only its hash is kept); the caller offers "make a new link" instead.
 */
export async function getOrCreateFeed(viewer: DelegateViewer): Promise<WriteResult<{ created: true; feed: NewFeed } | { created: false; status: FeedStatus }>> {
  if (viewer.personIds.length === 0) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockUser(tx, viewer.userId);
    const [existing] = await tx.select({ id: calendarFeeds.id }).from(calendarFeeds).where(activeOf(viewer.userId)).limit(1);
    if (existing) return ok({ created: false as const, status: await statusIn(tx, viewer.userId) });
    const feed = await insertFeed(tx, viewer.userId);
    await audit(tx, { actorUserId: viewer.userId, action: "calendar_feed.create", entityType: "user", entityId: viewer.userId, details: { hint: feed.hint } });
    return ok({ created: true as const, feed });
  });
}

/** A new link in place of the old one: the old URL stops working in the same transaction. */
export async function rotateFeed(viewer: DelegateViewer): Promise<WriteResult<NewFeed>> {
  if (viewer.personIds.length === 0) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockUser(tx, viewer.userId);
    await tx.update(calendarFeeds).set({ revokedAt: new Date() }).where(activeOf(viewer.userId));
    const feed = await insertFeed(tx, viewer.userId);
    await audit(tx, { actorUserId: viewer.userId, action: "calendar_feed.rotate", entityType: "user", entityId: viewer.userId, details: { hint: feed.hint } });
    return ok(feed);
  });
}

/** Turns the feed off: its URL answers 404 from now on. Returns how many live feeds were stopped. */
export async function revokeFeed(viewer: DelegateViewer): Promise<{ revoked: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const revoked = await tx.update(calendarFeeds).set({ revokedAt: new Date() }).where(activeOf(viewer.userId)).returning({ hint: calendarFeeds.tokenHint });
    if (revoked.length > 0) {
      await audit(tx, {
        actorUserId: viewer.userId,
        action: "calendar_feed.revoke",
        entityType: "user",
        entityId: viewer.userId,
        details: { hints: revoked.map((r) => r.hint) },
      });
    }
    return { revoked: revoked.length };
  });
}

/**
 * Whose schedule a feed URL shows: the live feed's delegate (who must still be a delegate linked to
 * a person), counting the fetch; null for a malformed, unknown or revoked token, all alike.
 */
export async function resolveFeed(token: string): Promise<{ userId: string; personIds: string[] } | null> {
  if (typeof token !== "string" || !isWellFormedFeedToken(token)) return null;
  const db = await getDb();
  const [found] = await db
    .select({ feedId: calendarFeeds.id, userId: users.id })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hashFeedToken(token)), isNull(calendarFeeds.revokedAt), eq(users.role, "delegate")));
  if (!found) return null;
  const persons = await db.select({ id: people.id }).from(people).where(eq(people.userId, found.userId));
  if (persons.length === 0) return null;
  // Still live at the moment of counting (a revoke in between wins).
  const counted = await db
    .update(calendarFeeds)
    .set({ lastFetchedAt: new Date(), fetchCount: sql`${calendarFeeds.fetchCount} + 1` })
    .where(and(eq(calendarFeeds.id, found.feedId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return counted.length > 0 ? { userId: found.userId, personIds: persons.map((p) => p.id) } : null;
}

/** One feed change per delegate at a time, so two clicks cannot leave two live feeds. */
async function lockUser(tx: Executor, userId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
}

async function insertFeed(tx: Executor, userId: string): Promise<NewFeed> {
  const { token, hash, hint } = newFeedToken();
  const [row] = await tx.insert(calendarFeeds).values({ userId, tokenHash: hash, tokenHint: hint }).returning({ createdAt: calendarFeeds.createdAt });
  return { token, hint, createdAt: row!.createdAt };
}

async function statusIn(db: Executor, userId: string): Promise<FeedStatus> {
  const [feed] = await db
    .select({
      hint: calendarFeeds.tokenHint,
      createdAt: calendarFeeds.createdAt,
      lastFetchedAt: calendarFeeds.lastFetchedAt,
      fetchCount: calendarFeeds.fetchCount,
    })
    .from(calendarFeeds)
    .where(activeOf(userId))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return feed ? { on: true, ...feed } : { on: false };
}
