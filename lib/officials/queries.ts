import "server-only";
// The initiative's list of officials, on a screen of its own: list, add, edit, merge duplicates.
// Every function takes the viewer and the initiative and checks, in the WHERE clause, that the
// viewer's team role may plan in it (coordinators and organizers: those who edit the agenda), and
// that every official id (they come back from the browser) belongs to that very initiative.
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import {
  agendaItemOfficials,
  agendaItems,
  agendaReleaseItems,
  agendaReleases,
  events,
  officials,
  parties,
  recordOfficials,
  recordRevisions,
  records,
} from "@/db/schema";
import type { OfficialInput } from "@/lib/agenda/participant-schema";
import type { ReleaseSnapshotItem } from "@/lib/agenda/release-snapshot";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { OFFICIAL_TEXT_FIELDS } from "@/lib/content/fields";
import { sharedTranslationsFromInput, translationFormValues } from "@/lib/content/translation-form";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { getInitiativeForOrganizer } from "@/lib/initiatives/queries";
import { isUuid } from "@/lib/uuid";
import { mergedOfficialIds, mergedTranslations, officialFingerprint } from "./rules";
import type { MergeOfficialsInput, OfficialEditInput } from "./schema";

export type OfficialRow = {
  id: string;
  name: string;
  /** As written (the source text), for the edit form. */
  position: string;
  /** In the reader's language where a version exists, else as written. */
  positionShown: string;
  /** The language `positionShown` is in when it is a version; undefined for the text as written. */
  positionLang?: string;
  institution: string;
  partyId: string | null;
  partyName: string | null;
  /** Live agenda items (meetings) that name this official, across the initiative's events. */
  meetings: number;
  /** The versions as form values (`position_hy`). */
  versions: Record<string, string>;
  /** What the edit form carries back: a save over a changed official is refused. */
  fingerprint: string;
};

/** The initiative and its officials, by name, for someone who may plan in it; else null. */
export async function listInitiativeOfficials(viewer: OrganizerViewer, initiativeId: string, reader: string) {
  const initiative = await getInitiativeForOrganizer(viewer, initiativeId);
  if (!initiative) return null;
  const db = await getDb();
  const [rows, meetingRows] = await Promise.all([
    db
      .select({
        id: officials.id,
        name: officials.name,
        position: officials.position,
        institution: officials.institution,
        partyId: officials.partyId,
        partyName: parties.name,
        translations: officials.translations,
      })
      .from(officials)
      .leftJoin(parties, eq(parties.id, officials.partyId))
      .where(eq(officials.initiativeId, initiative.id))
      .orderBy(asc(officials.name), asc(officials.institution), asc(officials.id)),
    db
      .select({ officialId: agendaItemOfficials.officialId, meetings: count() })
      .from(agendaItemOfficials)
      .innerJoin(officials, eq(officials.id, agendaItemOfficials.officialId))
      .innerJoin(agendaItems, eq(agendaItems.id, agendaItemOfficials.agendaItemId))
      .where(and(eq(officials.initiativeId, initiative.id), isNull(agendaItems.deletedAt)))
      .groupBy(agendaItemOfficials.officialId),
  ]);
  const meetings = new Map(meetingRows.map((row) => [row.officialId, row.meetings]));
  const list: OfficialRow[] = rows.map(({ translations, ...row }) => {
    const version = translations?.[reader]?.position?.trim();
    return {
      ...row,
      positionShown: version || row.position,
      positionLang: version ? reader : undefined,
      meetings: meetings.get(row.id) ?? 0,
      versions: translationFormValues(translations),
      fingerprint: officialFingerprint({ ...row, translations }),
    };
  });
  return { initiative, officials: list };
}

/** A new official of the initiative, in no meeting yet. */
export async function createInitiativeOfficial(viewer: OrganizerViewer, initiativeId: string, input: OfficialInput): Promise<WriteResult<{ id: string }>> {
  const initiative = await getInitiativeForOrganizer(viewer, initiativeId);
  if (!initiative) return refuse("errors.notFound");
  if (input.partyId && !initiative.parties.some((p) => p.id === input.partyId)) return refuse("unknownParty", "partyId");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [official] = await tx
      .insert(officials)
      .values({
        initiativeId: initiative.id,
        name: input.name,
        position: input.position,
        institution: input.institution,
        partyId: input.partyId || null,
        translations: sharedTranslationsFromInput(input, OFFICIAL_TEXT_FIELDS),
      })
      .returning({ id: officials.id });
    await audit(tx, { actorUserId: viewer.userId, action: "official.create", entityType: "official", entityId: official!.id });
    return ok({ id: official!.id });
  });
}

