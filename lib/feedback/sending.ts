// Sending an event's feedback survey to its confirmed delegates: by the organizer's "send now" and
// by the job once the last day is over (lib/jobs/feedback-survey.ts). No "server-only" here: the job
// queue runs it outside any request. Takes the database and the clock so tests can move time.
import { and, eq, isNull, ne } from "drizzle-orm";
import { createTranslator, hasLocale } from "next-intl";
import type { Db, Tx } from "@/db/client";
import { delegationMembers, events, feedbackRecipients, feedbackSurveys, people, users } from "@/db/schema";
import { loadMessages } from "@/i18n/messages";
import { routing, type Locale } from "@/i18n/routing";
import { audit } from "@/lib/audit/log";
import { firstSignInLink, firstSignInUrl } from "@/lib/auth/first-sign-in-link";
import { deliverMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { surveyDue } from "./rules";

export type SurveyMail = { locale: Locale; origin: string };

/** The answer page of an event's survey, as mailed. */
export const answerPagePath = (locale: string, eventId: string) => `/${locale}/feedback/${eventId}`;

/**
 * How long the sign-in link in a survey mail works (once), for a delegate who has no account yet.
 * Surveys are answered over the week after the event, so longer than a sign-off request's 72
 * hours, and no longer than an invitation (whose page the organizers can resend): the account it
 * opens holds only this person's own data.
 */
export const SURVEY_LINK_DAYS = 7;

/**
 * Inside the caller's transaction: mails the survey to every confirmed delegate of the event not
 * mailed it before (one mark per person, so never twice, whoever sends and however often), and
 * marks the survey sent. The survey row is locked first: two senders at once queue one mail each.
 * Returns the outbox ids (to deliver after commit), or null when the survey has no questions.
 */
export async function queueSurveyMails(
  tx: Tx,
  eventId: string,
  mail: SurveyMail,
  actorUserId: string | null,
  now: Date,
  only: { unsent: boolean } = { unsent: false },
): Promise<{ outboxIds: string[] } | null> {
  const [survey] = await tx
    .select({ id: feedbackSurveys.id, questions: feedbackSurveys.questions, sentAt: feedbackSurveys.sentAt, anonymous: feedbackSurveys.anonymous })
    .from(feedbackSurveys)
    .where(eq(feedbackSurveys.eventId, eventId))
    .for("update");
  if (!survey || survey.questions.length === 0) return null;
  // The job sends a survey once: another server (or the organizer) got there first.
  if (only.unsent && survey.sentAt) return { outboxIds: [] };
  const [event] = await tx.select({ title: events.title }).from(events).where(eq(events.id, eventId));
  if (!event) return null;
  const delegates = await tx
    .select({ personId: people.id, name: people.nameLatin, personEmail: people.email, accountEmail: users.email })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .leftJoin(users, eq(users.id, people.userId))
    .where(and(eq(delegationMembers.eventId, eventId), eq(delegationMembers.status, "confirmed")));
  const messages = await loadMessages(mail.locale);
  const tr = createTranslator({ locale: mail.locale, messages }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const answerPage = answerPagePath(mail.locale, eventId);
  const plainLink = `${mail.origin.replace(/\/+$/, "")}${answerPage}`;
  const outboxIds: string[] = [];
  let firstSignInLinks = 0;
  for (const delegate of delegates) {
    const to = delegate.accountEmail ?? delegate.personEmail;
    if (!to) continue;
    // The mark is the guard: a person already marked (by an earlier or a concurrent send) is skipped.
    const [marked] = await tx
      .insert(feedbackRecipients)
      .values({ surveyId: survey.id, personId: delegate.personId, sentAt: now })
      .onConflictDoNothing()
      .returning({ id: feedbackRecipients.id });
    if (!marked) continue;
    // No account yet: the mail carries a one-time link that signs them in and opens the survey
    // (without it, they would meet a sign-in page and have to ask for a link first).
    const access = delegate.accountEmail
      ? null
      : await firstSignInLink(tx, { personId: delegate.personId, email: to, name: delegate.name }, now, SURVEY_LINK_DAYS * 24);
    if (access) firstSignInLinks += 1;
    const link = access ? firstSignInUrl(mail.origin, mail.locale, access.token, answerPage) : plainLink;
    const body = tr(survey.anonymous ? "feedbackMail.bodyAnonymous" : "feedbackMail.bodyNamed", { name: delegate.name, event: event.title, link });
    outboxIds.push(
      await enqueueMail(tx, {
        eventId,
        createdByUserId: actorUserId,
        kind: "feedback-survey",
        to,
        subject: tr("feedbackMail.subject", { event: event.title }),
        body: access ? `${body}\n\n${tr("feedbackMail.firstSignIn", { days: SURVEY_LINK_DAYS })}` : body,
      }),
    );
  }
  await tx
    .update(feedbackSurveys)
    .set({ sentAt: survey.sentAt ?? now })
    .where(eq(feedbackSurveys.id, survey.id));
  await audit(tx, {
    actorUserId,
    eventId,
    action: "feedback.send",
    entityType: "feedback_survey",
    entityId: survey.id,
    details: { mailed: outboxIds.length, automatic: actorUserId === null, firstSignInLinks },
  });
  return { outboxIds };
}

/** The language a mail sent by the job is written in: the event's first working language where the app speaks it. */
function mailLocale(languages: string[]): Locale {
  const first = languages[0] ?? "";
  return hasLocale(routing.locales, first) ? first : routing.defaultLocale;
}

/**
 * The job: sends every survey set to go out by itself whose event (not a draft) has its last day
 * over (in the event's zone) and that was never sent. Safe on every server at once: each survey is locked and
 * re-checked in its own transaction. Returns how many surveys it sent.
 */
export async function sendDueSurveys(db: Db, now: Date, origin: string): Promise<number> {
  const waiting = await db
    .select({ eventId: events.id, lastDay: events.lastDay, timeZone: events.timeZone, languages: events.languages })
    .from(feedbackSurveys)
    .innerJoin(events, eq(events.id, feedbackSurveys.eventId))
    // A draft event never took place: nobody is asked about it.
    .where(and(eq(feedbackSurveys.sendAfterLastDay, true), isNull(feedbackSurveys.sentAt), ne(events.status, "draft")));
  let sent = 0;
  for (const event of waiting) {
    if (!surveyDue(event, now)) continue;
    const result = await db.transaction((tx) =>
      queueSurveyMails(tx, event.eventId, { locale: mailLocale(event.languages), origin }, null, now, { unsent: true }),
    );
    if (!result || result.outboxIds.length === 0) continue;
    sent += 1;
    await deliverMail(db, result.outboxIds);
  }
  return sent;
}
