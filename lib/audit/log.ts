import "server-only";
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";

export async function audit(
  db: Executor,
  entry: { actorUserId: string | null; eventId?: string | null; action: string; entityType: string; entityId: string; details?: Record<string, unknown> },
): Promise<void> {
  await db.insert(auditLog).values({ ...entry, eventId: entry.eventId ?? null, details: entry.details ?? {} });
}
