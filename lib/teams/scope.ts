import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { initiativeOrganizers } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { rolesWith, type Capability } from "./roles";
import { isUuid } from "@/lib/uuid";

/** Whether the organizer's team role on the initiative holds the capability. */
export async function teamMayOnInitiative(viewer: OrganizerViewer, initiativeId: string, capability: Capability): Promise<boolean> {
  if (!isUuid(initiativeId)) return false;
  const db = await getDb();
  const [row] = await db
    .select({ role: initiativeOrganizers.role })
    .from(initiativeOrganizers)
    .where(
      and(
        eq(initiativeOrganizers.initiativeId, initiativeId),
        eq(initiativeOrganizers.userId, viewer.userId),
        inArray(initiativeOrganizers.role, rolesWith(capability)),
      ),
    )
    .limit(1);
  return Boolean(row);
}
