import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its browser here: use the system Chromium (Debian's by default),
// or whatever CHROMIUM_PATH points at on another machine.
const chromiumPath = process.env.CHROMIUM_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Servers on ports from E2E_PORT_BASE (moved when another checkout runs its own suite): the app
// on the demo (two of them, below), the zero-setup embedded one; organizer-setup.spec.ts starts
// its own at +2, shared-cache.spec.ts at +20 and +21.
const APP_PORT = Number(process.env.E2E_PORT_BASE || 3100);
const EMBEDDED_PORT = APP_PORT + 1;
const SECOND_APP_PORT = APP_PORT + 3;

// The suite runs in two halves side by side, each in one worker against a server and database of
// its own (the specs share the demo round table, so two workers on one database could meet each
// other's changes). About half the time each, by measured durations; a new spec lands in the first.
const SECOND_HALF = new RegExp(
  `/(${[
    "agenda-editing",
    "agenda-views",
    "auth",
    "check-in",
    "content-languages",
    "content-security-policy",
    "crossings",
    "delegate-phone",
    "feedback",
    "invitations-and-past-dates",
    "languages",
    "no-script-forms",
    "not-found",
    "outcome",
    "panels",
    "phone-header",
    "privacy",
    "public",
    "records",
    "release-clashes",
    "request-guard",
    "roster-export",
    "round-table",
    "shared-cache",
    "teams",
  ].join("|")})\\.spec\\.ts$`,
);
const EMBEDDED = /embedded\.spec\.ts$/;

/** One of the suite's servers: a script of scripts/ on a port, ready once its home page answers. */
function server(script: string, port: number) {
  return {
    command: `node scripts/${script}`,
    url: `http://127.0.0.1:${port}/en`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  // One per half (each project's own limit is one, below).
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // A ceiling for a hung test, not a measure: the longest flows (several people, several screens,
  // an accessibility check on each) took 25–50 s alone and over 60 s in a full run on a slow day of
  // this shared machine (5 December: crossings, feedback, my-data), with the code before and after
  // that day's change alike. Each step still waits at most `expect.timeout`.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
    },
  },
  projects: [
    {
      name: "app",
      testIgnore: [EMBEDDED, SECOND_HALF],
      workers: 1,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${APP_PORT}` },
    },
    {
      name: "app-2",
      testMatch: SECOND_HALF,
      workers: 1,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${SECOND_APP_PORT}` },
    },
    {
      name: "embedded",
      testMatch: EMBEDDED,
      workers: 1,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${EMBEDDED_PORT}` },
    },
  ],
  webServer: [server("e2e-server.mjs", APP_PORT), server("e2e-server.mjs", SECOND_APP_PORT), server("e2e-embedded-server.mjs", EMBEDDED_PORT)],
});
