// The benchmark's production server on a database of its own, as scripts/e2e-server.mjs runs the
// one Playwright uses: a new PostgreSQL database per scale (dropped after), built by
// scripts/bench/build-database.ts, served by scripts/server.mjs on loopback.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import postgres from "postgres";

const root = process.cwd();
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

/** Creates an empty database next to `adminUrl`'s and loads it at `scale`× the demo. */
export async function createBenchDatabase(adminUrl, scale) {
  const name = `rt_bench_${Date.now()}_${randomBytes(3).toString("hex")}_${scale}x`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = { name, url: url.toString() };
  const built = spawnSync(process.execPath, [tsx, "scripts/bench/build-database.ts", String(scale)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url },
  });
  if (built.status !== 0) {
    await dropBenchDatabase(adminUrl, database);
    throw new Error(`building the ${scale}× database failed`);
  }
  return database;
}

export async function dropBenchDatabase(adminUrl, database) {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`);
  await admin.end();
}

/** The one value the runner needs from the database: the demo event's id (organizer agenda URL). */
export async function eventIdOf(databaseUrl, slug) {
  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [row] = await db`select id from events where slug = ${slug}`;
  await db.end();
  if (!row) throw new Error(`no event ${slug} in the benchmark database`);
  return row.id;
}

/** Starts the production server on 127.0.0.1:port and waits until it answers. */
export async function startServer({ port, databaseUrl }) {
  const origin = `http://127.0.0.1:${port}`;
  // Another server on the port would answer for ours and be measured instead: refuse.
  const taken = await fetch(origin).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`something already answers on ${origin}: set BENCH_PORT to a free port`);
  // BENCH_NODE_ARGS: flags for the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where a page's time goes.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "scripts", "server.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(33).toString("base64"),
      AUTH_TRUST_HOST: "true",
      APP_URL: origin,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${origin}/en`);
      if (response.ok) return { origin, stop: () => stopServer(child, exited) };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stopServer(child, exited);
  throw new Error("the server was not ready within 60 s");
}

async function stopServer(child, exited) {
  if (child.exitCode === null) child.kill("SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!stopped) child.kill("SIGKILL");
}

/** Signs in through Auth.js's credentials endpoint, as e2e/fixtures.ts does; returns the Cookie header. */
export async function signIn(origin, { email, password }) {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = cookiesFrom(csrf);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/en" }),
  });
  const session = cookiesFrom(response);
  if (!Object.keys(session).some((name) => name.includes("authjs.session-token"))) {
    throw new Error(`signing in as ${email} failed (HTTP ${response.status})`);
  }
  return header({ ...jar, ...session });
}

function cookiesFrom(response) {
  return Object.fromEntries(
    response.headers.getSetCookie().map((line) => {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    }),
  );
}

const header = (jar) =>
  Object.entries(jar)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
