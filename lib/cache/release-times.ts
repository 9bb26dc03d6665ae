import { asc, gt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { outcomeRevisions } from "@/db/schema";

/** Every publication still under embargo (the database's clock), soonest first, each time once. */
export async function upcomingReleaseTimes(db: Executor): Promise<Date[]> {
  const rows = await db
    .selectDistinct({ at: outcomeRevisions.publishedAt })
    .from(outcomeRevisions)
    .where(gt(outcomeRevisions.publishedAt, sql`now()`))
    .orderBy(asc(outcomeRevisions.publishedAt));
  return rows.map((row) => row.at);
}
