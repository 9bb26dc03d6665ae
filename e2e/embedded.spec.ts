import { spawnSync } from "node:child_process";
import path from "node:path";
import { DEMO_EVENT_PATH, expect, expectAccessible, test } from "./fixtures";

// This project's server was started with no DATABASE_URL on a brand-new embedded folder.
test("with no database server, the app migrates, seeds and serves the demo round table", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" })).toBeVisible();
  await page.goto(DEMO_EVENT_PATH);
  await expect(page.getByRole("heading", { level: 1, name: "Bilateral round table in Tsaghkadzor" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Azerbaijan" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Armenia" })).toBeVisible();
  await expect(page.getByText("Organizers' logistics briefing")).toHaveCount(0);
  await expectAccessible(page);
});

test("a second server on the same embedded folder is refused with a clear message", async () => {
  // The embedded project's server (scripts/e2e-embedded-server.mjs) holds .data/e2e-embedded.
  const second = spawnSync(process.execPath, [path.join("scripts", "server.mjs"), "-p", "3109"], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(process.cwd(), ".data", "e2e-embedded"), AUTH_SECRET: "x".repeat(44) },
    encoding: "utf8",
    timeout: 30_000,
  });
  expect(second.status, second.stdout + second.stderr).toBe(1);
  expect(second.stderr).toContain("is already open in another process");
});