/**
 * An edit of every field. `seen` is the official as the form read it: when it no longer reads so
 * (a colleague saved, or merged it away), nothing is written and the editor is told.
 */
export async function updateInitiativeOfficial(
  viewer: OrganizerViewer,
  initiativeId: string,
  officialId: string,
  input: OfficialEditInput,
): Promise<WriteResult<undefined>> {
  const initiative = await getInitiativeForOrganizer(viewer, initiativeId);
  if (!initiative || !isUuid(officialId)) return refuse("errors.notFound");
  if (input.partyId && !initiative.parties.some((p) => p.id === input.partyId)) return refuse("unknownParty", "partyId");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        name: officials.name,
        position: officials.position,
        institution: officials.institution,
        partyId: officials.partyId,
        translations: officials.translations,
      })
      .from(officials)
      .where(and(eq(officials.id, officialId), eq(officials.initiativeId, initiative.id)))
      .for("update");
    if (!current) return refuse("officials.gone");
    if (officialFingerprint(current) !== input.seen) return refuse("officials.changedMeanwhile");
    const next = {
      name: input.name,
      position: input.position,
      institution: input.institution,
      partyId: input.partyId || null,
      translations: sharedTranslationsFromInput(input, OFFICIAL_TEXT_FIELDS),
    };
    await tx
      .update(officials)
      .set(next)
      .where(and(eq(officials.id, officialId), eq(officials.initiativeId, initiative.id)));
    await audit(tx, {
      actorUserId: viewer.userId,
      action: "official.update",
      entityType: "official",
      entityId: officialId,
      details: { fields: (["name", "position", "institution", "partyId"] as const).filter((field) => next[field] !== current[field]) },
    });
    return ok(undefined);
  });
}

/**
 * Merges duplicates of one person into the record kept, in one transaction: every link of an
 * agenda item or a record moves to the kept official (an item or record that named both keeps one
 * link), the lists frozen in released agendas and record revisions name the kept one instead, the
 * kept record takes versions of the position only a duplicate had, and the duplicates are deleted.
 * Every id must be an official of this initiative, else nothing at all is done.
 */
export async function mergeInitiativeOfficials(
  viewer: OrganizerViewer,
  initiativeId: string,
  input: MergeOfficialsInput,
): Promise<WriteResult<{ kept: string; merged: string[] }>> {
  const initiative = await getInitiativeForOrganizer(viewer, initiativeId);
  if (!initiative) return refuse("errors.notFound");
  const mergeIds = [...new Set(input.mergeIds)].filter((id) => id !== input.keepId);
  const all = [input.keepId, ...mergeIds];
  if (mergeIds.length === 0) return refuse("chooseDuplicates", "mergeIds");
  if (!all.every(isUuid)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Locked, so a concurrent edit or merge of the same officials waits for this one and then finds them gone.
    const found = await tx
      .select({ id: officials.id, name: officials.name, partyId: officials.partyId, translations: officials.translations })
      .from(officials)
      .where(and(inArray(officials.id, all), eq(officials.initiativeId, initiative.id)))
      .orderBy(asc(officials.id))
      .for("update");
    if (found.length !== all.length) return refuse("officials.mergeGone");
    const kept = found.find((o) => o.id === input.keepId)!;
    const duplicates = mergeIds.map((id) => found.find((o) => o.id === id)!);

    await moveLinks(tx, input.keepId, mergeIds);
    await rewriteSnapshots(tx, initiative.id, input.keepId, mergeIds);

    await tx
      .update(officials)
      .set({
        translations: mergedTranslations(
          kept.translations,
          duplicates.map((d) => d.translations),
        ),
        partyId: kept.partyId ?? duplicates.find((d) => d.partyId)?.partyId ?? null,
      })
      .where(eq(officials.id, kept.id));
    await tx.delete(officials).where(and(inArray(officials.id, mergeIds), eq(officials.initiativeId, initiative.id)));
    await audit(tx, {
      actorUserId: viewer.userId,
      action: "official.merge",
      entityType: "official",
      entityId: kept.id,
      details: { merged: duplicates.map((d) => ({ id: d.id, name: d.name })) },
    });
    return ok({ kept: kept.name, merged: duplicates.map((d) => d.name) });
  });
}

