import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { createRequests } from "@/db/schema";

/** The key a create form carried (a fresh one per form shown), with who sent it and what it makes. */
export type CreateKey = { key: string; userId: string; kind: string };

/**
 * A create sent twice (a double click, a retry after a dropped connection, a replayed request)
 * makes one row. Call at the start of the create's transaction: the key row is written first, so
 * a second request with the same key waits on it (unique index) until the first commits, then
 * learns the id it made and answers with that instead of making another (`earlier`). A key whose
 * first use was refused has no id yet: the create goes on, and `completeCreate` records it.
 */
export async function claimCreate(tx: Executor, request: CreateKey | null): Promise<{ earlier: string | null }> {
  if (!request) return { earlier: null };
  const [claimed] = await tx
    .insert(createRequests)
    .values({ key: request.key, userId: request.userId, kind: request.kind })
    .onConflictDoNothing()
    .returning({ key: createRequests.key });
  if (claimed) return { earlier: null };
  // Someone's key: only the same user's create of the same kind counts as a repeat.
  const [row] = await tx
    .select({ entityId: createRequests.entityId })
    .from(createRequests)
    .where(and(eq(createRequests.key, request.key), eq(createRequests.userId, request.userId), eq(createRequests.kind, request.kind)));
  return { earlier: row?.entityId ?? null };
}

/** Names the row the key made, in the same transaction. */
export async function completeCreate(tx: Executor, request: CreateKey | null, entityId: string): Promise<void> {
  if (!request) return;
  await tx
    .update(createRequests)
    .set({ entityId })
    .where(and(eq(createRequests.key, request.key), eq(createRequests.userId, request.userId), eq(createRequests.kind, request.kind)));
}
