import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { ReleaseSnapshotItem } from "@/lib/agenda/release-snapshot";
import { users } from "./auth";
import { visibility } from "./enums";
import { events } from "./events";

/**
 * A released version of an event's agenda: a frozen snapshot. Delegates and the public read only
 * the latest one; earlier ones stay readable, each with its changelog against the one before.
 */
export const agendaReleases = pgTable(
  "agenda_releases",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    note: text().notNull().default(""),
    /** Why the organizer released over clashes (a place or a person booked twice at once); "" when there were none. */
    clashOverride: text().notNull().default(""),
    /** How many clashes the release went out with (each pair once). */
    clashCount: integer().notNull().default(0),
    items: jsonb().$type<ReleaseSnapshotItem[]>().notNull(),
    releasedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    releasedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [unique().on(t.eventId, t.version)],
);

/**
 * The items of each release, one row each, beside the release's frozen `items` (written together,
 * in the release's transaction). A delegate's schedule reads one day of one release through these
 * rows and an index, so what it costs follows the delegate's day, not the size of the event.
 */
export const agendaReleaseItems = pgTable(
  "agenda_release_items",
  {
    releaseId: uuid()
      .notNull()
      .references(() => agendaReleases.id, { onDelete: "cascade" }),
    itemId: uuid().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    visibility: visibility().notNull(),
    /** The moderators and speakers the release names: whose schedule the item is on. */
    personIds: uuid().array().notNull(),
    /** The item exactly as it stands in the release's `items`: equal rows mean an unchanged item. */
    item: jsonb().$type<ReleaseSnapshotItem>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.itemId] }), index("agenda_release_items_by_start").on(t.releaseId, t.startsAt)],
);
