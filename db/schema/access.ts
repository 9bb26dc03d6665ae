import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { people } from "./people";

/**
 * One-time sign-in links sent by email. Only a SHA-256 hash of the token is stored; a link works
 * once and for 15 minutes.
 */
export const signInLinks = pgTable(
  "sign_in_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    /**
     * A person record of some initiative, mailed to this account's address, that the link attaches
     * to the account when spent: following a link mailed to the address is the owner's own act.
     */
    linkPersonId: uuid().references(() => people.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_links_user").on(t.userId, t.createdAt)],
);

/**
 * Every request for a sign-in link, registered or not, to rate-limit per email and per address.
 * Both are stored as keyed hashes: the table says how often, never who or from where.
 */
export const signInRequests = pgTable(
  "sign_in_requests",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    emailHash: text().notNull(),
    addressHash: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_requests_email").on(t.emailHash, t.at), index("sign_in_requests_address").on(t.addressHash, t.at)],
);

/**
 * Every refused password sign-in, to limit guessing per account and per client address. Keyed
 * hashes like sign-in requests: the table says how often, never who or from where. A successful
 * sign-in clears the account's count.
 */
export const passwordFailures = pgTable(
  "password_failures",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    emailHash: text().notNull(),
    /** Null when the client's address is not known (no trusted proxy hop configured). */
    addressHash: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("password_failures_email").on(t.emailHash, t.at), index("password_failures_address").on(t.addressHash, t.at)],
);

/**
 * A delegate's personal calendar feed: the URL carries a secret token (stored hashed) that grants
 * read access to that delegate's schedule and nothing else. Revoking stops it at once.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    tokenHint: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    lastFetchedAt: timestamp({ withTimezone: true }),
    fetchCount: integer().notNull().default(0),
  },
  (t) => [index("calendar_feeds_user").on(t.userId)],
);

/**
 * One-time links that let an organizer set their own password: printed by `npm run
 * create-organizer` for a named account, or (userId null) the first-run token of an empty
 * database that opens /setup. Only a SHA-256 hash is stored; a link works once, until it expires.
 */
export const accountSetupLinks = pgTable("account_setup_links", {
  id: uuid().primaryKey().defaultRandom(),
  userId: uuid().references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text().notNull().unique(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Creates already done, by the key the form carried: a create sent twice (a double click, a retry
 * after a dropped connection, a replayed request) makes one row, and the second answer names it.
 */
export const createRequests = pgTable("create_requests", {
  key: uuid().primaryKey(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  kind: text().notNull(),
  /** Set in the same transaction as the row it created. */
  entityId: uuid(),
  /**
   * For a request that makes no single row (sending invitations, an import): its answer, given
   * again to a repeat. Counts only, never names or addresses: these rows outlive any deletion.
   */
  result: jsonb(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
