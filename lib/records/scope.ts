import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { agendaItems, events, initiativeOrganizers, records } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { roleCan } from "@/lib/teams/roles";
import { isUuid } from "@/lib/uuid";

/**
 * What a viewer may do with the record of one agenda item. Team members of the event's initiative
 * whose role holds records manage every record (assign, write, finalize, reopen); the assigned rapporteur, organizer or
 * delegate, writes and finalizes their own. Anyone else gets null: the record does not exist for them.
 */
export type RecordScope = {
  itemId: string;
  itemTitle: string;
  kind: string;
  closedDoor: boolean;
  visibility: "public" | "delegates" | "organizers";
  startsAt: Date;
  endsAt: Date;
  eventId: string;
  eventTitle: string;
  /** The event's working languages, its first the language of the records' own text. */
  languages: string[];
  initiativeId: string;
  timeZone: string;
  recordId: string | null;
  status: "draft" | "final";
  version: number;
  rapporteurUserId: string | null;
  canManage: boolean;
  isRapporteur: boolean;
};

export async function getRecordScope(viewer: Viewer, itemId: string, db?: Executor): Promise<RecordScope | null> {
  if (!isUuid(itemId)) return null;
  const executor = db ?? (await getDb());
  const [row] = await executor
    .select({
      itemId: agendaItems.id,
      itemTitle: agendaItems.title,
      kind: agendaItems.kind,
      closedDoor: agendaItems.closedDoor,
      visibility: agendaItems.visibility,
      startsAt: agendaItems.startsAt,
      endsAt: agendaItems.endsAt,
      eventId: events.id,
      eventTitle: events.title,
      languages: events.languages,
      initiativeId: events.initiativeId,
      timeZone: events.timeZone,
      recordId: records.id,
      status: records.status,
      version: records.version,
      rapporteurUserId: records.rapporteurUserId,
      organizer: initiativeOrganizers.userId,
      teamRole: initiativeOrganizers.role,
    })
    .from(agendaItems)
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .leftJoin(records, eq(records.agendaItemId, agendaItems.id))
    .leftJoin(initiativeOrganizers, and(eq(initiativeOrganizers.initiativeId, events.initiativeId), eq(initiativeOrganizers.userId, viewer.userId)))
    .where(and(eq(agendaItems.id, itemId), isNull(agendaItems.deletedAt)))
    .limit(1);
  if (!row) return null;
  // Team members whose role holds records (coordinator, organizer, rapporteur) manage every record.
  const canManage = viewer.kind === "organizer" && row.organizer === viewer.userId && row.teamRole !== null && roleCan(row.teamRole, "records");
  // An organizer assigned as rapporteur writes only while still on the initiative's team.
  const isRapporteur = row.rapporteurUserId === viewer.userId && (viewer.kind !== "organizer" || row.organizer === viewer.userId);
  if (!canManage && !isRapporteur) return null;
  const { organizer: _organizer, teamRole: _role, ...facts } = row;
  return { ...facts, status: row.status ?? "draft", version: row.version ?? 0, canManage, isRapporteur };
}
