import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { visibility } from "./enums";
import { agendaItems, events } from "./events";

export const materialKind = pgEnum("material_kind", ["file", "link"]);

/**
 * A file or a link attached to an event, or to one of its agenda items, with who may read it.
 * A file's bytes live in the materials store (local disk or S3) under `storageKey`, a random key
 * that never carries the uploader's file name; the row keeps what a download needs.
 */
export const materials = pgTable(
  "materials",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** Null: a material of the whole event. The data layer checks the item is of the same event. */
    agendaItemId: uuid().references(() => agendaItems.id, { onDelete: "cascade" }),
    kind: materialKind().notNull(),
    title: text().notNull(),
    storageKey: text(),
    fileName: text(),
    contentType: text(),
    byteSize: bigint({ mode: "number" }),
    sha256: text(),
    url: text(),
    visibility: visibility().notNull().default("delegates"),
    uploadedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("materials_by_event").on(t.eventId, t.agendaItemId),
    check(
      "materials_file_or_link",
      sql`(${t.kind} = 'file' AND ${t.storageKey} IS NOT NULL AND ${t.fileName} IS NOT NULL AND ${t.contentType} IS NOT NULL AND ${t.byteSize} IS NOT NULL AND ${t.sha256} IS NOT NULL AND ${t.url} IS NULL)
        OR (${t.kind} = 'link' AND ${t.url} IS NOT NULL AND ${t.storageKey} IS NULL)`,
    ),
  ],
);
