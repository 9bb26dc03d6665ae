import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { outcomeRevisions } from "@/db/schema";

export type ReleaseTimes = { lastReleased: Date | null; nextScheduled: Date | null };

/** The newest publication already public, and the next one still under embargo (the database's clock). */
export async function readReleaseTimes(db: Executor): Promise<ReleaseTimes> {
  const at = outcomeRevisions.publishedAt;
  const [row] = await db
    .select({
      lastReleased: sql`max(${at}) filter (where ${at} <= now())`.mapWith(at),
      nextScheduled: sql`min(${at}) filter (where ${at} > now())`.mapWith(at),
    })
    .from(outcomeRevisions);
  return { lastReleased: row?.lastReleased ?? null, nextScheduled: row?.nextScheduled ?? null };
}

/** Looks at least this often: another server process may have scheduled something. */
export const CHECK_EVERY_MS = 30_000;
/** A refresh that could not be asked for (the server is not listening yet) is retried this soon. */
export const RETRY_MS = 1_000;
/** Past the embargo by this much, so the database agrees the revision is due. */
const PAST_DUE_MS = 250;

/** How long to wait before looking again: until just after the next embargo, at most CHECK_EVERY_MS. */
export function nextCheckDelay(nextScheduled: Date | null, now: Date, refreshPending: boolean): number {
  const regular = nextScheduled ? Math.min(CHECK_EVERY_MS, Math.max(0, nextScheduled.getTime() - now.getTime()) + PAST_DUE_MS) : CHECK_EVERY_MS;
  return refreshPending ? Math.min(RETRY_MS, regular) : regular;
}

/**
 * Whether cached pages must be refreshed: the newest public publication moved (an embargo passed,
 * or another process published). The first look only takes note: the cache starts empty.
 */
export function releaseMoved(seen: number | null | undefined, times: ReleaseTimes): boolean {
  if (seen === undefined) return false;
  return (times.lastReleased?.getTime() ?? null) !== seen;
}
