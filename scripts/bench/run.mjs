// `npm run bench`: the public and delegate pages at 1×, 10× and 100× the demo, beside a static
// page, in one run on this machine (#14 point 6). Needs a build (`npx next build`) and a local
// PostgreSQL in DATABASE_URL (a database per scale is created and dropped). Loopback only; every
// page's run is bounded in time, so the whole run ends by itself in a few minutes.
//
//   BENCH_SCALES=1,10,100   scales, smallest first (the static page is the first scale's event page)
//   BENCH_SECONDS=5         load per page and scale (a slow page gets up to BENCH_MAX_SECONDS=20)
//   BENCH_CONNECTIONS=20    concurrent connections, as the goals are written
//   BENCH_PORT=3700         the server's port on 127.0.0.1
//   BENCH_PAGES=…           only these pages, by name, comma-separated (the static baseline always runs)
//
// The baseline: the first scale's event page, byte for byte, saved as public/bench-static.html and
// served by the same server (Next's static file handler, with the same compression and response
// wrapper): the same bytes with no rendering, no cache lookup and no proxy, i.e. the most this
// server can do for a page of that size. The results also go to .data/bench-results.json.
import fs from "node:fs";
import path from "node:path";
import { load, probe } from "./load.mjs";
import { goalVerdicts, resultTable } from "./report.mjs";
import { createBenchDatabase, dropBenchDatabase, eventIdOf, signIn, startServer } from "./server-process.mjs";

const root = process.cwd();
const EVENT_SLUG = "peace-bridge-tsaghkadzor-2026";
const INITIATIVE_SLUG = "peace-bridge";
// db/seed/demo.ts: the demo accounts.
const ORGANIZER = { email: "organizer@example.org", password: "roundtable-demo" };
const DELEGATE = { email: "delegate@example.org", password: "roundtable-demo" };

const scales = (process.env.BENCH_SCALES ?? "1,10,100").split(",").map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const maxSeconds = Number(process.env.BENCH_MAX_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const port = Number(process.env.BENCH_PORT ?? 3700);
const adminUrl = process.env.DATABASE_URL?.trim();
const staticFile = path.join(root, "public", "bench-static.html");
const resultsFile = path.join(root, ".data", "bench-results.json");

if (!adminUrl) fail("DATABASE_URL must point at a PostgreSQL server (a database per scale is created there and dropped).");
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) fail("No build: run `npx next build` first.");
if (scales.some((s) => !Number.isInteger(s) || s < 1)) fail(`BENCH_SCALES must be whole numbers ≥ 1, not "${process.env.BENCH_SCALES}".`);

/** The pages measured, in this order at every scale. `who`: signed in as; `publicPage`: held to #14 point 3. */
const ALL_PAGES = [
  { name: "static (baseline)", path: () => "/bench-static.html" },
  { name: "event page", path: () => `/en/events/${EVENT_SLUG}`, publicPage: true },
  // The event page's own pages (#14 point 3): the busiest day's first page, the first page of each long list.
  { name: "programme day", path: () => `/en/events/${EVENT_SLUG}/programme/2026-02-13`, publicPage: true },
  { name: "participants", path: () => `/en/events/${EVENT_SLUG}/participants`, publicPage: true },
  { name: "records", path: () => `/en/events/${EVENT_SLUG}/records`, publicPage: true },
  { name: "outcome page", path: () => `/en/events/${EVENT_SLUG}/outcome`, publicPage: true },
  { name: "outcomes feed", path: () => "/feeds/outcomes", publicPage: true },
  { name: "initiative feed", path: () => `/feeds/initiatives/${INITIATIVE_SLUG}`, publicPage: true },
  // Served from the cache after its first load (app/[locale]/(delegate-cached)); and the same page
  // rendered per request (an address the cache does not serve): what the first load after a write costs.
  { name: "delegate schedule", path: () => "/en/schedule", who: "delegate" },
  { name: "delegate schedule (rendered)", path: () => "/en/schedule?rendered=1", who: "delegate" },
  { name: "organizer agenda", path: ({ eventId }) => `/en/organize/events/${eventId}/agenda`, who: "organizer" },
];

