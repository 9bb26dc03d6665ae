import "server-only";
import { and, asc, desc, eq, notInArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { outcomeRevisions, outcomeStatements, outcomes } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import type { OutcomeDraftInput } from "./schema";

export async function getOutcomeForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const [outcome] = await db
    .select({ id: outcomes.id, status: outcomes.status, version: outcomes.version, updatedAt: outcomes.updatedAt })
    .from(outcomes)
    .where(eq(outcomes.eventId, event.id));
  if (!outcome) return { event, outcome: null, statements: [], revisions: [] };
  const [statements, revisions] = await Promise.all([
    db
      .select({ language: outcomeStatements.language, text: outcomeStatements.text })
      .from(outcomeStatements)
      .where(eq(outcomeStatements.outcomeId, outcome.id))
      .orderBy(asc(outcomeStatements.language)),
    db
      .select({ revision: outcomeRevisions.revision, publishedAt: outcomeRevisions.publishedAt, note: outcomeRevisions.note })
      .from(outcomeRevisions)
      .where(eq(outcomeRevisions.outcomeId, outcome.id))
      .orderBy(desc(outcomeRevisions.revision)),
  ]);
  return { event, outcome, statements, revisions };
}

/**
 * Saves the draft statement in all its language versions. `version` is the outcome version the
 * editor loaded: if someone saved in between, the save is refused and nothing is overwritten.
 * A language left empty is removed from the draft.
 */
export async function saveOutcomeDraft(
  viewer: OrganizerViewer,
  eventId: string,
  input: OutcomeDraftInput,
): Promise<WriteResult<{ version: number }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  if (input.statements.some((s) => !event.languages.includes(s.language))) return refuse("errors.invalid");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: outcomes.id, version: outcomes.version })
      .from(outcomes)
      .where(eq(outcomes.eventId, event.id))
      .for("update");
    if ((existing?.version ?? 1) !== input.version) return refuse("errors.conflict");
    const version = input.version + 1;
    let outcomeId = existing?.id;
    if (outcomeId) {
      await tx.update(outcomes).set({ version, updatedAt: new Date() }).where(eq(outcomes.id, outcomeId));
    } else {
      // Two first saves race here with no row to lock: the loser's insert finds the winner's row.
      const [created] = await tx
        .insert(outcomes)
        .values({ eventId: event.id, version })
        .onConflictDoNothing({ target: outcomes.eventId })
        .returning({ id: outcomes.id });
      if (!created) return refuse("errors.conflict");
      outcomeId = created.id;
    }
    const kept = input.statements.map((s) => s.language);
    await tx
      .delete(outcomeStatements)
      .where(and(eq(outcomeStatements.outcomeId, outcomeId), notInArray(outcomeStatements.language, kept)));
    for (const statement of input.statements) {
      await tx
        .insert(outcomeStatements)
        .values({ outcomeId, language: statement.language, text: statement.text })
        .onConflictDoUpdate({
          target: [outcomeStatements.outcomeId, outcomeStatements.language],
          set: { text: statement.text, updatedAt: new Date() },
        });
    }
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "outcome.save",
      entityType: "outcome",
      entityId: outcomeId,
      details: { languages: kept, version },
    });
    return ok({ version });
  });
}

/** Publishes the current draft as a new immutable revision; earlier revisions stay as they were. */
export async function publishOutcome(
  viewer: OrganizerViewer,
  eventId: string,
  input: { note: string; version: number },
): Promise<WriteResult<{ revision: number }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [outcome] = await tx
      .select({ id: outcomes.id, version: outcomes.version })
      .from(outcomes)
      .where(eq(outcomes.eventId, event.id))
      .for("update");
    if (!outcome) return refuse("errors.outcomeEmpty");
    if (outcome.version !== input.version) return refuse("errors.conflict");
    const statements = await tx
      .select({ language: outcomeStatements.language, text: outcomeStatements.text })
      .from(outcomeStatements)
      .where(eq(outcomeStatements.outcomeId, outcome.id))
      .orderBy(asc(outcomeStatements.language));
    if (statements.length === 0) return refuse("errors.outcomeEmpty");
    const [latest] = await tx
      .select({ revision: outcomeRevisions.revision })
      .from(outcomeRevisions)
      .where(eq(outcomeRevisions.outcomeId, outcome.id))
      .orderBy(desc(outcomeRevisions.revision))
      .limit(1);
    const revision = (latest?.revision ?? 0) + 1;
    await tx.insert(outcomeRevisions).values({ outcomeId: outcome.id, revision, statements, note: input.note, publishedBy: viewer.userId });
    await tx.update(outcomes).set({ status: "published", version: outcome.version + 1, updatedAt: new Date() }).where(eq(outcomes.id, outcome.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "outcome.publish",
      entityType: "outcome",
      entityId: outcome.id,
      details: { revision },
    });
    return ok({ revision });
  });
}

/** What the public reads: the latest published revision, never the draft. */
export async function getPublishedOutcome(eventId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      revision: outcomeRevisions.revision,
      statements: outcomeRevisions.statements,
      note: outcomeRevisions.note,
      publishedAt: outcomeRevisions.publishedAt,
    })
    .from(outcomeRevisions)
    .innerJoin(outcomes, eq(outcomes.id, outcomeRevisions.outcomeId))
    .where(eq(outcomes.eventId, eventId))
    .orderBy(desc(outcomeRevisions.revision))
    .limit(1);
  if (!row) return null;
  const [first] = await db
    .select({ publishedAt: outcomeRevisions.publishedAt })
    .from(outcomeRevisions)
    .innerJoin(outcomes, eq(outcomes.id, outcomeRevisions.outcomeId))
    .where(and(eq(outcomes.eventId, eventId), eq(outcomeRevisions.revision, 1)));
  return { ...row, firstPublishedAt: first?.publishedAt ?? row.publishedAt };
}
