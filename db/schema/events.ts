import { sql } from "drizzle-orm";
import { boolean, check, date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { AgendaTextField, EventTextField } from "@/lib/content/fields";
import type { ContentTranslations } from "@/lib/content/translations";
import { agendaItemKind, agendaRole, eventStatus, visibility } from "./enums";
import { initiatives, officials, parties } from "./initiatives";
import { people } from "./people";

/** One round table. Days are calendar dates in the event's IANA time zone. */
export const events = pgTable(
  "events",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "restrict" }),
    slug: text().notNull().unique(),
    title: text().notNull(),
    format: text().notNull(),
    hostPartyId: uuid().notNull(),
    venueName: text().notNull(),
    city: text().notNull(),
    country: text().notNull(),
    timeZone: text().notNull(),
    firstDay: date({ mode: "string" }).notNull(),
    lastDay: date({ mode: "string" }).notNull(),
    languages: text().array().notNull(),
    /** Title, venue and city in the event's other working languages (the columns hold the first's). */
    translations: jsonb().$type<ContentTranslations<EventTextField>>().notNull().default({}),
    status: eventStatus().notNull().default("draft"),
    /** Whether registration asks for travel-document details (for the border crossing). Off unless needed. */
    collectTravelDocuments: boolean().notNull().default(false),
    /** Travel-document details are deleted this many days after the event's last day. */
    travelDocumentRetentionDays: integer().notNull().default(30),
    /** Optimistic-concurrency counter: bumped on every update. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("events_days_ordered", sql`${t.lastDay} >= ${t.firstDay}`),
    check("events_has_language", sql`cardinality(${t.languages}) > 0`),
    check("events_travel_document_retention_range", sql`${t.travelDocumentRetentionDays} >= 0 AND ${t.travelDocumentRetentionDays} <= 365`),
    // The host party must belong to the event's own initiative.
    foreignKey({ columns: [t.hostPartyId, t.initiativeId], foreignColumns: [parties.id, parties.initiativeId] }),
    unique().on(t.id, t.initiativeId),
  ],
);

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    kind: agendaItemKind().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    place: text().notNull().default(""),
    /** Title, description and place in the event's other working languages (the columns hold the first's). */
    translations: jsonb().$type<ContentTranslations<AgendaTextField>>().notNull().default({}),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    visibility: visibility().notNull().default("delegates"),
    /** Chatham House: recorded without attribution, shown to the public without participants. */
    closedDoor: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set when deleted: the organizer can undo for a short while; every reader ignores such items. */
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [check("agenda_items_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`)],
);

/** Moderators and speakers of an agenda item. */
export const agendaItemPeople = pgTable(
  "agenda_item_people",
  {
    agendaItemId: uuid()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: agendaRole().notNull(),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.personId, t.role] })],
);

/** Officials met in a meeting with officials. */
export const agendaItemOfficials = pgTable(
  "agenda_item_officials",
  {
    agendaItemId: uuid()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    officialId: uuid()
      .notNull()
      .references(() => officials.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.officialId] })],
);
