import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { mailStatus } from "./enums";
import { events } from "./events";
import { delegationMembers } from "./people";

/**
 * One invitation link per delegation member. Only a SHA-256 hash of the token is stored; a resend
 * replaces the hash, so the earlier link stops working. Used (registered or declined) and revoked
 * links are refused.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .unique()
      .references(() => delegationMembers.id, { onDelete: "cascade" }),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    /** The first characters of the token, enough to tell links apart in support, never enough to use one. */
    tokenHint: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    /** The first time the current link's page was shown (a resend, a new link, clears it). */
    openedAt: timestamp({ withTimezone: true }),
    sendCount: integer().notNull().default(0),
    lastSentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("invitations_hint_short", sql`length(${t.tokenHint}) <= 8`)],
);

/**
 * Every message the app sends. Written in the same transaction as the change that causes it and
 * delivered after commit: by SMTP when configured, otherwise to the server log (and readable here,
 * in the organizers' outbox, so the flow works with no mail server).
 */
export const mailOutbox = pgTable("mail_outbox", {
  id: uuid().primaryKey().defaultRandom(),
  eventId: uuid().references(() => events.id, { onDelete: "cascade" }),
  createdByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
  /** The delegation member a message went to, where it went to one (invitations): the outbox names them. */
  memberId: uuid().references(() => delegationMembers.id, { onDelete: "set null" }),
  kind: text().notNull(),
  toAddress: text().notNull(),
  subject: text().notNull(),
  body: text().notNull(),
  status: mailStatus().notNull().default("pending"),
  error: text(),
  /** Delivery tries so far (the mail job's; a retry from the Outbox starts again at 0). */
  attempts: integer().notNull().default(0),
  /** Set while a try is under way: no second try starts meanwhile (a crashed one frees it by this time). */
  sendingUntil: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  deliveredAt: timestamp({ withTimezone: true }),
});
