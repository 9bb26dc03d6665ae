import { sql } from "drizzle-orm";
import { bigint, check, pgTable, smallint, uuid } from "drizzle-orm/pg-core";

/**
 * One row: how many writes the personal pages served from the cache (a delegate's schedule) have
 * seen. Every write that may change such a page adds one after it commits (lib/cache/
 * cached-view-generation.ts), and the cache key of every such page carries the number, so the next
 * request on any server renders anew: the database, not one server's memory, says what is current.
 * `epoch` is random per database, so a new database (a re-seeded demo) never meets copies kept in
 * a shared cache for an earlier one.
 */
export const cachedViewGeneration = pgTable(
  "cached_view_generation",
  {
    id: smallint().primaryKey().default(1),
    epoch: uuid().notNull().defaultRandom(),
    generation: bigint({ mode: "number" }).notNull().default(0),
  },
  (table) => [check("cached_view_generation_one_row", sql`${table.id} = 1`)],
);
