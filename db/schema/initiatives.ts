import { integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

/** A dialogue track running many events, e.g. "Peace Bridge". */
export const initiatives = pgTable("initiatives", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(""),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A side of an initiative: a society or country, not a government. */
export const parties = pgTable(
  "parties",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** Order in which the organizer entered the parties; the UI orders by name for parity. */
    position: integer().notNull(),
  },
  (t) => [unique().on(t.initiativeId, t.name), unique().on(t.id, t.initiativeId)],
);

/** Which organizers may act on an initiative and its events: the organizer's scope. */
export const initiativeOrganizers = pgTable(
  "initiative_organizers",
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.userId] })],
);

/** A person met in a meeting with officials. Reusable across the initiative's events. */
export const officials = pgTable("officials", {
  id: uuid().primaryKey().defaultRandom(),
  initiativeId: uuid()
    .notNull()
    .references(() => initiatives.id, { onDelete: "cascade" }),
  name: text().notNull(),
  position: text().notNull(),
  institution: text().notNull(),
  partyId: uuid().references(() => parties.id, { onDelete: "set null" }),
});
