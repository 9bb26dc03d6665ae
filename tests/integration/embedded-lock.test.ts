// PGlite cannot be shared between processes: the embedded database takes a lock beside its folder,
// a second process is refused with a message saying what to do, and the folder is free again once
// the first process closes it, or at once when the process holding it was killed (kill -9: its pid is
// gone). Runs without DATABASE_URL whatever the suite was started with.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, getDbKind } from "@/db/client";

const ENV_KEYS = ["DATABASE_URL", "PGLITE_DIR", "PGLITE_SEED"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));

let root: string;
let dataDir: string;

type ChildResult = { code: number | null; stdout: string; stderr: string };

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir, PGLITE_SEED: "0" };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS; // vitest's worker options are not for the child
  return env;
}

/**
 * Starts a Node process that opens the embedded folder and keeps it open (as a server would) until
 * killed; resolves once it has the database.
 */
function holdInChild(): Promise<ChildProcess> {
  return waitUntilHolding(
    spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", HOLDER], {
      cwd: process.cwd(),
      env: childEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
}

const HOLDER = [
  'const client = await import("./db/client.ts");',
  "const { getDb } = client.default ?? client;",
  "await getDb();",
  'console.log("holding");',
  "setInterval(() => {}, 1000);",
].join("\n");

/**
 * The holder under a parent that never collects it (a shell that became `sleep`): once killed, it
 * stays a zombie, which signal 0 still reaches, as when a server and its launcher are killed together
 * and init has not collected them yet.
 */
function holdUnderNonReapingParent(): Promise<ChildProcess> {
  const env = { ...childEnv(), NODE_BIN: process.execPath, HOLDER_SCRIPT: HOLDER };
  const command = '"$NODE_BIN" --import tsx --input-type=module -e "$HOLDER_SCRIPT" & exec sleep 60';
  return waitUntilHolding(spawn("sh", ["-c", command], { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] }));
}

function waitUntilHolding(child: ChildProcess): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("holding")) resolve(child);
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`the holder exited (${code}) before opening the folder: ${stderr}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

/** Opens the same embedded folder from a separate Node process, as `npm run dev` would. */
function openInChild(): Promise<ChildResult> {
  const script = [
    // The project is CommonJS to Node: tsx hands the module's exports over as `default`.
    'const client = await import("./db/client.ts");',
    "const { getDb, closeDb } = client.default ?? client;",
    'const { sql } = await import("drizzle-orm");',
    "const db = await getDb();",
    "await db.execute(sql`select 1`);",
    "await closeDb();",
    'console.log("child opened the embedded database");',
  ].join("\n");
  return run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], childEnv());
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "roundtable-lock-"));
  dataDir = path.join(root, "pglite");
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = dataDir;
  process.env.PGLITE_SEED = "0";
});

afterAll(async () => {
  await closeDb();
  for (const key of ENV_KEYS) {
    const value = savedEnv[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  fs.rmSync(root, { recursive: true, force: true });
});

describe("the embedded database's folder lock", () => {
  it("refuses a second process while this one holds the folder, and lets it in after closeDb()", async () => {
    expect(process.cwd()).toBe(path.resolve(__dirname, "..", ".."));

    const db = await getDb();
    expect(await getDbKind()).toBe("pglite");
    await db.execute(sql`select 1`);
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);

    const refused = await openInChild();
    expect(refused.code, refused.stdout).not.toBe(0);
    expect(refused.stderr).toContain("already open in another process");
    expect(refused.stderr).toContain(dataDir);
    expect(refused.stdout).not.toContain("child opened");

    // The refused child did not take the lock from us: this process still works.
    await db.execute(sql`select 1`);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);

    await closeDb();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);

    const admitted = await openInChild();
    expect(admitted.code, admitted.stderr).toBe(0);
    expect(admitted.stdout).toContain("child opened the embedded database");
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  }, 90_000); // a new folder is migrated and two processes start: 24-30 s on a busy 2-core machine

  it("opens at once after the process holding the folder was killed with SIGKILL (its pid is dead)", async () => {
    await closeDb();
    const holder = await holdInChild();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
    await killed(holder);
    // The lock is seconds old, far from stale by age: only the dead pid says it is free.
    const started = Date.now();
    const db = await getDb();
    await db.execute(sql`select 1`);
    expect(Date.now() - started).toBeLessThan(5_000);

    // And it is ours now: another process is refused, as for a live holder.
    const refused = await openInChild();
    expect(refused.code, refused.stdout).not.toBe(0);
    expect(refused.stderr).toContain("already open in another process");
    await closeDb();
  }, 90_000);

  it("opens at once when the killed holder is still a zombie, not yet collected by its parent", async () => {
    await closeDb();
    const parent = await holdUnderNonReapingParent();
    try {
      const owner = JSON.parse(fs.readFileSync(`${dataDir}.lock-owner.json`, "utf8")) as { pid: number };
      expect(owner.pid).not.toBe(parent.pid);
      process.kill(owner.pid, "SIGKILL");
      await until(() => fs.readFileSync(`/proc/${owner.pid}/stat`, "utf8").includes(") Z "));
      process.kill(owner.pid, 0); // still in the process table: signal 0 alone would call it alive

      const started = Date.now();
      await (await getDb()).execute(sql`select 1`);
      expect(Date.now() - started).toBeLessThan(5_000);
      await closeDb();
    } finally {
      await killed(parent);
    }
  }, 90_000);

  // Next.js prints "Ready" and listens before it runs instrumentation.ts, where the folder is opened:
  // a server started beside a running one said "Ready", answered a request, then exited.
  it.each(["start.mjs", "demo.mjs"])(
    "scripts/%s refuses a held folder before Next.js says Ready",
    async (launcher) => {
      await closeDb();
      const holder = await holdInChild();
      try {
        const port = await freePort();
        const env: NodeJS.ProcessEnv = {
          ...childEnv(),
          AUTH_SECRET: "test-secret",
          APP_URL: `http://localhost:${port}`,
          PORT: String(port),
          DEMO_SKIP_BUILD: "1",
        };
        const started = await run(process.execPath, [path.join("scripts", launcher), ...(launcher === "start.mjs" ? ["-p", String(port)] : [])], env);
        expect(started.code).toBe(1);
        expect(started.stderr).toContain("already open in another process");
        expect(started.stderr).toContain(dataDir);
        expect(started.stdout + started.stderr).not.toContain("Ready");
      } finally {
        await killed(holder);
      }
    },
    40_000,
  );
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Runs a launcher to its end (killed after 20 s: a server that started would never end by itself). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"], timeout: 20_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
