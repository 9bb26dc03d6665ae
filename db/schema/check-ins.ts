import { sql } from "drizzle-orm";
import { check, date, index, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { crossings } from "./crossings";
import { events } from "./events";
import { delegationMembers } from "./people";

/**
 * One person checked in at one checkpoint of an event: the venue on a given day, or a planned
 * border crossing. The id is made by the organizer's phone when it records the check-in (possibly
 * offline), so a batch synced twice writes each row once. A person counts once per checkpoint:
 * a second check-in there is answered with the first. Undo keeps the row (who undid it, when).
 */
export const checkIns = pgTable(
  "check_ins",
  {
    /** Client-generated: the idempotency key of the sync. */
    id: uuid().primaryKey(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    memberId: uuid()
      .notNull()
      .references(() => delegationMembers.id, { onDelete: "cascade" }),
    /** The venue on this day (the event's own calendar day) … */
    venueDay: date({ mode: "string" }),
    /** … or this border crossing. Exactly one of the two. */
    crossingId: uuid().references(() => crossings.id, { onDelete: "cascade" }),
    /** When the organizer's phone says it happened (it may sync much later). */
    checkedInAt: timestamp({ withTimezone: true }).notNull(),
    /** When the server received it. */
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    byUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    undoneAt: timestamp({ withTimezone: true }),
    undoneByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check("check_ins_one_checkpoint", sql`(${t.venueDay} IS NULL) <> (${t.crossingId} IS NULL)`),
    // Once per person per checkpoint (an undone check-in frees the place for a new one).
    uniqueIndex("check_ins_once_at_venue")
      .on(t.eventId, t.venueDay, t.memberId)
      .where(sql`${t.venueDay} IS NOT NULL AND ${t.undoneAt} IS NULL`),
    uniqueIndex("check_ins_once_at_crossing")
      .on(t.eventId, t.crossingId, t.memberId)
      .where(sql`${t.crossingId} IS NOT NULL AND ${t.undoneAt} IS NULL`),
    index("check_ins_member").on(t.memberId),
  ],
);
