import "server-only";
import { and, asc, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  agendaItemOfficials,
  agendaItems,
  delegationMembers,
  delegations,
  events,
  officials,
  parties,
  people,
  recordRevisions,
  records,
  users,
} from "@/db/schema";
import { PARTICIPATING } from "@/lib/agenda/queries";
import type { Viewer } from "@/lib/auth/viewer";
import { isNameVisible } from "@/lib/delegations/consent";
import { EMPTY_DRAFT, type RecordDraft } from "./draft";
import { recordItemColumns } from "./item-columns";
import { findNamesInText } from "./names";
import { getRecordScope } from "./scope";
import { loadDraft } from "./store";

/** The records a viewer is the rapporteur of: "my records to write". */
export async function listMyRecords(viewer: Viewer) {
  const db = await getDb();
  return db
    .select({
      ...recordItemColumns,
      eventTitle: events.title,
      timeZone: events.timeZone,
      status: records.status,
      version: records.version,
      updatedAt: records.updatedAt,
    })
    .from(records)
    .innerJoin(agendaItems, eq(agendaItems.id, records.agendaItemId))
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .where(and(eq(records.rapporteurUserId, viewer.userId), isNull(agendaItems.deletedAt)))
    .orderBy(asc(agendaItems.startsAt));
}

export type AttendancePerson = { personId: string; name: string | null; partyId: string; partyName: string };

/**
 * Everything the editor needs. Names of the people to tick follow the viewer: organizers of the
 * event see everyone; a rapporteur who is a delegate sees names as delegates may (listing
 * consent), the others as unnamed participants of their party. Never contact data.
 */
export async function getRecordEditor(viewer: Viewer, itemId: string) {
  const scope = await getRecordScope(viewer, itemId);
  if (!scope) return null;
  const db = await getDb();
  const draft: RecordDraft = scope.recordId && scope.version > 0 ? await loadDraft(db, scope.recordId) : { ...EMPTY_DRAFT };
  if (scope.version === 0) {
    // A first record of a meeting starts with the officials the agenda names.
    const planned = await db.select({ id: agendaItemOfficials.officialId }).from(agendaItemOfficials).where(eq(agendaItemOfficials.agendaItemId, scope.itemId));
    draft.officials = planned.map((o) => o.id).sort();
  }
  const ticked = [...new Set([...draft.attendance, ...draft.speakers])];
  const [members, officialRows, meta, partyRows] = await Promise.all([
    db
      .select({ personId: people.id, nameLatin: people.nameLatin, consent: delegationMembers.consent, partyId: parties.id, partyName: parties.name })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
      .innerJoin(parties, eq(parties.id, delegations.partyId))
      .where(
        and(
          eq(delegationMembers.eventId, scope.eventId),
          ticked.length
            ? or(inArray(delegationMembers.status, [...PARTICIPATING]), inArray(delegationMembers.personId, ticked))
            : inArray(delegationMembers.status, [...PARTICIPATING]),
        ),
      )
      .orderBy(asc(parties.name), asc(people.nameLatin)),
    db
      .select({ id: officials.id, name: officials.name, position: officials.position, institution: officials.institution })
      .from(officials)
      .where(eq(officials.initiativeId, scope.initiativeId))
      .orderBy(asc(officials.name)),
    scope.recordId
      ? db
          .select({ updatedAt: records.updatedAt, updatedBy: users.name, rapporteur: records.rapporteurUserId, finalizedAt: records.finalizedAt })
          .from(records)
          .leftJoin(users, eq(users.id, records.updatedBy))
          .where(eq(records.id, scope.recordId))
      : Promise.resolve([]),
    db
      .select({ id: parties.id, name: parties.name })
      .from(parties)
      .innerJoin(events, eq(events.initiativeId, parties.initiativeId))
      .where(eq(events.id, scope.eventId))
      .orderBy(asc(parties.name)),
  ]);
  const people_: AttendancePerson[] = members.map((m) => ({
    personId: m.personId,
    name: scope.canManage || isNameVisible(m.consent, "delegate") ? m.nameLatin : null,
    partyId: m.partyId,
    partyName: m.partyName,
  }));
  return {
    scope,
    draft,
    people: people_,
    parties: partyRows,
    officials: officialRows,
    updatedAt: meta[0]?.updatedAt ?? null,
    updatedBy: meta[0]?.updatedBy ?? null,
    finalizedAt: meta[0]?.finalizedAt ?? null,
    warnings: scope.closedDoor ? await attributionWarnings(scope.eventId, draft) : [],
  };
}

export type RecordEditorData = NonNullable<Awaited<ReturnType<typeof getRecordEditor>>>;

/**
 * Closed-door items are recorded without attribution: the names of the event's people that
 * appear in the texts. Only names the writer typed come back, so no listing consent is crossed.
 */
export async function attributionWarnings(eventId: string, draft: RecordDraft): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ nameLatin: people.nameLatin, nameNative: people.nameNative })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(eq(delegationMembers.eventId, eventId));
  const names = rows.flatMap((r) => [r.nameLatin, r.nameNative]).filter(Boolean);
  const text = [
    draft.summary,
    draft.keyPoints,
    draft.topics,
    ...draft.recommendations.flatMap((r) => [r.text, ...Object.values(r.translations ?? {}).map((v) => v?.text ?? "")]),
  ].join("\n");
  return findNamesInText(text, names);
}

/** Every revision of a record, oldest first, with who saved it: the history page. */
export async function listRevisions(viewer: Viewer, itemId: string) {
  const scope = await getRecordScope(viewer, itemId);
  if (!scope) return null;
  if (!scope.recordId) return { scope, revisions: [] };
  const db = await getDb();
  const revisions = await db
    .select({
      revision: recordRevisions.revision,
      summary: recordRevisions.summary,
      keyPoints: recordRevisions.keyPoints,
      topics: recordRevisions.topics,
      details: recordRevisions.details,
      status: recordRevisions.status,
      note: recordRevisions.note,
      createdAt: recordRevisions.createdAt,
      createdBy: users.name,
    })
    .from(recordRevisions)
    .leftJoin(users, eq(users.id, recordRevisions.createdBy))
    .where(eq(recordRevisions.recordId, scope.recordId))
    .orderBy(desc(recordRevisions.revision));
  return { scope, revisions };
}

/** Whether a viewer has any record to write: the header shows "My records" only then, for delegates. */
export async function hasAssignedRecords(viewer: Viewer): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: records.id }).from(records).where(eq(records.rapporteurUserId, viewer.userId)).limit(1);
  return Boolean(row);
}
