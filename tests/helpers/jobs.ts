// Job-queue instances for integration tests: each stands for one server process on the test
// database. On PostgreSQL each has its own connection pool, as separate servers would; on PGlite
// (one process only) they share its one connection.
import { getDbKind, getSqlRunner, type Db } from "@/db/client";
import { postgresRunner } from "@/db/sql-runner";
import * as schema from "@/db/schema";
import { startJobs, type Jobs, type JobsOptions } from "@/lib/jobs/boss";

export type TestInstance = { jobs: Jobs; stop: () => Promise<void> };

export async function startTestInstance(db: Db, options: Omit<JobsOptions, "db" | "sql">): Promise<TestInstance> {
  if ((await getDbKind()) === "pglite") {
    const jobs = await startJobs({ ...options, db, sql: await getSqlRunner() });
    return { jobs, stop: () => jobs.stop() };
  }
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(process.env.DATABASE_URL!, { max: 4, onnotice: () => {} });
  const own = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
  const jobs = await startJobs({ ...options, db: own, sql: postgresRunner(client) });
  return {
    jobs,
    stop: async () => {
      await jobs.stop();
      await client.end({ timeout: 5 });
    },
  };
}

/** Waits until `check` holds (polling), or fails with what it last saw. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`not reached within ${timeoutMs} ms; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