const onlyPages = process.env.BENCH_PAGES?.split(",").map((name) => name.trim());
const unknownPages = onlyPages?.filter((name) => !ALL_PAGES.some((page) => page.name === name)) ?? [];
if (unknownPages.length > 0) fail(`BENCH_PAGES names no page "${unknownPages.join('", "')}"; the pages are: ${ALL_PAGES.map((p) => p.name).join(", ")}.`);
const PAGES = ALL_PAGES.filter((page, index) => index === 0 || !onlyPages || onlyPages.includes(page.name));

const live = { server: undefined, database: undefined };
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}

const rows = [];
const started = performance.now();
try {
  for (const scale of scales) await measureScale(scale);
} finally {
  await cleanUp();
}

const table = resultTable(rows);
const verdicts = goalVerdicts(rows, {
  publicPages: PAGES.filter((p) => p.publicPage).map((p) => p.name),
  schedulePage: "delegate schedule",
  eventPage: "event page",
});
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
fs.writeFileSync(resultsFile, JSON.stringify({ at: new Date().toISOString(), connections, seconds, rows }, null, 2));
console.log(`\n${connections} connections, ${seconds} s per page (slow pages longer), ${((performance.now() - started) / 1000).toFixed(0)} s in all\n`);
console.log(table);
console.log(`\n${verdicts}\n`);

async function measureScale(scale) {
  log(`${scale}×: building the database`);
  live.database = await createBenchDatabase(adminUrl, scale);
  live.server = await startServer({ port, databaseUrl: live.database.url });
  if (!fs.existsSync(staticFile)) {
    // The baseline is written once, from this first scale's event page; Next lists public files at
    // start, so the server starts again to serve it.
    const page = await probe(`${live.server.origin}/en/events/${EVENT_SLUG}`);
    if (page.status !== 200) throw new Error(`the event page answered ${page.status}; no baseline to compare with`);
    fs.writeFileSync(staticFile, page.body);
    await live.server.stop();
    live.server = await startServer({ port, databaseUrl: live.database.url });
  }
  const context = {
    eventId: await eventIdOf(live.database.url, EVENT_SLUG),
    cookies: {
      delegate: await signIn(live.server.origin, DELEGATE),
      organizer: await signIn(live.server.origin, ORGANIZER),
    },
  };

  let staticRate = Number.NaN;
  for (const page of PAGES) {
    const url = `${live.server.origin}${page.path(context)}`;
    const headers = page.who ? { cookie: context.cookies[page.who] } : {};
    // Twice: the first fills the page cache and warms the code path, the second is the one timed.
    await probe(url, headers);
    const single = await probe(url, headers);
    const row = { page: page.name, scale, status: single.status, bodyBytes: single.bodyBytes, wireBytes: single.wireBytes, singleMs: single.ms };
    if (single.status === 200) {
      log(`${scale}× ${page.name}: one request ${single.ms.toFixed(0)} ms, ${(single.bodyBytes / 1024).toFixed(1)} KB; loading`);
      Object.assign(row, await load(url, { connections, seconds, maxSeconds, singleMs: single.ms, headers }));
      if (page.name === PAGES[0].name) staticRate = row.requestsPerSecond;
      row.ratio = row.requestsPerSecond / staticRate;
    } else {
      log(`${scale}× ${page.name}: HTTP ${single.status}, not loaded`);
    }
    rows.push(row);
  }
  await live.server.stop();
  live.server = undefined;
  await dropBenchDatabase(adminUrl, live.database);
  live.database = undefined;
}

async function cleanUp() {
  fs.rmSync(staticFile, { force: true });
  const { server, database } = live;
  live.server = live.database = undefined;
  await server?.stop();
  if (database) await dropBenchDatabase(adminUrl, database);
}

function log(message) {
  console.log(`bench: ${message}`);
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
