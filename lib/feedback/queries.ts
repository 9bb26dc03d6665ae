import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { delegationMembers, delegations, events, feedbackResponses, feedbackSurveys, people, type FeedbackQuestion } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import { resolveAuthSecret } from "@/lib/auth/secret";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { deliverMail } from "@/lib/mail/deliver";
import { isUuid } from "@/lib/uuid";
import { aggregateResults, localizeQuestion, parseQuestions, validateAnswers, type FieldErrors, type QuestionRow } from "./rules";
import { queueSurveyMails, type SurveyMail } from "./sending";

// Who may do what with an event's feedback survey, in the data layer: the organizers whose team
// role manages the outcome ("outcomes") define, send and read it; only the event's confirmed
// delegates answer, once each. Anonymous responses keep no trace of who answered: the key that
// makes them one per delegate is an HMAC the database cannot turn back into a person.

/** The survey's settings, its defaults when none was saved yet. */
async function surveyOf(eventId: string) {
  const db = await getDb();
  const [survey] = await db
    .select({
      id: feedbackSurveys.id,
      questions: feedbackSurveys.questions,
      anonymous: feedbackSurveys.anonymous,
      sendAfterLastDay: feedbackSurveys.sendAfterLastDay,
      sentAt: feedbackSurveys.sentAt,
      version: feedbackSurveys.version,
    })
    .from(feedbackSurveys)
    .where(eq(feedbackSurveys.eventId, eventId));
  return survey ?? null;
}

async function responseCount(surveyId: string | undefined): Promise<number> {
  if (!surveyId) return 0;
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(feedbackResponses).where(eq(feedbackResponses.surveyId, surveyId));
  return row?.n ?? 0;
}

/** The organizer's form: the questions and settings (version 0 before the first save), and how many have answered. */
export async function getSurveyForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return null;
  const survey = await surveyOf(event.id);
  return {
    questions: survey?.questions ?? [],
    anonymous: survey?.anonymous ?? true,
    sendAfterLastDay: survey?.sendAfterLastDay ?? true,
    sentAt: survey?.sentAt ?? null,
    version: survey?.version ?? 0,
    responses: await responseCount(survey?.id),
  };
}

export type SurveyInput = { version: number; anonymous: boolean; sendAfterLastDay: boolean; rows: QuestionRow[] };
export type SaveRefusal = { ok: false; reason: string; fieldErrors?: FieldErrors; current?: { version: number; questions: FeedbackQuestion[] } };

/**
 * Saves the questions and settings, over the version the form was loaded with: a save in between
 * is refused with what is saved now (the form keeps what this organizer typed). Anonymity cannot
 * change once anybody has answered: they answered under the promise they were given.
 */
export async function saveSurvey(viewer: OrganizerViewer, eventId: string, input: SurveyInput): Promise<WriteResult<{ version: number }> | SaveRefusal> {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return refuse("errors.notFound");
  const parsed = parseQuestions(input.rows, () => randomBytes(4).toString("hex"), event.languages);
  if (!parsed.ok) return { ok: false, reason: "errors.form", fieldErrors: parsed.fieldErrors };
  const db = await getDb();
  return db.transaction(async (tx): Promise<WriteResult<{ version: number }> | SaveRefusal> => {
    const now = new Date();
    const [current] = await tx
      .select({ id: feedbackSurveys.id, version: feedbackSurveys.version, anonymous: feedbackSurveys.anonymous, questions: feedbackSurveys.questions })
      .from(feedbackSurveys)
      .where(eq(feedbackSurveys.eventId, event.id))
      .for("update");
    const values = { questions: parsed.value, anonymous: input.anonymous, sendAfterLastDay: input.sendAfterLastDay, updatedAt: now, updatedBy: viewer.userId };
    if (!current) {
      if (input.version !== 0) return refuse("errors.notFound");
      const [created] = await tx
        .insert(feedbackSurveys)
        .values({ eventId: event.id, ...values })
        .onConflictDoNothing()
        .returning({ id: feedbackSurveys.id });
      // Another organizer created it between our read and our insert.
      if (!created) {
        const [theirs] = await tx
          .select({ version: feedbackSurveys.version, questions: feedbackSurveys.questions })
          .from(feedbackSurveys)
          .where(eq(feedbackSurveys.eventId, event.id));
        return { ok: false, reason: "feedback.conflict", current: theirs };
      }
      await audit(tx, {
        actorUserId: viewer.userId,
        eventId: event.id,
        action: "feedback.save",
        entityType: "feedback_survey",
        entityId: created.id,
        details: { questions: parsed.value.length },
      });
      return ok({ version: 1 });
    }
    if (current.version !== input.version)
      return { ok: false, reason: "feedback.conflict", current: { version: current.version, questions: current.questions } };
    if (current.anonymous !== input.anonymous) {
      const [answered] = await tx.select({ n: count() }).from(feedbackResponses).where(eq(feedbackResponses.surveyId, current.id));
      if ((answered?.n ?? 0) > 0) return { ok: false, reason: "errors.form", fieldErrors: { anonymous: ["feedbackAnonymousLocked"] } };
    }
    await tx
      .update(feedbackSurveys)
      .set({ ...values, version: current.version + 1 })
      .where(eq(feedbackSurveys.id, current.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "feedback.save",
      entityType: "feedback_survey",
      entityId: current.id,
      details: { questions: parsed.value.length },
    });
    return ok({ version: current.version + 1 });
  });
}

