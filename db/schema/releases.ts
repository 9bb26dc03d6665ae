import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { ReleaseSnapshotItem } from "@/lib/agenda/release-snapshot";
import { users } from "./auth";
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
    items: jsonb().$type<ReleaseSnapshotItem[]>().notNull(),
    releasedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    releasedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [unique().on(t.eventId, t.version)],
);
