import { boolean, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { events } from "./events";
import { parties } from "./initiatives";
import { delegationMembers, people } from "./people";

/**
 * One question of an event's feedback survey; `options` only for a choice. `prompt` and `options`
 * are in the event's first working language (answers keep that option's text); `translations`
 * holds the other working languages' versions, the options line for line with the first's.
 */
export type FeedbackQuestion = {
  id: string;
  kind: "rating" | "choice" | "text";
  prompt: string;
  options: string[];
  translations?: FeedbackQuestionVersions;
};
/** A question's versions by language: `{ hy: { prompt: "…", options: ["…", "…"] } }`. */
export type FeedbackQuestionVersions = { [language: string]: { prompt?: string; options?: string[] } };
/** A response's answers by question id: a rating 1–5, a chosen option, or free text. */
export type FeedbackAnswers = Record<string, number | string>;

/** The short survey sent to an event's confirmed delegates after its last day (one per event). */
export const feedbackSurveys = pgTable("feedback_surveys", {
  id: uuid().primaryKey().defaultRandom(),
  eventId: uuid()
    .notNull()
    .unique()
    .references(() => events.id, { onDelete: "cascade" }),
  questions: jsonb().$type<FeedbackQuestion[]>().notNull().default([]),
  /** Anonymous unless the organizer says otherwise; cannot change once answers exist. */
  anonymous: boolean().notNull().default(true),
  /** Sent by the job once the event's last day is over where it takes place. */
  sendAfterLastDay: boolean().notNull().default(true),
  /** When it was first sent (by hand or by the job): the survey is open from then. */
  sentAt: timestamp({ withTimezone: true }),
  /** Optimistic-concurrency counter: bumped on every save. */
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
});

/** Who was mailed the survey: one row per person, so nobody is mailed twice. Says nothing of who answered. */
export const feedbackRecipients = pgTable(
  "feedback_recipients",
  {
    id: uuid().primaryKey().defaultRandom(),
    surveyId: uuid()
      .notNull()
      .references(() => feedbackSurveys.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.surveyId, t.personId)],
);

/**
 * One delegate's answers. `respondentKey` is an HMAC of the survey and the person with the server's
 * secret: one response per delegate without storing who. `memberId` only when the survey is not anonymous.
 */
export const feedbackResponses = pgTable(
  "feedback_responses",
  {
    id: uuid().primaryKey().defaultRandom(),
    surveyId: uuid()
      .notNull()
      .references(() => feedbackSurveys.id, { onDelete: "cascade" }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: "restrict" }),
    respondentKey: text().notNull(),
    memberId: uuid().references(() => delegationMembers.id, { onDelete: "set null" }),
    answers: jsonb().$type<FeedbackAnswers>().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.surveyId, t.respondentKey)],
);
