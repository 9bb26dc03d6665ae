import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { OfficialTextField } from "@/lib/content/fields";
import type { ContentTranslations } from "@/lib/content/translations";
import { users } from "./auth";
import { teamRole } from "./enums";

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

/** The initiative's organizing team: who may act on it and its events, and in which role. */
export const initiativeOrganizers = pgTable(
  "initiative_organizers",
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: teamRole().notNull().default("coordinator"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.userId] })],
);

/**
 * A coordinator's invitation of a colleague to the team, by email: a mailed link (hash stored
 * only), 14 days, single use, revocable. Accepting creates the account or attaches an existing one.
 */
export const teamInvitations = pgTable(
  "team_invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: teamRole().notNull(),
    tokenHash: text().notNull().unique(),
    invitedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("team_invitations_initiative").on(t.initiativeId, t.createdAt)],
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
  /** The position in other working languages (any of the four: the official is met across the initiative's events). */
  translations: jsonb().$type<ContentTranslations<OfficialTextField>>().notNull().default({}),
});
