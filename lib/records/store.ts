import "server-only";
import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import type { Executor, Tx } from "@/db/client";
import { delegationMembers, officials, recommendations, recordAttendance, recordOfficials, recordSpeakers, records } from "@/db/schema";
import { RECOMMENDATION_TEXT_FIELDS } from "@/lib/content/fields";
import { cleanTranslations } from "@/lib/content/translations";
import { canonicalDraft, type RecordDraft } from "./draft";

/** The record's row, locked for this transaction; made (empty, version 0) when the item has none yet. */
export async function lockRecord(tx: Tx, itemId: string) {
  await tx.insert(records).values({ agendaItemId: itemId, version: 0 }).onConflictDoNothing({ target: records.agendaItemId });
  const [row] = await tx
    .select({ id: records.id, version: records.version, status: records.status, rapporteurUserId: records.rapporteurUserId })
    .from(records)
    .where(eq(records.agendaItemId, itemId))
    .for("update");
  if (!row) throw new Error("lockRecord: the record row vanished");
  return row;
}

/** The record as it is saved now, in the editor's shape. */
export async function loadDraft(db: Executor, recordId: string): Promise<RecordDraft> {
  const [[record], attendance, met, speakers, recs] = await Promise.all([
    db
      .select({ summary: records.summary, keyPoints: records.keyPoints, topics: records.topics, notForPublication: records.notForPublication })
      .from(records)
      .where(eq(records.id, recordId)),
    db.select({ id: recordAttendance.personId }).from(recordAttendance).where(eq(recordAttendance.recordId, recordId)),
    db.select({ id: recordOfficials.officialId }).from(recordOfficials).where(eq(recordOfficials.recordId, recordId)),
    db.select({ id: recordSpeakers.personId }).from(recordSpeakers).where(eq(recordSpeakers.recordId, recordId)),
    db
      .select({
        key: recommendations.idempotencyKey,
        theme: recommendations.theme,
        text: recommendations.text,
        translations: recommendations.translations,
      })
      .from(recommendations)
      .where(eq(recommendations.recordId, recordId))
      .orderBy(asc(recommendations.position), asc(recommendations.createdAt)),
  ]);
  if (!record) throw new Error("loadDraft: no such record");
  return canonicalDraft({
    ...record,
    attendance: attendance.map((r) => r.id),
    officials: met.map((r) => r.id),
    speakers: speakers.map((r) => r.id),
    recommendations: recs,
  });
}

/**
 * Keeps only ids that belong here: people who are members of this event's delegations, officials
 * of this initiative. An id from elsewhere is dropped rather than refused, so that one stale tick
 * (a person removed meanwhile) never stops the autosave of an hour's text.
 */
export async function scopeIds(tx: Tx, draft: RecordDraft, scope: { eventId: string; initiativeId: string }): Promise<RecordDraft> {
  const personIds = [...new Set([...draft.attendance, ...draft.speakers])];
  const [members, known] = await Promise.all([
    personIds.length
      ? tx
          .select({ id: delegationMembers.personId })
          .from(delegationMembers)
          .where(and(eq(delegationMembers.eventId, scope.eventId), inArray(delegationMembers.personId, personIds)))
      : Promise.resolve([]),
    draft.officials.length
      ? tx
          .select({ id: officials.id })
          .from(officials)
          .where(and(eq(officials.initiativeId, scope.initiativeId), inArray(officials.id, draft.officials)))
      : Promise.resolve([]),
  ]);
  const people = new Set(members.map((m) => m.id));
  const met = new Set(known.map((o) => o.id));
  return {
    ...draft,
    attendance: draft.attendance.filter((id) => people.has(id)),
    speakers: draft.speakers.filter((id) => people.has(id)),
    officials: draft.officials.filter((id) => met.has(id)),
  };
}

/**
 * Writes the draft's lists: attendance, officials, speakers, and recommendations by their keys,
 * each with its versions in the event's other working languages (`languages`, the first one being
 * the language of its own text).
 */
export async function writeLists(tx: Tx, recordId: string, eventId: string, draft: RecordDraft, languages: readonly string[]): Promise<void> {
  await tx.delete(recordAttendance).where(eq(recordAttendance.recordId, recordId));
  if (draft.attendance.length) await tx.insert(recordAttendance).values(draft.attendance.map((personId) => ({ recordId, personId })));
  await tx.delete(recordOfficials).where(eq(recordOfficials.recordId, recordId));
  if (draft.officials.length) await tx.insert(recordOfficials).values(draft.officials.map((officialId) => ({ recordId, officialId })));
  await tx.delete(recordSpeakers).where(eq(recordSpeakers.recordId, recordId));
  if (draft.speakers.length) await tx.insert(recordSpeakers).values(draft.speakers.map((personId) => ({ recordId, personId })));

  // A recommendation still being typed (no text yet) stays in the editor and the revision, not on the board.
  const kept = draft.recommendations.filter((r) => r.text.trim() !== "");
  const keys = kept.map((r) => r.key);
  await tx
    .delete(recommendations)
    .where(and(eq(recommendations.recordId, recordId), keys.length ? notInArray(recommendations.idempotencyKey, keys) : undefined));
  const now = new Date();
  for (const [position, rec] of kept.entries()) {
    const translations = cleanTranslations(rec.translations, RECOMMENDATION_TEXT_FIELDS, languages);
    await tx
      .insert(recommendations)
      .values({ eventId, recordId, theme: rec.theme, text: rec.text.trim(), translations, position, idempotencyKey: rec.key })
      .onConflictDoUpdate({
        target: recommendations.idempotencyKey,
        set: { theme: rec.theme, text: rec.text.trim(), translations, position, updatedAt: now },
        // A key is this record's own: a key that names another record's row changes nothing there.
        setWhere: eq(recommendations.recordId, recordId),
      });
  }
}
