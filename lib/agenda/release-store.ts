// Reading the working draft as a release snapshot and storing a release. No authorization here:
// callers are the organizer's release action (after its scope check) and the demo seed.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { agendaItemOfficials, agendaItemPeople, agendaItems, agendaReleaseItems, agendaReleases } from "@/db/schema";
import { itemColumns } from "./columns";
import type { ReleaseSnapshotItem } from "./release-snapshot";

/** The current working draft of an event's agenda, as a release would freeze it. */
export async function snapshotAgenda(db: Executor, eventId: string): Promise<ReleaseSnapshotItem[]> {
  const items = await db
    .select(itemColumns)
    .from(agendaItems)
    .where(and(eq(agendaItems.eventId, eventId), isNull(agendaItems.deletedAt)))
    .orderBy(asc(agendaItems.startsAt), asc(agendaItems.id));
  if (items.length === 0) return [];
  const ids = items.map((item) => item.id);
  const [personRows, officialRows] = await Promise.all([
    db
      .select({ itemId: agendaItemPeople.agendaItemId, personId: agendaItemPeople.personId, role: agendaItemPeople.role })
      .from(agendaItemPeople)
      .where(inArray(agendaItemPeople.agendaItemId, ids))
      .orderBy(asc(agendaItemPeople.personId), asc(agendaItemPeople.role)),
    db
      .select({ itemId: agendaItemOfficials.agendaItemId, officialId: agendaItemOfficials.officialId })
      .from(agendaItemOfficials)
      .where(inArray(agendaItemOfficials.agendaItemId, ids))
      .orderBy(asc(agendaItemOfficials.officialId)),
  ]);
  return items.map((item) => ({
    ...item,
    startsAt: item.startsAt.toISOString(),
    endsAt: item.endsAt.toISOString(),
    people: personRows.filter((p) => p.itemId === item.id).map(({ personId, role }) => ({ personId, role })),
    officialIds: officialRows.filter((o) => o.itemId === item.id).map((o) => o.officialId),
  }));
}

/** Rows per insert statement: far below PostgreSQL's 65,535 bound parameters (7 per row). */
const ITEM_ROWS_PER_INSERT = 1000;

/**
 * Saves the draft as the next release: the frozen snapshot and its items one row each (what the
 * delegate's schedule reads a day of). Used by the organizer's action, the demo seed and the bench;
 * call it inside a transaction so the two never disagree.
 */
export async function insertRelease(
  tx: Executor,
  input: {
    eventId: string;
    version: number;
    note: string;
    items: ReleaseSnapshotItem[];
    releasedBy: string | null;
    /** Released over clashes: why, and how many. */
    clashOverride?: string;
    clashCount?: number;
  },
): Promise<void> {
  const [release] = await tx.insert(agendaReleases).values(input).returning({ id: agendaReleases.id });
  const rows = input.items.map((item) => ({
    releaseId: release!.id,
    itemId: item.id,
    startsAt: new Date(item.startsAt),
    endsAt: new Date(item.endsAt),
    visibility: item.visibility,
    personIds: [...new Set(item.people.map((p) => p.personId))].sort(),
    item,
  }));
  for (let start = 0; start < rows.length; start += ITEM_ROWS_PER_INSERT) {
    await tx.insert(agendaReleaseItems).values(rows.slice(start, start + ITEM_ROWS_PER_INSERT));
  }
}
