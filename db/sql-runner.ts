// Plain SQL on a client the app already holds, for the job queue (pg-boss's `db` option), so the
// queue never opens a connection of its own: PGlite allows only one.
import type { PGlite } from "@electric-sql/pglite";
import type { Sql } from "postgres";

/** Without values the text may hold several statements (pg-boss's schema); the rows are the last one's. */
export type SqlRunner = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/** Parameters as both drivers take them: a plain object (a job's data) goes as JSON text, undefined as null. */
function sqlValues(values: unknown[]): unknown[] {
  return values.map((value) =>
    value === undefined
      ? null
      : value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array)
        ? JSON.stringify(value)
        : value,
  );
}

/** postgres.js answers several statements with a list of row lists, one statement with its rows. */
function lastRows(result: unknown): unknown[] {
  if (!Array.isArray(result)) return [];
  return result.length > 0 && Array.isArray(result[0]) ? (result[result.length - 1] as unknown[]) : result;
}

/**
 * pg-boss's statements without values may open their own transaction (BEGIN … COMMIT in one
 * text): postgres.js allows that only on a connection held for the purpose. A statement that
 * fails leaves that transaction aborted: it is rolled back before the connection goes back (pg-boss
 * expects such failures, e.g. two servers creating its schema at once).
 */
export function postgresRunner(client: Sql): SqlRunner {
  return {
    executeSql: async (text, values) => {
      if (values && values.length > 0) return { rows: [...(await client.unsafe(text, sqlValues(values) as Parameters<Sql["unsafe"]>[1]))] };
      const connection = await client.reserve();
      try {
        return { rows: lastRows(await connection.unsafe(text).simple()) };
      } catch (error) {
        await connection.unsafe("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
  };
}

export function pgliteRunner(client: PGlite): SqlRunner {
  return {
    executeSql: async (text, values) => {
      if (values && values.length > 0) return { rows: (await client.query(text, sqlValues(values))).rows };
      try {
        const results = await client.exec(text);
        return { rows: results[results.length - 1]?.rows ?? [] };
      } catch (error) {
        // Its one connection must not stay in an aborted transaction (see postgresRunner).
        if (client.isInTransaction()) await client.exec("ROLLBACK").catch(() => {});
        throw error;
      }
    },
  };
}
