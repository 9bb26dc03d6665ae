import { bigserial, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { events } from "./events";

/** Who did what, when. Append-only. */
export const auditLog = pgTable("audit_log", {
  id: bigserial({ mode: "number" }).primaryKey(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
  eventId: uuid().references(() => events.id, { onDelete: "set null" }),
  action: text().notNull(),
  entityType: text().notNull(),
  entityId: text().notNull(),
  details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
});
