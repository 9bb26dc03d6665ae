// A first organizer without the demo (issue 12): `npm run create-organizer` prints a one-time link,
// its owner sets a password there and signs in through the form.
//
// The script runs against the e2e server's own database. scripts/e2e-server.mjs records it in
// .data/e2e-database.json: with DATABASE_URL, a PostgreSQL database made for this run (which a
// second process may open); without it, an embedded folder that the running server holds locked,
// so this test is skipped there.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, expectAccessible, test, uniqueSuffix } from "./fixtures";

function e2eDatabaseUrl(): string | null {
  const stateFile = path.join(process.cwd(), ".data", "e2e-database.json");
  if (!fs.existsSync(stateFile)) return null;
  const state = JSON.parse(fs.readFileSync(stateFile, "utf8")) as { adminUrl?: string; name?: string };
  if (!state.adminUrl || !state.name) return null;
  const url = new URL(state.adminUrl);
  url.pathname = `/${state.name}`;
  return url.toString();
}

function createOrganizer(databaseUrl: string, args: string[]) {
  return spawnSync("npm", ["run", "--silent", "create-organizer", "--", ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: databaseUrl, APP_URL: "", AUTH_URL: "" },
    encoding: "utf8",
    timeout: 60_000,
  });
}

const SETUP_LINK = /http:\/\/localhost:\d+(\/en\/setup\/[A-Za-z0-9_-]{43})\b/;

test("create-organizer prints a one-time link; its owner sets a password and signs in through the form", async ({ page }) => {
  const databaseUrl = e2eDatabaseUrl();
  test.skip(!databaseUrl, "the e2e server is on the embedded database, which it holds locked: run the suite with DATABASE_URL");
  test.setTimeout(120_000); // two runs of the script besides the pages

  const suffix = uniqueSuffix();
  const email = `organizer-${suffix}@example.org`;
  const name = `Setup Organizer ${suffix}`;
  const password = `setup-password-${suffix}`;

  const bad = createOrganizer(databaseUrl!, ["--email", email, "--password", "never-on-the-command-line"]);
  expect(bad.status, "an unknown option is a usage error").toBe(2);
  expect(bad.stderr).toContain("Usage: npm run create-organizer");

  const run = createOrganizer(databaseUrl!, ["--email", email, "--name", name]);
  expect(run.status, run.stderr).toBe(0);
  const linkPath = run.stdout.match(SETUP_LINK)?.[1];
  expect(linkPath, run.stdout).toBeDefined();

  await page.goto(linkPath!);
  await expect(page.getByRole("heading", { level: 1, name: "Set your password" })).toBeVisible();
  const account = page.getByRole("region", { name: "Your account" });
  await expect(account.getByText(email)).toBeVisible();
  await expect(account.getByText(name)).toBeVisible();
  await expectAccessible(page);

  // Two different passwords: the message is next to the field, nothing is set.
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password again", { exact: true }).fill(`${password}-typo`);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("The two passwords are not the same.")).toBeVisible();
  await expect(page.getByLabel("New password again", { exact: true })).toHaveAccessibleDescription(/The two passwords are not the same/);
  await expectAccessible(page);

  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password again", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is set." })).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/organize$/);
  await expect(page.getByRole("heading", { level: 1, name: "Organize" })).toBeVisible();

  // The link worked once.
  await page.goto(linkPath!);
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "This setup link has already been used." })).toBeVisible();
});

test("setup is done once an organizer exists: /setup creates no account", async ({ page }) => {
  // The e2e server runs on the demo, which has an organizer.
  await page.goto(`/en/setup?token=${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Setup is done" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
});
