import { boolean, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { recordStatus } from "./enums";
import { agendaItems, events } from "./events";
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
  status: recordStatus().notNull().default("draft"),
  notForPublication: boolean().notNull().default(false),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
});

/** Every save of a record is kept. */
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
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [unique().on(t.recordId, t.revision)],
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

/** A practical recommendation coming out of a session. */
export const recommendations = pgTable("recommendations", {
  id: uuid().primaryKey().defaultRandom(),
  eventId: uuid()
    .notNull()
    .references(() => events.id, { onDelete: "cascade" }),
  recordId: uuid().references(() => records.id, { onDelete: "set null" }),
  theme: text().notNull(),
  text: text().notNull(),
  adopted: boolean().notNull().default(false),
  /** Client-generated key so that a replayed save never creates a duplicate. */
  idempotencyKey: text().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
