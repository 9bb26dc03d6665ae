import { date, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { travelDocumentType } from "./enums";
import { events } from "./events";
import { delegationMembers } from "./people";

/**
 * Travel-document details for the border crossing: stored only where the event collects them,
 * organizer-only, masked by default (each reveal is audited), deleted after the event's retention.
 */
export const travelDocuments = pgTable("travel_documents", {
  memberId: uuid()
    .primaryKey()
    .references(() => delegationMembers.id, { onDelete: "cascade" }),
  eventId: uuid()
    .notNull()
    .references(() => events.id, { onDelete: "cascade" }),
  documentType: travelDocumentType().notNull(),
  documentNumber: text().notNull(),
  issuingCountry: text().notNull(),
  nationality: text().notNull().default(""),
  dateOfBirth: date({ mode: "string" }),
  expiresOn: date({ mode: "string" }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