/** "Send to confirmed delegates now": one mail each to those not mailed yet, in one transaction. */
export async function sendSurveyNow(viewer: OrganizerViewer, eventId: string, mail: SurveyMail): Promise<WriteResult<{ mailed: number }>> {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  const result = await db.transaction((tx) => queueSurveyMails(tx, event.id, mail, viewer.userId, new Date()));
  if (!result) return refuse("feedback.noQuestions");
  await deliverMail(db, result.outboxIds);
  return ok({ mailed: result.outboxIds.length });
}

/** The responses of an event's survey, with the name of who answered only when it is not anonymous. */
async function responsesOf(surveyId: string, anonymous: boolean) {
  const db = await getDb();
  const rows = await db
    .select({ id: feedbackResponses.id, partyId: feedbackResponses.partyId, answers: feedbackResponses.answers, memberId: feedbackResponses.memberId })
    .from(feedbackResponses)
    .where(eq(feedbackResponses.surveyId, surveyId))
    // By the random id: the order tells nothing of when (or so who) answered.
    .orderBy(asc(feedbackResponses.id));
  if (anonymous) return rows.map((r) => ({ partyId: r.partyId, answers: r.answers, name: null as string | null }));
  const memberIds = rows.map((r) => r.memberId).filter((id): id is string => id !== null);
  const names = memberIds.length
    ? await db
        .select({ memberId: delegationMembers.id, name: people.nameLatin })
        .from(delegationMembers)
        .innerJoin(people, eq(people.id, delegationMembers.personId))
        .where(inArray(delegationMembers.id, memberIds))
    : [];
  const byMember = new Map(names.map((n) => [n.memberId, n.name]));
  return rows.map((r) => ({ partyId: r.partyId, answers: r.answers, name: (r.memberId && byMember.get(r.memberId)) || null }));
}

/**
 * Results per question, in total and per party (the event's parties), under the anonymity threshold;
 * with the questions in `reader`'s language (the organizer's), else the event's first, marked.
 */
export async function getSurveyResults(viewer: OrganizerViewer, eventId: string, reader?: string) {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return null;
  const survey = await surveyOf(event.id);
  if (!survey) return { anonymous: true, results: aggregateResults([], event.parties, [], true), questions: [] };
  const responses = await responsesOf(survey.id, survey.anonymous);
  const questions = survey.questions.map((q) => localizeQuestion(q, reader ?? event.languages[0] ?? "en", event.languages));
  return { anonymous: survey.anonymous, results: aggregateResults(survey.questions, event.parties, responses, survey.anonymous), questions };
}

/**
 * For the CSV download: one row per response (party and answers; the name only when the survey
 * is not anonymous). A party whose numbers the results keep inside the total is not named on its
 * rows either. Audited like every bulk export.
 */
export async function listResponsesForExport(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return null;
  const survey = await surveyOf(event.id);
  const questions = survey?.questions ?? [];
  const anonymous = survey?.anonymous ?? true;
  const responses = survey ? await responsesOf(survey.id, anonymous) : [];
  const results = aggregateResults(questions, event.parties, responses, anonymous);
  const shown = new Map(results.parties.filter((p) => p.hiddenBecause === null).map((p) => [p.partyId, p.partyName]));
  const partyOrder = new Map(event.parties.map((p, i) => [p.id, i]));
  const rows = [...responses]
    .sort((a, b) => (partyOrder.get(a.partyId) ?? 0) - (partyOrder.get(b.partyId) ?? 0))
    .map((r) => ({ party: shown.get(r.partyId) ?? null, name: anonymous ? null : r.name, answers: questions.map((q) => r.answers[q.id] ?? null) }));
  if (survey) {
    const db = await getDb();
    await audit(db, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "feedback.export",
      entityType: "feedback_survey",
      entityId: survey.id,
      details: { rows: rows.length },
    });
  }
  return { event: { slug: event.slug, timeZone: event.timeZone }, anonymous, questions, rows };
}

