// The one database handle of this process: postgres.js when DATABASE_URL is set, otherwise the
// embedded PGlite. Opened lazily on first use, never at import time, so that `next build` and
// module graphs that merely import it do not touch the data folder (see STACK-NOTES).
import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { lockDataFolder } from "./folder-lock.mjs";
import * as schema from "./schema";
import { pgliteRunner, postgresRunner, type SqlRunner } from "./sql-runner";

export { EmbeddedDatabaseBusyError } from "./folder-lock.mjs";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database or a transaction: query helpers accept either. */
export type Executor = Db | Tx;

export type DbKind = "postgres" | "pglite";
type Handle = { db: Db; kind: DbKind; sql: SqlRunner; close: () => Promise<void> };

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), ".data", "pglite");

const state = globalThis as typeof globalThis & { __roundtableDb?: Promise<Handle> };

export function databaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

export async function getDb(): Promise<Db> {
  return (await handle()).db;
}

export async function getDbKind(): Promise<DbKind> {
  return (await handle()).kind;
}

/** Plain SQL on this process's connection(s), for the job queue (lib/jobs/). */
export async function getSqlRunner(): Promise<SqlRunner> {
  return (await handle()).sql;
}

function handle(): Promise<Handle> {
  if (!state.__roundtableDb) {
    state.__roundtableDb = open().catch((error: unknown) => {
      state.__roundtableDb = undefined; // let a later request try again
      throw error;
    });
  }
  return state.__roundtableDb;
}

/** Closes the handle (tests, scripts). The next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const current = state.__roundtableDb;
  state.__roundtableDb = undefined;
  if (current) await (await current).close();
}

async function open(): Promise<Handle> {
  const url = databaseUrl();
  return url ? openPostgres(url) : openEmbedded(process.env.PGLITE_DIR?.trim() || DEFAULT_PGLITE_DIR);
}

async function openPostgres(url: string): Promise<Handle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onnotice: () => {},
    // During an outage a request should fail in seconds, not wait (db/availability.ts turns the
    // failure into a 503): a server that accepts and never answers is given up on after this many
    // seconds (the driver's default is 30)...
    connect_timeout: Number(process.env.DATABASE_CONNECT_TIMEOUT ?? 5),
    // ...and after failed connects the driver waits before the next try, up to 20 s by default,
    // with queries queued behind it. At most 1 s here: a refused connect fails the query at once,
    // and the pool reconnects by itself within a second of the server's return.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
  });
  const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
  return { db, kind: "postgres", sql: postgresRunner(client), close: () => client.end({ timeout: 5 }) };
}

/**
 * PGlite has no lock of its own: two processes on one folder silently lose writes. We take an
 * exclusive lock beside the folder (db/folder-lock.mjs: a dead holder's lock is free at once) and
 * refuse a second opener with a message saying what to do.
 * A fresh folder is migrated and loaded with the demo round table.
 */
async function openEmbedded(dir: string): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");

  if (dir === "memory://") {
    const client = new PGlite();
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
    return { db, kind: "pglite", sql: pgliteRunner(client), close: () => client.close() };
  }

  const isNew = !fs.existsSync(path.join(dir, "PG_VERSION"));
  fs.mkdirSync(dir, { recursive: true });
  const release = await lockDataFolder(dir, (error) => {
    // Another process took the folder while we held it: stop rather than corrupt data.
    console.error(`Roundtable: lost the lock on ${dir}; exiting to protect the data.`, error);
    process.exit(1);
  });
  try {
    const client = await PGlite.create(dir);
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    if (isNew && process.env.PGLITE_SEED !== "0") {
      const { seedDemo } = await import("./seed/demo");
      await seedDemo(db);
      console.log(`Roundtable: created the embedded database in ${dir} and loaded the demo round table.`);
    }
    const close = async () => {
      await client.close();
      await release();
    };
    closeOnSignals(close);
    return { db, kind: "pglite", sql: pgliteRunner(client), close };
  } catch (error) {
    await release().catch(() => {});
    throw error;
  }
}

function closeOnSignals(close: () => Promise<void>) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      close().finally(() => process.exit(0));
    });
  }
}

/** Applies the committed migrations (the same files for PGlite and PostgreSQL). */
export async function migrateDatabase(): Promise<void> {
  const { db, kind } = await handle();
  if (kind === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}
