import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { initiativeOrganizers, initiatives, parties } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { ok, type WriteResult } from "@/lib/forms/action-state";
import { slugify } from "@/lib/slug";
import { rolesWith } from "@/lib/teams/roles";
import { uniqueSlug } from "@/lib/unique-slug";
import { isUuid } from "@/lib/uuid";
import type { InitiativeInput } from "./schema";

/** Initiatives this organizer runs, with their parties ordered by name (no side is listed first by accident). */
export async function listInitiativesForOrganizer(viewer: OrganizerViewer) {
  const db = await getDb();
  const rows = await db
    .select({ id: initiatives.id, name: initiatives.name, slug: initiatives.slug, teamRole: initiativeOrganizers.role })
    .from(initiatives)
    .innerJoin(initiativeOrganizers, eq(initiativeOrganizers.initiativeId, initiatives.id))
    .where(eq(initiativeOrganizers.userId, viewer.userId))
    .orderBy(asc(initiatives.name));
  if (rows.length === 0) return [];
  const partyRows = await db
    .select({ id: parties.id, name: parties.name, initiativeId: parties.initiativeId })
    .from(parties)
    .where(
      inArray(
        parties.initiativeId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(parties.name));
  return rows.map((row) => ({ ...row, parties: partyRows.filter((p) => p.initiativeId === row.id) }));
}

/** The initiative if the viewer's team role lets them plan in it (create events), else null. */
export async function getInitiativeForOrganizer(viewer: OrganizerViewer, initiativeId: string) {
  if (!isUuid(initiativeId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: initiatives.id, name: initiatives.name, slug: initiatives.slug })
    .from(initiatives)
    .innerJoin(initiativeOrganizers, eq(initiativeOrganizers.initiativeId, initiatives.id))
    .where(and(eq(initiatives.id, initiativeId), eq(initiativeOrganizers.userId, viewer.userId), inArray(initiativeOrganizers.role, rolesWith("plan"))))
    .limit(1);
  if (!row) return null;
  const partyRows = await db
    .select({ id: parties.id, name: parties.name })
    .from(parties)
    .where(eq(parties.initiativeId, initiativeId))
    .orderBy(asc(parties.name));
  return { ...row, parties: partyRows };
}

export async function createInitiative(viewer: OrganizerViewer, input: InitiativeInput): Promise<WriteResult<{ id: string }>> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const slug = await uniqueSlug(tx, initiatives, initiatives.slug, slugify(input.name));
    const [created] = await tx.insert(initiatives).values({ slug, name: input.name, description: input.description }).returning({ id: initiatives.id });
    const id = created!.id;
    await tx.insert(parties).values(input.parties.map((name, index) => ({ initiativeId: id, name, position: index + 1 })));
    // Whoever creates an initiative coordinates its team.
    await tx.insert(initiativeOrganizers).values({ initiativeId: id, userId: viewer.userId, role: "coordinator" });
    await audit(tx, { actorUserId: viewer.userId, action: "initiative.create", entityType: "initiative", entityId: id });
    return ok({ id });
  });
}