/** The delegate's confirmed place at the event (their party and membership), or null. */
async function confirmedMembership(viewer: DelegateViewer, eventId: string) {
  if (!isUuid(eventId) || viewer.personIds.length === 0) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      memberId: delegationMembers.id,
      personId: delegationMembers.personId,
      partyId: delegations.partyId,
      title: events.title,
      languages: events.languages,
    })
    .from(delegationMembers)
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(events, eq(events.id, delegationMembers.eventId))
    .where(and(eq(delegationMembers.eventId, eventId), inArray(delegationMembers.personId, viewer.personIds), eq(delegationMembers.status, "confirmed")))
    .limit(1);
  return row ?? null;
}

/** One response per delegate per survey, without storing who: a keyed hash of the survey and the person. */
export function respondentKey(surveyId: string, personId: string): string {
  return createHmac("sha256", resolveAuthSecret()).update(`feedback:${surveyId}:${personId}`).digest("hex");
}

/**
 * The answer page: the open survey of an event this delegate is confirmed at, and whether they
 * answered; null otherwise. The questions in `reader`'s language, else the event's first, marked.
 */
export async function getSurveyForDelegate(viewer: DelegateViewer, eventId: string, reader?: string) {
  const member = await confirmedMembership(viewer, eventId);
  if (!member) return null;
  const survey = await surveyOf(eventId);
  if (!survey || !survey.sentAt || survey.questions.length === 0) return null;
  const db = await getDb();
  const [mine] = await db
    .select({ id: feedbackResponses.id })
    .from(feedbackResponses)
    .where(and(eq(feedbackResponses.surveyId, survey.id), eq(feedbackResponses.respondentKey, respondentKey(survey.id, member.personId))));
  const questions = survey.questions.map((q) => localizeQuestion(q, reader ?? member.languages[0] ?? "en", member.languages));
  return { eventTitle: member.title, questions, anonymous: survey.anonymous, answered: Boolean(mine) };
}

/**
 * A confirmed delegate's answers, once: the unique key refuses a second response (a second
 * submit, a double click, another device) without a trace of who answered when anonymous.
 */
export async function submitFeedback(
  viewer: DelegateViewer,
  eventId: string,
  form: Record<string, unknown>,
): Promise<WriteResult<undefined> | { ok: false; reason: string; fieldErrors: FieldErrors }> {
  const member = await confirmedMembership(viewer, eventId);
  if (!member) return refuse("errors.notFound");
  const survey = await surveyOf(eventId);
  if (!survey || !survey.sentAt || survey.questions.length === 0) return refuse("errors.notFound");
  const answers = validateAnswers(survey.questions, form);
  if (!answers.ok) return { ok: false, reason: "errors.form", fieldErrors: answers.fieldErrors };
  const db = await getDb();
  const [saved] = await db
    .insert(feedbackResponses)
    .values({
      surveyId: survey.id,
      partyId: member.partyId,
      respondentKey: respondentKey(survey.id, member.personId),
      memberId: survey.anonymous ? null : member.memberId,
      answers: answers.value,
    })
    .onConflictDoNothing()
    .returning({ id: feedbackResponses.id });
  return saved ? ok(undefined) : refuse("feedback.alreadyAnswered");
}

/** The surveys open to this delegate that they have not answered yet: their schedule links to each. */
export async function listOpenSurveysForDelegate(viewer: DelegateViewer) {
  if (viewer.personIds.length === 0) return [];
  const db = await getDb();
  const open = await db
    .select({ eventId: events.id, title: events.title, surveyId: feedbackSurveys.id, personId: delegationMembers.personId, sentAt: feedbackSurveys.sentAt })
    .from(delegationMembers)
    .innerJoin(events, eq(events.id, delegationMembers.eventId))
    .innerJoin(feedbackSurveys, eq(feedbackSurveys.eventId, events.id))
    .where(and(inArray(delegationMembers.personId, viewer.personIds), eq(delegationMembers.status, "confirmed")))
    .orderBy(asc(events.firstDay));
  const result: { eventId: string; title: string }[] = [];
  for (const row of open) {
    if (!row.sentAt) continue;
    const [answered] = await db
      .select({ id: feedbackResponses.id })
      .from(feedbackResponses)
      .where(and(eq(feedbackResponses.surveyId, row.surveyId), eq(feedbackResponses.respondentKey, respondentKey(row.surveyId, row.personId))));
    if (!answered) result.push({ eventId: row.eventId, title: row.title });
  }
  return result;
}
