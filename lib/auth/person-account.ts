import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { people } from "@/db/schema";
import { audit } from "@/lib/audit/log";

/**
 * Attaches one initiative's record of a person to an account, as the account owner's own act (they
 * followed a link mailed to the address, or registered from an invitation mailed to it). Only
 * while the record still carries that address, no account signs in as it yet, and the account
 * has no other record in the same initiative. Returns whether it was attached.
 */
export async function attachPersonToAccount(tx: Executor, personId: string, account: { id: string; email: string }, now: Date): Promise<boolean> {
  // Raw on purpose: a correlated subquery on the table being updated.
  const sameInitiative = sql`exists (select 1 from "people" "other" where "other"."initiative_id" = "people"."initiative_id" and "other"."user_id" = ${account.id})`;
  const attached = await tx
    .update(people)
    .set({ userId: account.id, updatedAt: now })
    .where(and(eq(people.id, personId), isNull(people.userId), eq(sql`lower(${people.email})`, account.email.toLowerCase()), sql`not ${sameInitiative}`))
    .returning({ id: people.id, initiativeId: people.initiativeId });
  if (attached.length === 0) return false;
  await audit(tx, { actorUserId: account.id, action: "person.attach_account", entityType: "person", entityId: personId, details: {} });
  return true;
}
