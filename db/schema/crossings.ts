import { sql } from "drizzle-orm";
import { check, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { CrossingPointTextField } from "@/lib/content/fields";
import type { ContentTranslations } from "@/lib/content/translations";
import { crossingDirection } from "./enums";
import { events } from "./events";
import { initiatives } from "./initiatives";
import { people, delegations } from "./people";

/**
 * A border crossing point, e.g. the delimited section near Ashagy Eskipara / Voskepar. Private to
 * the organizers of one initiative: another initiative's list, and what it plans through it, is
 * not theirs to see or change.
 */
export const crossingPoints = pgTable(
  "crossing_points",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    /** The name in other working languages (any of the four: the point serves every event of the initiative). */
    translations: jsonb().$type<ContentTranslations<CrossingPointTextField>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.initiativeId, t.name)],
);

/** A planned (and later actual) passage of a delegation through a crossing point. */
export const crossings = pgTable(
  "crossings",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    delegationId: uuid().notNull(),
    crossingPointId: uuid()
      .notNull()
      .references(() => crossingPoints.id, { onDelete: "restrict" }),
    direction: crossingDirection().notNull(),
    plannedAt: timestamp({ withTimezone: true }).notNull(),
    actualAt: timestamp({ withTimezone: true }),
    notes: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("crossings_actual_not_absurd", sql`${t.actualAt} IS NULL OR ${t.actualAt} > ${t.plannedAt} - interval '7 days'`),
    // The delegation must belong to the crossing's own event.
    foreignKey({ columns: [t.delegationId, t.eventId], foreignColumns: [delegations.id, delegations.eventId] }).onDelete("cascade"),
    index("crossings_event_planned").on(t.eventId, t.plannedAt),
  ],
);

/** The manifest: who crosses. */
export const crossingPeople = pgTable(
  "crossing_people",
  {
    crossingId: uuid()
      .notNull()
      .references(() => crossings.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.crossingId, t.personId] })],
);