/** The live links (agenda items, records) of the duplicates, moved to the kept official without duplicate rows. */
async function moveLinks(tx: Executor, keepId: string, mergeIds: string[]) {
  const itemLinks = await tx
    .select({ itemId: agendaItemOfficials.agendaItemId })
    .from(agendaItemOfficials)
    .where(inArray(agendaItemOfficials.officialId, mergeIds));
  if (itemLinks.length > 0)
    await tx
      .insert(agendaItemOfficials)
      .values([...new Set(itemLinks.map((l) => l.itemId))].map((agendaItemId) => ({ agendaItemId, officialId: keepId })))
      .onConflictDoNothing();
  await tx.delete(agendaItemOfficials).where(inArray(agendaItemOfficials.officialId, mergeIds));

  const recordLinks = await tx.select({ recordId: recordOfficials.recordId }).from(recordOfficials).where(inArray(recordOfficials.officialId, mergeIds));
  if (recordLinks.length > 0)
    await tx
      .insert(recordOfficials)
      .values([...new Set(recordLinks.map((l) => l.recordId))].map((recordId) => ({ recordId, officialId: keepId })))
      .onConflictDoNothing();
  await tx.delete(recordOfficials).where(inArray(recordOfficials.officialId, mergeIds));
}

/** Text that names any of the ids somewhere in a JSON column: which frozen snapshots to read. */
function mentionsAny(column: typeof agendaReleases.items | typeof agendaReleaseItems.item | typeof recordRevisions.details, ids: string[]) {
  return sql`${column}::text like any (array[${sql.join(
    ids.map((id) => sql`${`%${id}%`}`),
    sql`, `,
  )}])`;
}

/**
 * Released agendas and record revisions keep official ids in JSON: rewritten to name the kept
 * official, so the released programme and a record's history still name the person (a deleted id
 * would name nobody), and a release compares equal to an unchanged draft.
 */
async function rewriteSnapshots(tx: Executor, initiativeId: string, keepId: string, mergeIds: string[]) {
  const eventIds = tx.select({ id: events.id }).from(events).where(eq(events.initiativeId, initiativeId));
  const rewriteItem = (item: ReleaseSnapshotItem): ReleaseSnapshotItem => {
    const ids = mergedOfficialIds(item.officialIds ?? [], keepId, mergeIds);
    return ids ? { ...item, officialIds: ids } : item;
  };

  const releases = await tx
    .select({ id: agendaReleases.id, items: agendaReleases.items })
    .from(agendaReleases)
    .where(and(inArray(agendaReleases.eventId, eventIds), mentionsAny(agendaReleases.items, mergeIds)));
  for (const release of releases) {
    await tx
      .update(agendaReleases)
      .set({ items: release.items.map(rewriteItem) })
      .where(eq(agendaReleases.id, release.id));
  }
  const releaseItems = await tx
    .select({ releaseId: agendaReleaseItems.releaseId, itemId: agendaReleaseItems.itemId, item: agendaReleaseItems.item })
    .from(agendaReleaseItems)
    .innerJoin(agendaReleases, eq(agendaReleases.id, agendaReleaseItems.releaseId))
    .where(and(inArray(agendaReleases.eventId, eventIds), mentionsAny(agendaReleaseItems.item, mergeIds)));
  for (const row of releaseItems) {
    await tx
      .update(agendaReleaseItems)
      .set({ item: rewriteItem(row.item) })
      .where(and(eq(agendaReleaseItems.releaseId, row.releaseId), eq(agendaReleaseItems.itemId, row.itemId)));
  }

  const revisions = await tx
    .select({ id: recordRevisions.id, details: recordRevisions.details })
    .from(recordRevisions)
    .innerJoin(records, eq(records.id, recordRevisions.recordId))
    .innerJoin(agendaItems, eq(agendaItems.id, records.agendaItemId))
    .where(and(inArray(agendaItems.eventId, eventIds), mentionsAny(recordRevisions.details, mergeIds)));
  for (const revision of revisions) {
    const listed = revision.details.officials;
    const ids = Array.isArray(listed)
      ? mergedOfficialIds(
          listed.filter((id): id is string => typeof id === "string"),
          keepId,
          mergeIds,
        )
      : null;
    if (!ids) continue;
    await tx
      .update(recordRevisions)
      .set({ details: { ...revision.details, officials: ids } })
      .where(eq(recordRevisions.id, revision.id));
  }
}
