import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "@/db/client";
import { createRequests } from "@/db/schema";

/** The key a create form carried (a fresh one per form shown), with who sent it and what it makes. */
export type CreateKey = { key: string; userId: string; kind: string };

/** Writes the key row; false when it was there already (this request is a repeat, or a stranger's key). */
async function claimKey(tx: Executor, request: CreateKey): Promise<boolean> {
  const [claimed] = await tx
    .insert(createRequests)
    .values({ key: request.key, userId: request.userId, kind: request.kind })
    .onConflictDoNothing()
    .returning({ key: createRequests.key });
  return claimed !== undefined;
}

// Someone's key: only the same user's request of the same kind counts as a repeat.
const sameRequest = (request: CreateKey) =>
  and(eq(createRequests.key, request.key), eq(createRequests.userId, request.userId), eq(createRequests.kind, request.kind));

/**
 * A create sent twice (a double click, a retry after a dropped connection, a replayed request)
 * makes one row. Call at the start of the create's transaction: the key row is written first, so
 * a second request with the same key waits on it (unique index) until the first commits, then
 * learns the id it made and answers with that instead of making another (`earlier`). A key whose
 * first use was refused has no id yet: the create goes on, and `completeCreate` records it.
 */
export async function claimCreate(tx: Executor, request: CreateKey | null): Promise<{ earlier: string | null }> {
  if (!request || (await claimKey(tx, request))) return { earlier: null };
  const [row] = await tx.select({ entityId: createRequests.entityId }).from(createRequests).where(sameRequest(request));
  return { earlier: row?.entityId ?? null };
}

/** Names the row the key made, in the same transaction. */
export async function completeCreate(tx: Executor, request: CreateKey | null, entityId: string): Promise<void> {
  if (!request) return;
  await tx.update(createRequests).set({ entityId }).where(sameRequest(request));
}

/**
 * The same for a request that makes no single row (sending invitations, an import): claimed first
 * in its transaction like a create, and a repeat gets the first one's answer back (`earlier`, read
 * through `answer`) instead of doing the work again. No answer kept (a stranger's key, or one that
 * does not read as `answer`): the request goes on.
 */
export async function claimRequest<T>(tx: Executor, request: CreateKey | null, answer: z.ZodType<T>): Promise<{ earlier: T | null }> {
  if (!request || (await claimKey(tx, request))) return { earlier: null };
  const [row] = await tx.select({ result: createRequests.result }).from(createRequests).where(sameRequest(request));
  const kept = answer.safeParse(row?.result);
  return { earlier: kept.success ? kept.data : null };
}

/** Keeps the request's answer for its repeats, in the same transaction. Counts only: see `createRequests.result`. */
export async function completeRequest<T>(tx: Executor, request: CreateKey | null, result: T): Promise<void> {
  if (!request) return;
  await tx.update(createRequests).set({ result }).where(sameRequest(request));
}
