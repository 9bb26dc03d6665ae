import "server-only";
import { and, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { delegationMembers } from "@/db/schema";
import type { DelegateViewer } from "@/lib/auth/viewer";

/**
 * Remembers that this delegate has now seen release `version` of the event: the next visit marks
 * only what changed after it. Only ever moves forward, and only on the viewer's own membership.
 */
export async function markReleaseSeen(viewer: DelegateViewer, memberId: string, version: number): Promise<void> {
  if (viewer.personIds.length === 0) return;
  const db = await getDb();
  await db
    .update(delegationMembers)
    .set({ lastSeenReleaseVersion: version })
    .where(
      and(
        eq(delegationMembers.id, memberId),
        inArray(delegationMembers.personId, viewer.personIds),
        or(isNull(delegationMembers.lastSeenReleaseVersion), lt(delegationMembers.lastSeenReleaseVersion, version)),
      ),
    );
}
