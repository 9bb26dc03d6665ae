import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { recordRevisions, records, users } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer";
import { canonicalDraft, type RecordDraft, type RecordSave } from "./draft";
import { getRecordScope, type RecordScope } from "./scope";
import { loadDraft, lockRecord, scopeIds, writeLists } from "./store";

export type SaveOutcome =
  | { kind: "saved"; version: number; savedAt: Date; replayed: boolean }
  /** Someone saved since `baseVersion`: nothing was applied; here is what is saved now. */
  | { kind: "conflict"; version: number; draft: RecordDraft; savedAt: Date | null; savedBy: string | null }
  /** The record is final: only an organizer's reopening makes it editable again. */
  | { kind: "final"; version: number }
  | { kind: "notFound" };

/** What a revision keeps beside the texts. */
function revisionDetails(draft: RecordDraft) {
  const { attendance, officials, speakers, recommendations, notForPublication } = draft;
  return { attendance, officials, speakers, recommendations, notForPublication };
}

/** The recommendations' versions in the event's working languages other than its first: nothing else is kept. */
function onlyEventLanguages(draft: RecordDraft, languages: readonly string[]): RecordDraft {
  const others = languages.slice(1);
  return {
    ...draft,
    recommendations: draft.recommendations.map(({ translations, ...rec }) => {
      const kept = Object.entries(translations ?? {}).filter(([language]) => others.includes(language));
      return kept.length ? { ...rec, translations: Object.fromEntries(kept) } : rec;
    }),
  };
}

async function savedBy(tx: Tx, recordId: string) {
  const [row] = await tx
    .select({ at: records.updatedAt, name: users.name, email: users.email })
    .from(records)
    .leftJoin(users, eq(users.id, records.updatedBy))
    .where(eq(records.id, recordId));
  return { savedAt: row?.at ?? null, savedBy: row?.name ?? row?.email ?? null };
}

/**
 * One save of the editor: applied only on top of the version it was made on; a replay of a save
 * already applied (same `saveId`) is answered with its result and changes nothing. Every applied
 * save is a revision.
 */
export async function saveRecord(viewer: Viewer, itemId: string, save: RecordSave): Promise<SaveOutcome> {
  const scope = await getRecordScope(viewer, itemId);
  if (!scope) return { kind: "notFound" };
  const db = await getDb();
  return db.transaction(async (tx): Promise<SaveOutcome> => {
    const record = await lockRecord(tx, scope.itemId);
    // Assignments may have changed since the scope was read: check again under the lock.
    if (!scope.canManage && record.rapporteurUserId !== viewer.userId) return { kind: "notFound" };
    const [replay] = await tx
      .select({ revision: recordRevisions.revision, at: recordRevisions.createdAt })
      .from(recordRevisions)
      .where(and(eq(recordRevisions.recordId, record.id), eq(recordRevisions.saveId, save.saveId)));
    if (replay) return { kind: "saved", version: replay.revision, savedAt: replay.at, replayed: true };
    if (record.status === "final") return { kind: "final", version: record.version };
    if (record.version !== save.baseVersion) {
      return { kind: "conflict", version: record.version, draft: await loadDraft(tx, record.id), ...(await savedBy(tx, record.id)) };
    }
    const draft = onlyEventLanguages(canonicalDraft(await scopeIds(tx, save.draft, scope)), scope.languages);
    const version = record.version + 1;
    const now = new Date();
    await tx
      .update(records)
      .set({
        summary: draft.summary,
        keyPoints: draft.keyPoints,
        topics: draft.topics,
        notForPublication: draft.notForPublication,
        version,
        updatedAt: now,
        updatedBy: viewer.userId,
      })
      .where(eq(records.id, record.id));
    await writeLists(tx, record.id, scope.eventId, draft, scope.languages);
    await tx.insert(recordRevisions).values({
      recordId: record.id,
      revision: version,
      summary: draft.summary,
      keyPoints: draft.keyPoints,
      topics: draft.topics,
      details: revisionDetails(draft),
      status: "draft",
      saveId: save.saveId,
      createdAt: now,
      createdBy: viewer.userId,
    });
    return { kind: "saved", version, savedAt: now, replayed: false };
  });
}

export type StatusOutcome =
  { ok: true; version: number } | { ok: false; reason: "notFound" | "empty" | "changedMeanwhile" | "alreadyFinal" | "notFinal" | "reasonNeeded" };

/** Writes a revision for a change of status (the texts as they are), and the audit entry. */
async function statusRevision(tx: Tx, viewer: Viewer, scope: RecordScope, recordId: string, version: number, status: "draft" | "final", note: string) {
  const draft = await loadDraft(tx, recordId);
  await tx.insert(recordRevisions).values({
    recordId,
    revision: version,
    summary: draft.summary,
    keyPoints: draft.keyPoints,
    topics: draft.topics,
    details: revisionDetails(draft),
    status,
    note,
    createdBy: viewer.userId,
  });
  await audit(tx, {
    actorUserId: viewer.userId,
    eventId: scope.eventId,
    action: status === "final" ? "record.finalize" : "record.reopen",
    entityType: "record",
    entityId: recordId,
    details: { version, ...(note ? { reason: note } : {}) },
  });
}

/** Draft → final, by the rapporteur or an organizer, on the version they read (nothing unsaved in between). */
export async function finalizeRecord(viewer: Viewer, itemId: string, expectedVersion: number): Promise<StatusOutcome> {
  const scope = await getRecordScope(viewer, itemId);
  if (!scope) return { ok: false, reason: "notFound" };
  const db = await getDb();
  return db.transaction(async (tx): Promise<StatusOutcome> => {
    const record = await lockRecord(tx, scope.itemId);
    if (!scope.canManage && record.rapporteurUserId !== viewer.userId) return { ok: false, reason: "notFound" };
    if (record.status === "final") return { ok: false, reason: "alreadyFinal" };
    // Nothing written yet: there is no record to make final.
    if (record.version === 0) return { ok: false, reason: "empty" };
    if (record.version !== expectedVersion) return { ok: false, reason: "changedMeanwhile" };
    const version = record.version + 1;
    const now = new Date();
    await tx
      .update(records)
      .set({ status: "final", version, finalizedAt: now, finalizedBy: viewer.userId, updatedAt: now, updatedBy: viewer.userId })
      .where(eq(records.id, record.id));
    await statusRevision(tx, viewer, scope, record.id, version, "final", "");
    return { ok: true, version };
  });
}

/** Final → draft: organizers only, with the reason kept in the history and the audit log. */
export async function reopenRecord(viewer: Viewer, itemId: string, reason: string): Promise<StatusOutcome> {
  const scope = await getRecordScope(viewer, itemId);
  if (!scope?.canManage) return { ok: false, reason: "notFound" };
  const note = reason.trim();
  if (!note) return { ok: false, reason: "reasonNeeded" };
  const db = await getDb();
  return db.transaction(async (tx): Promise<StatusOutcome> => {
    const record = await lockRecord(tx, scope.itemId);
    if (record.status !== "final") return { ok: false, reason: "notFinal" };
    const version = record.version + 1;
    const now = new Date();
    await tx
      .update(records)
      .set({ status: "draft", version, finalizedAt: null, finalizedBy: null, updatedAt: now, updatedBy: viewer.userId })
      .where(eq(records.id, record.id));
    await statusRevision(tx, viewer, scope, record.id, version, "draft", note);
    return { ok: true, version };
  });
}
