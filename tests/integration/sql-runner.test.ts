// The job queue's SQL runs on the app's own connection(s) (db/sql-runner.ts). pg-boss sends its
// schema work as one text with its own BEGIN … COMMIT, and expects some of it to fail (two servers
// creating the schema at once): a failure must not leave the connection in an aborted transaction.
import { describe, expect, it } from "vitest";
import { getSqlRunner } from "@/db/client";
import { setupTestDatabase } from "@/tests/helpers/test-db";

setupTestDatabase();

describe("the job queue's SQL runner", () => {
  it("returns the last statement's rows of a text of several", async () => {
    const runner = await getSqlRunner();
    expect((await runner.executeSql("select 1 as a; select 2 as b")).rows).toEqual([{ b: 2 }]);
    expect((await runner.executeSql("select $1::int + 1 as n", [41])).rows).toEqual([{ n: 42 }]);
  });

  it("passes a job's data as JSON and undefined as null", async () => {
    const runner = await getSqlRunner();
    const { rows } = await runner.executeSql("select $1::jsonb ->> 'outboxId' as id, $2::text is null as missing", [{ outboxId: "x" }, undefined]);
    expect(rows).toEqual([{ id: "x", missing: true }]);
  });

  it("leaves no aborted transaction behind when a text with its own transaction fails", async () => {
    const runner = await getSqlRunner();
    // Several times: on PostgreSQL every connection of the pool would be poisoned in turn.
    for (let i = 0; i < 12; i++) {
      await expect(runner.executeSql("BEGIN; CREATE TABLE runner_probe (id int); SELECT 1/0; COMMIT;")).rejects.toThrow(/division by zero/);
    }
    expect((await runner.executeSql("select to_regclass('runner_probe') is null as gone")).rows).toEqual([{ gone: true }]);
    expect((await runner.executeSql("select $1::int as ok", [1])).rows).toEqual([{ ok: 1 }]);
  });
});
