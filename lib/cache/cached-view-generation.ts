// The number in every personal cached page's key (db/schema/cached-views.ts). Not "server-only":
// proxy.ts reads it, and the proxy is not rendered with React's server condition.
import { eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { cachedViewGeneration } from "@/db/schema";

export type CachedViewStamp = { epoch: string; generation: number };

/**
 * Marks every personal page in the cache as changed: the next request for one, on any server,
 * renders it anew. Called after a write has committed (a server action's, a route handler's, a
 * job's): a render that began before the write is keyed with the old number, so its copy is never
 * served for the new one. Never throws: a write that succeeded stays a success, and a failed mark
 * is logged (pages then stay as they were until the next write marks them).
 */
export async function markCachedViewsChanged(executor?: Executor): Promise<void> {
  try {
    const db = executor ?? (await getDb());
    await db
      .update(cachedViewGeneration)
      .set({ generation: sql`${cachedViewGeneration.generation} + 1` })
      .where(eq(cachedViewGeneration.id, 1));
  } catch (error) {
    console.error("Roundtable: could not mark the cached personal pages changed:", error);
  }
}

/** The current number, or null when the row is missing (then nothing personal is served from the cache). */
export async function readCachedViewStamp(db: Executor): Promise<CachedViewStamp | null> {
  const [row] = await db
    .select({ epoch: cachedViewGeneration.epoch, generation: cachedViewGeneration.generation })
    .from(cachedViewGeneration)
    .where(eq(cachedViewGeneration.id, 1));
  return row ?? null;
}
