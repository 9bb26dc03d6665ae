import { sql } from "drizzle-orm";
import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { ContentTranslations } from "@/lib/content/translations";
import type { RecommendationTextField } from "@/lib/content/fields";
import { users } from "./auth";
import { recordStatus } from "./enums";
import { agendaItems, events } from "./events";
import { officials } from "./initiatives";
import { people } from "./people";

/** The record of one agenda item: minutes, key points, attendance. */
export const records = pgTable("records", {
  id: uuid().primaryKey().defaultRandom(),
  agendaItemId: uuid()
    .notNull()
    .unique()
    .references(() => agendaItems.id, { onDelete: "cascade" }),
  rapporteurUserId: uuid().references(() => users.id, { onDelete: "set null" }),
  summary: text().notNull().default(""),
  keyPoints: text().notNull().default(""),
  /** Meetings with officials: the topics raised. */
  topics: text().notNull().default(""),
  status: recordStatus().notNull().default("draft"),
  notForPublication: boolean().notNull().default(false),
  /** Bumped by every save: a save based on an older version is a conflict, never applied. */
  version: integer().notNull().default(1),
  finalizedAt: timestamp({ withTimezone: true }),
  finalizedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
});

/**
 * Every save of a record is kept, whole: the texts and, in `details`, attendance, officials,
 * speakers and recommendations as they were. `saveId` is the client's key for one save, so a
 * replayed request (a retry after a dropped connection, a double click) is answered, not applied twice.
 */
export const recordRevisions = pgTable(
  "record_revisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    recordId: uuid()
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    revision: integer().notNull(),
    summary: text().notNull(),
    keyPoints: text().notNull(),
    topics: text().notNull().default(""),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: recordStatus().notNull().default("draft"),
    /** Why an organizer reopened a final record (empty for ordinary saves). */
    note: text().notNull().default(""),
    saveId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [unique().on(t.recordId, t.revision), unique("record_revisions_save_id").on(t.recordId, t.saveId)],
);

export const recordAttendance = pgTable(
  "record_attendance",
  {
    recordId: uuid()
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.personId] })],
);

/** Meetings with officials: the officials met. */
export const recordOfficials = pgTable(
  "record_officials",
  {
    recordId: uuid()
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    officialId: uuid()
      .notNull()
      .references(() => officials.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.officialId] })],
);

/** Meetings with officials: who spoke for each delegation (the party comes from the membership). */
export const recordSpeakers = pgTable(
  "record_speakers",
  {
    recordId: uuid()
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.personId] })],
);

/** A practical recommendation coming out of a session. */
export const recommendations = pgTable("recommendations", {
  id: uuid().primaryKey().defaultRandom(),
  eventId: uuid()
    .notNull()
    .references(() => events.id, { onDelete: "cascade" }),
  recordId: uuid().references(() => records.id, { onDelete: "set null" }),
  /** One of the theme keys (lib/records/themes.ts) or a custom theme's text. */
  theme: text().notNull(),
  /** In the event's first working language; `translations` holds the other languages' versions. */
  text: text().notNull(),
  translations: jsonb().$type<ContentTranslations<RecommendationTextField>>().notNull().default({}),
  /** Order within the record. */
  position: integer().notNull().default(0),
  adopted: boolean().notNull().default(false),
  adoptedAt: timestamp({ withTimezone: true }),
  adoptedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  /**
   * The editor's key for this recommendation, the same on every save: a replayed or repeated save
   * updates the row instead of adding a duplicate. Rows made elsewhere (the seed) get a random one.
   */
  idempotencyKey: text()
    .notNull()
    .unique()
    .default(sql`gen_random_uuid()::text`),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
