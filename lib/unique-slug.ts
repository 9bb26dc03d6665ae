import "server-only";
import { like, or, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";

/** `base`, or `base-2`, `base-3` … whichever is free in `column` (the unique index still guards races). */
export async function uniqueSlug(db: Executor, table: PgTable, column: PgColumn, base: string): Promise<string> {
  const rows = (await db
    .select({ slug: column })
    .from(table)
    .where(or(eq(column, base), like(column, `${base}-%`)))) as { slug: string }[];
  const used = new Set(rows.map((r) => r.slug));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
