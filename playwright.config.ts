import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its browser here: use the system Chromium (Debian's by default),
// or whatever CHROMIUM_PATH points at on another machine.
const chromiumPath = process.env.CHROMIUM_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Two servers on consecutive ports; E2E_PORT_BASE moves them when another checkout runs its own suite.
const APP_PORT = Number(process.env.E2E_PORT_BASE || 3100);
const EMBEDDED_PORT = APP_PORT + 1;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
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
      testIgnore: /embedded\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${APP_PORT}` },
    },
    {
      name: "embedded",
      testMatch: /embedded\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${EMBEDDED_PORT}` },
    },
  ],
  webServer: [
    {
      command: "node scripts/e2e-server.mjs",
      url: `http://127.0.0.1:${APP_PORT}/en`,
      env: { PORT: String(APP_PORT) },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
    },
    {
      command: "node scripts/e2e-embedded-server.mjs",
      url: `http://127.0.0.1:${EMBEDDED_PORT}/en`,
      env: { PORT: String(EMBEDDED_PORT) },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
    },
  ],
});
