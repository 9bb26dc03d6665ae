import "server-only";
import { and, asc, desc, eq, gt, inArray, lte, notInArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events, outcomeRevisions, outcomeSignOffs, outcomeStatements, outcomes } from "@/db/schema";
import { sourceLanguage } from "@/lib/content/translations";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import type { OutcomeDraftInput } from "./schema";
import { listAdoptedRecommendations, publicSpeakers } from "./composition";
import { localizeRecommendation, outcomeRecommendations } from "./composition-rules";
import { agendaPressConference, publishedPressPlace } from "./press-conference";
import { effectivePressConference, embargoChoice } from "./press-conference-rules";
import { signOffMatrixFor } from "./sign-off";
import { editedStatements, publicationTime, publishGate, statementHash } from "./sign-off-rules";

export async function getOutcomeForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
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
      .select({
        revision: outcomeRevisions.revision,
        publishedAt: outcomeRevisions.publishedAt,
        note: outcomeRevisions.note,
        jointlySigned: outcomeRevisions.jointlySigned,
        unsignedReason: outcomeRevisions.unsignedReason,
      })
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
export async function saveOutcomeDraft(viewer: OrganizerViewer, eventId: string, input: OutcomeDraftInput): Promise<WriteResult<{ version: number }>> {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return refuse("errors.notFound");
  if (input.statements.some((s) => !event.languages.includes(s.language))) return refuse("errors.invalid");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: outcomes.id, version: outcomes.version }).from(outcomes).where(eq(outcomes.eventId, event.id)).for("update");
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
    const before = await tx
      .select({ id: outcomeStatements.id, language: outcomeStatements.language, text: outcomeStatements.text })
      .from(outcomeStatements)
      .where(eq(outcomeStatements.outcomeId, outcomeId));
    // Any edit after a sign-off withdraws it: the party signed a text that no longer stands.
    const edited = editedStatements(before, input.statements);
    const withdrawn = before.filter((s) => edited.includes(s.language)).map((s) => s.id);
    if (withdrawn.length) {
      const removed = await tx.delete(outcomeSignOffs).where(inArray(outcomeSignOffs.statementId, withdrawn)).returning({ partyId: outcomeSignOffs.partyId });
      if (removed.length) {
        await audit(tx, {
          actorUserId: viewer.userId,
          eventId: event.id,
          action: "outcome.sign_off_withdrawn",
          entityType: "outcome",
          entityId: outcomeId,
          details: { languages: edited, parties: removed.map((r) => r.partyId) },
        });
      }
    }
    await tx.delete(outcomeStatements).where(and(eq(outcomeStatements.outcomeId, outcomeId), notInArray(outcomeStatements.language, kept)));
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

export type PublishInput = {
  note: string;
  version: number;
  anyway: boolean;
  reason: string;
  publishAt: Date | null;
  /** Embargo until the press conference: refused when its time has passed or is not known. */
  untilPressConference?: boolean;
};

/**
 * Publishes the current draft as a new immutable revision; earlier revisions stay as they were.
 * Only when every party signed off every language version, or "anyway" with a reason (shown
 * publicly as not jointly signed). With `publishAt` in the future the revision is scheduled: no
 * public read sees it before then. The adopted recommendations go in as they stand, and so does the
 * press conference: the agenda's press-conference item when there is one, else the outcome's own.
 */
export async function publishOutcome(
  viewer: OrganizerViewer,
  eventId: string,
  input: PublishInput,
): Promise<WriteResult<{ revision: number; scheduled: boolean }>> {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [outcome] = await tx.select({ id: outcomes.id, version: outcomes.version }).from(outcomes).where(eq(outcomes.eventId, event.id)).for("update");
    if (!outcome) return refuse("errors.outcomeEmpty");
    if (outcome.version !== input.version) return refuse("errors.conflict");
    const now = new Date();
    const [composition] = await tx
      .select({ pressConference: outcomes.pressConference, links: outcomes.links, wording: outcomes.recommendationWording })
      .from(outcomes)
      .where(eq(outcomes.id, outcome.id));
    const fromAgenda = await agendaPressConference(tx, event.id);
    const press = effectivePressConference(fromAgenda?.value ?? null, composition!.pressConference);
    let publishAt = input.publishAt;
    if (input.untilPressConference) {
      // Checked on the server too: the page may be older than the press conference's passing.
      const choice = embargoChoice(press.startsAt, now);
      if (choice.state === "unknown") return refuse("pressConferenceUnknown", "untilPressConference");
      if (choice.state === "passed") return refuse("pressConferencePassed", "untilPressConference");
      publishAt = choice.at;
    }
    const when = publicationTime(publishAt, now);
    if (!when.ok) return refuse("publishAtPast", "publishAt");
    const [scheduled] = await tx
      .select({ revision: outcomeRevisions.revision })
      .from(outcomeRevisions)
      .where(and(eq(outcomeRevisions.outcomeId, outcome.id), gt(outcomeRevisions.publishedAt, now)));
    if (scheduled) return refuse("outcomePublish.alreadyScheduled");
    // Read under the outcome's lock, in this transaction: a sign-off or an edit cannot slip in between.
    const matrix = await signOffMatrixFor(tx, event.id);
    const gate = publishGate(matrix, { requested: input.anyway, reason: input.reason });
    if (!gate.ok)
      return gate.reason === "reasonNeeded"
        ? refuse("unsignedReasonNeeded", "reason")
        : refuse(gate.reason === "nothingToPublish" ? "errors.outcomeEmpty" : "outcomePublish.notJointlySigned");
    const statements = await tx
      .select({ language: outcomeStatements.language, text: outcomeStatements.text })
      .from(outcomeStatements)
      .where(eq(outcomeStatements.outcomeId, outcome.id))
      .orderBy(asc(outcomeStatements.language));
    if (statements.length === 0) return refuse("errors.outcomeEmpty");
    const adopted = outcomeRecommendations(await listAdoptedRecommendations(tx, event.id), composition!.wording, event.languages);
    const [latest] = await tx
      .select({ revision: outcomeRevisions.revision })
      .from(outcomeRevisions)
      .where(eq(outcomeRevisions.outcomeId, outcome.id))
      .orderBy(desc(outcomeRevisions.revision))
      .limit(1);
    const revision = (latest?.revision ?? 0) + 1;
    await tx.insert(outcomeRevisions).values({
      outcomeId: outcome.id,
      revision,
      statements,
      recommendations: adopted,
      pressConference: press,
      links: composition!.links,
      note: input.note,
      jointlySigned: gate.jointlySigned,
      unsignedReason: gate.jointlySigned ? "" : input.reason.trim(),
      publishedAt: when.at,
      publishedBy: viewer.userId,
    });
    await tx
      .update(outcomes)
      .set({ status: "published", version: outcome.version + 1, updatedAt: now })
      .where(eq(outcomes.id, outcome.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: when.scheduled ? "outcome.schedule" : "outcome.publish",
      entityType: "outcome",
      entityId: outcome.id,
      details: {
        revision,
        publishAt: when.at.toISOString(),
        jointlySigned: gate.jointlySigned,
        ...(gate.jointlySigned ? {} : { reason: input.reason.trim() }),
        textHashes: Object.fromEntries(statements.map((s) => [s.language, statementHash(s.text)])),
        // What each version's sign-offs are bound to: its statement and the recommendations as it publishes them.
        signedHashes: Object.fromEntries(matrix.map((line) => [line.language, line.hash])),
      },
    });
    return ok({ revision, scheduled: when.scheduled });
  });
}

