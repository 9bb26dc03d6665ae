import { sql } from "drizzle-orm";
import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { deletionRequestStatus } from "./enums";
import { people } from "./people";

/**
 * A delegate asks for their personal data to be deleted; an organizer confirms. On confirmation the
 * person is pseudonymized (records keep a pseudonymous attribution) and their account removed.
 */
export const deletionRequests = pgTable(
  "deletion_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    reason: text().notNull().default(""),
    status: deletionRequestStatus().notNull().default("pending"),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    decisionNote: text().notNull().default(""),
  },
  // One open request per person: asking twice is the same request.
  (t) => [
    uniqueIndex("deletion_requests_one_pending")
      .on(t.personId)
      .where(sql`${t.status} = 'pending'`),
  ],
);
