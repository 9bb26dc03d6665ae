import { boolean, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { ContentTranslations } from "@/lib/content/translations";
import { users } from "./auth";
import { outcomeStatus } from "./enums";
import { events } from "./events";
import { parties } from "./initiatives";

/** What the final press conference announces. The working draft lives here. */
export const outcomes = pgTable("outcomes", {
  id: uuid().primaryKey().defaultRandom(),
  eventId: uuid()
    .notNull()
    .unique()
    .references(() => events.id, { onDelete: "cascade" }),
  status: outcomeStatus().notNull().default("draft"),
  /** Scheduled publication (embargo); null publishes at once. */
  embargoUntil: timestamp({ withTimezone: true }),
  version: integer().notNull().default(1),
  /** The final press conference: when, where, and who speaks for each party (person ids). */
  pressConference: jsonb().$type<PressConference>().notNull().default({ startsAt: null, place: "", speakerIds: [] }),
  /** Photos, video, press coverage. */
  links: jsonb().$type<OutcomeLink[]>().notNull().default([]),
  /**
   * The wording of adopted recommendations as the outcome puts it: by recommendation id in the
   * event's first language, by `<id>:<language>` in the others (lib/outcomes/composition-rules.ts).
   */
  recommendationWording: jsonb().$type<Record<string, string>>().notNull().default({}),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type PressConference = { startsAt: string | null; place: string; speakerIds: string[] };
export type OutcomeLink = { label: string; url: string };
/**
 * An adopted recommendation as published: its text in `lang` (the event's first language then) and
 * its versions in the other working languages, frozen with the revision. Revisions published
 * before versions existed have neither `lang` nor `translations`.
 */
export type PublishedRecommendation = { theme: string; text: string; lang?: string; translations?: ContentTranslations<"text"> };

/** The statement in one language. */
export const outcomeStatements = pgTable(
  "outcome_statements",
  {
    id: uuid().primaryKey().defaultRandom(),
    outcomeId: uuid()
      .notNull()
      .references(() => outcomes.id, { onDelete: "cascade" }),
    language: text().notNull(),
    text: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.outcomeId, t.language)],
);

/** A head of delegation's sign-off of one language version, bound to the hash of the text signed. */
export const outcomeSignOffs = pgTable(
  "outcome_sign_offs",
  {
    id: uuid().primaryKey().defaultRandom(),
    statementId: uuid()
      .notNull()
      .references(() => outcomeStatements.id, { onDelete: "cascade" }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: "restrict" }),
    signedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    textHash: text().notNull(),
    signedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.statementId, t.partyId)],
);

/**
 * A published revision: an immutable snapshot of what the public read. Corrections add a revision;
 * nothing published is rewritten. Public pages read only from here.
 */
export const outcomeRevisions = pgTable(
  "outcome_revisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    outcomeId: uuid()
      .notNull()
      .references(() => outcomes.id, { onDelete: "cascade" }),
    revision: integer().notNull(),
    statements: jsonb().$type<{ language: string; text: string }[]>().notNull(),
    /** The adopted recommendations as published, with their wording and theme. */
    recommendations: jsonb().$type<PublishedRecommendation[]>().notNull().default([]),
    pressConference: jsonb().$type<PressConference>().notNull().default({ startsAt: null, place: "", speakerIds: [] }),
    links: jsonb().$type<OutcomeLink[]>().notNull().default([]),
    /** A public note on what a correction changed (empty for the first revision). */
    note: text().notNull().default(""),
    /** False when the organizer published before every party signed off every language version. */
    jointlySigned: boolean().notNull().default(true),
    /** Why it was published without every sign-off; shown to the public with "not jointly signed". */
    unsignedReason: text().notNull().default(""),
    /** When it becomes public. In the future: scheduled (embargo); public reads never see it before. */
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [unique().on(t.outcomeId, t.revision)],
);
