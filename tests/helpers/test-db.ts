// Integration tests run against a real PostgreSQL when DATABASE_URL is set (a database created
// for this test file and dropped after it), otherwise against an in-memory PGlite.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { closeDb, getDb, migrateDatabase, type Db } from "@/db/client";
import { useTestMailDrop } from "./mail";

export function setupTestDatabase(): { db: () => Db } {
  let db: Db | undefined;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    useTestMailDrop();
    const adminUrl = process.env.DATABASE_URL?.trim();
    if (adminUrl) {
      const { default: postgres } = await import("postgres");
      const name = `rt_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      process.env.DATABASE_URL = url.toString();
      drop = async () => {
        const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
        await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await again.end();
        process.env.DATABASE_URL = adminUrl;
      };
    } else {
      process.env.PGLITE_DIR = "memory://";
    }
    await migrateDatabase();
    db = await getDb();
  }, 60_000);

  afterAll(async () => {
    await closeDb();
    await drop?.();
  }, 60_000);

  return {
    db: () => {
      if (!db) throw new Error("setupTestDatabase: the database is not ready (call db() inside a test)");
      return db;
    },
  };
}