/** Calls off a scheduled publication before its time (nothing public is touched: it never was). */
export async function cancelScheduledPublication(viewer: OrganizerViewer, eventId: string): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [outcome] = await tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.eventId, event.id)).for("update");
    if (!outcome) return refuse("errors.notFound");
    const removed = await tx
      .delete(outcomeRevisions)
      .where(and(eq(outcomeRevisions.outcomeId, outcome.id), gt(outcomeRevisions.publishedAt, new Date())))
      .returning({ revision: outcomeRevisions.revision });
    if (removed.length === 0) return refuse("outcomePublish.nothingScheduled");
    const [left] = await tx.select({ revision: outcomeRevisions.revision }).from(outcomeRevisions).where(eq(outcomeRevisions.outcomeId, outcome.id)).limit(1);
    if (!left) await tx.update(outcomes).set({ status: "draft" }).where(eq(outcomes.id, outcome.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "outcome.unschedule",
      entityType: "outcome",
      entityId: outcome.id,
      details: { revision: removed[0]!.revision },
    });
    return ok(undefined);
  });
}

/**
 * What the public reads: the latest revision whose publication time has come, never the draft
 * and never a scheduled (embargoed) revision before its time. `at` is for tests. The press
 * conference is what the revision recorded (from the agenda's public press-conference item, or
 * typed), its place in `reader`'s language where the released programme has that version. The
 * adopted recommendations are in `reader`'s language where the revision has that version, else in
 * the language they were published in, marked by `shownIn`.
 */
export async function getPublishedOutcome(eventId: string, at: Date = new Date(), reader?: string) {
  const db = await getDb();
  const visible = and(eq(outcomes.eventId, eventId), lte(outcomeRevisions.publishedAt, at));
  const rows = await db
    .select({
      revision: outcomeRevisions.revision,
      statements: outcomeRevisions.statements,
      recommendations: outcomeRevisions.recommendations,
      pressConference: outcomeRevisions.pressConference,
      links: outcomeRevisions.links,
      note: outcomeRevisions.note,
      jointlySigned: outcomeRevisions.jointlySigned,
      unsignedReason: outcomeRevisions.unsignedReason,
      publishedAt: outcomeRevisions.publishedAt,
    })
    .from(outcomeRevisions)
    .innerJoin(outcomes, eq(outcomes.id, outcomeRevisions.outcomeId))
    .where(visible)
    .orderBy(desc(outcomeRevisions.revision));
  const [latest] = rows;
  if (!latest) return null;
  const [event] = await db.select({ id: events.id, languages: events.languages }).from(events).where(eq(events.id, eventId));
  const place = event ? await publishedPressPlace(db, event, latest.pressConference, reader ?? sourceLanguage(event.languages)) : null;
  // Names by today's consent: a speaker who withdrew their public listing disappears at once.
  const speakers = await publicSpeakers(eventId, latest.pressConference.speakerIds);
  const pressConference = place ? { ...latest.pressConference, place: place.place } : latest.pressConference;
  const pressPlaceShownIn = place?.shownIn;
  const first = sourceLanguage(event?.languages ?? []);
  const recommendations = latest.recommendations.map((r) => localizeRecommendation(r, reader ?? first, first));
  // Earlier versions stay readable: a correction never silently replaces what was published.
  return {
    ...latest,
    recommendations,
    pressConference,
    pressPlaceShownIn,
    speakers,
    firstPublishedAt: rows[rows.length - 1]!.publishedAt,
    earlier: rows.slice(1),
  };
}
