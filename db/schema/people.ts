import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { delegationRole, listingConsent, registrationStatus, sector } from "./enums";
import { users } from "./auth";
import { events } from "./events";
import { initiatives, parties } from "./initiatives";

/**
 * A person as one initiative knows them: what they gave to this initiative (contact details,
 * organization, needs, consent) belongs to it alone. The same human in two initiatives is two
 * rows, each linked to their one account (`userId`) once they accepted that initiative's
 * invitation: they sign in once and see both schedules, each initiative sees only its own row.
 */
export const people = pgTable(
  "people",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    /** The account that signs in as this person; set only by the owner's own act (registration, a mailed link). */
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    nameLatin: text().notNull(),
    nameNative: text().notNull().default(""),
    organization: text().notNull().default(""),
    position: text().notNull().default(""),
    sector: sector().notNull(),
    email: text(),
    phone: text().notNull().default(""),
    /** Bumped by every write to the person's details: the person and the organizers may both edit them. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("people_initiative_email_unique").on(t.initiativeId, sql`lower(${t.email})`),
    // One account is at most one person per initiative.
    uniqueIndex("people_initiative_user_unique").on(t.initiativeId, t.userId),
    index("people_user").on(t.userId),
  ],
);

/** The people of one party at one event. */
export const delegations = pgTable(
  "delegations",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: "restrict" }),
    targetSize: integer(),
    /** Who signs off the outcome for this party; null: the head of delegation. */
    signatoryPersonId: uuid().references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.eventId, t.partyId),
    unique().on(t.id, t.eventId),
    check("delegations_target_size_positive", sql`${t.targetSize} IS NULL OR ${t.targetSize} > 0`),
  ],
);

/** A person's place in a delegation, with registration status and listing consent. */
export const delegationMembers = pgTable(
  "delegation_members",
  {
    id: uuid().primaryKey().defaultRandom(),
    delegationId: uuid().notNull(),
    /** Denormalized so that one person can be in only one delegation per event. */
    eventId: uuid().notNull(),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: delegationRole().notNull().default("member"),
    status: registrationStatus().notNull().default("invited"),
    consent: listingConsent().notNull().default("none"),
    /** Needs for this event: private to organizers, like contact details. */
    dietaryNeeds: text().notNull().default(""),
    accessibilityNeeds: text().notNull().default(""),
    registeredAt: timestamp({ withTimezone: true }),
    /** The agenda release this delegate last looked at: later changes are marked "changed since you last looked". */
    lastSeenReleaseVersion: integer(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.delegationId, t.eventId], foreignColumns: [delegations.id, delegations.eventId] }).onDelete("cascade"),
    unique().on(t.eventId, t.personId),
    // At most one head of delegation.
    uniqueIndex("delegation_members_one_head")
      .on(t.delegationId)
      .where(sql`${t.role} = 'head'`),
  ],
);
