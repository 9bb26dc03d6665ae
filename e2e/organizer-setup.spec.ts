// A first organizer without the demo (issue 12). Each test starts a server of its own on an empty
// database, as a real deployment does: a new PostgreSQL database when the suite runs on
// PostgreSQL (DATABASE_URL), else a new embedded folder without the demo. `npm run
// create-organizer` runs against that database before the server starts (an embedded folder is
// locked while a server has it open).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, expectAccessible, suiteAdminUrl, test, uniqueSuffix } from "./fixtures";

type Deployment = { origin: string; env: NodeJS.ProcessEnv; output: () => string; stop: () => Promise<void> };

/** An empty database and the environment of a server on it (not started yet). */
async function emptyDatabase(port: number): Promise<{ env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_TRUST_HOST: "true",
    APP_URL: `http://127.0.0.1:${port}`,
    MAIL_DROP_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "rt-empty-mail-")),
    PGLITE_SEED: "0",
  };
  const adminUrl = suiteAdminUrl();
  if (!adminUrl) {
    env.DATABASE_URL = "";
    env.PGLITE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "rt-empty-pglite-"));
    return { env, drop: async () => fs.rmSync(env.PGLITE_DIR!, { recursive: true, force: true }) };
  }
  const { default: postgres } = await import("postgres");
  const name = `rt_e2e_empty_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  return {
    env,
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** `npm run create-organizer` against that database, as its operator would run it. */
function createOrganizer(env: NodeJS.ProcessEnv, args: string[]) {
  return spawnSync("npm", ["run", "--silent", "create-organizer", "--", ...args], { cwd: process.cwd(), env, encoding: "utf8", timeout: 60_000 });
}

/** Migrates (PostgreSQL; an embedded folder migrates itself) and starts the production server (scripts/server.mjs) on the database. */
async function startServer(database: { env: NodeJS.ProcessEnv; drop: () => Promise<void> }): Promise<Deployment> {
  const { env } = database;
  if (env.DATABASE_URL) {
    const migrated = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "db/migrate.ts"], { env, encoding: "utf8" });
    expect(migrated.status, migrated.stderr).toBe(0);
  }
  const server = spawn(process.execPath, [path.join("scripts", "server.mjs"), "-p", env.PORT!], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const origin = env.APP_URL!;
  await expect
    .poll(async () => (await fetch(`${origin}/en/sign-in`).catch(() => null))?.status ?? 0, { message: "the server answers", timeout: 30_000 })
    .toBe(200);
  return {
    origin,
    env,
    output: () => output,
    stop: async () => {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      await database.drop();
    },
  };
}

const PORT = Number(process.env.E2E_PORT_BASE || 3100) + 2;
const SETUP_LINK = /http:\/\/127\.0\.0\.1:\d+(\/en\/setup\/[A-Za-z0-9_-]{43})\b/;

test("create-organizer on an empty database prints a one-time link; its owner sets a password and signs in through the form", async ({ browser }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const email = `organizer-${suffix}@example.org`;
  const name = `Setup Organizer ${suffix}`;
  const password = `setup-password-${suffix}`;
  const database = await emptyDatabase(PORT);

  const bad = createOrganizer(database.env, ["--email", email, "--password", "never-on-the-command-line"]);
  expect(bad.status, "an unknown option is a usage error").toBe(2);
  expect(bad.stderr).toContain("Usage: npm run create-organizer");
  const run = createOrganizer(database.env, ["--email", email, "--name", name]);
  expect(run.status, run.stderr).toBe(0);
  const linkPath = run.stdout.match(SETUP_LINK)?.[1];
  expect(linkPath, run.stdout).toBeDefined();

  const deployment = await startServer(database);
  const context = await browser.newContext({ baseURL: deployment.origin });
  const page = await context.newPage();
  try {
    // An organizer exists now: the server prints no first-run link.
    expect(deployment.output()).not.toContain("/en/setup?token=");
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
    await expect(page.getByText("No initiatives yet.")).toBeVisible();

    // The link worked once.
    await page.goto(linkPath!);
    await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "This setup link has already been used." })).toBeVisible();
  } finally {
    await context.close();
    await deployment.stop();
  }
});

test("setup is done once an organizer exists: /setup creates no account", async ({ page }) => {
  // The e2e server runs on the demo, which has an organizer.
  await page.goto(`/en/setup?token=${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Setup is done" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
});

test("a new deployment starts without the demo: the first-run link in the server log creates the first organizer, once", async ({ browser }) => {
  test.setTimeout(120_000);
  const deployment = await startServer(await emptyDatabase(PORT));
  await expect.poll(deployment.output, { message: "the server prints the first-run link", timeout: 30_000 }).toMatch(/\/en\/setup\?token=[A-Za-z0-9_-]{43}/);
  const context = await browser.newContext({ baseURL: deployment.origin });
  const page = await context.newPage();
  try {
    const link = deployment.output().match(/http:\/\/[^\s]+(\/en\/setup\?token=[A-Za-z0-9_-]{43})/)![1]!;
    // No demo, no published password: the demo organizer does not exist here.
    const demo = await page.request.post("/api/auth/callback/credentials", {
      form: {
        csrfToken: ((await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken,
        email: "organizer@example.org",
        password: "roundtable-demo",
        callbackUrl: "/en",
      },
      maxRedirects: 0,
    });
    expect(demo.headers()["location"] ?? "").toMatch(/error=/);

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Set up Roundtable" })).toBeVisible();
    await expectAccessible(page);
    const suffix = uniqueSuffix();
    const email = `first.${suffix}@example.org`;
    await page.getByLabel("Your name").fill("First Organizer");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(`first-password-${suffix}`);
    await page.getByLabel("Password again").fill(`first-password-${suffix}`);
    await page.getByRole("button", { name: "Create the organizer account" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The organizer account is created." })).toBeVisible();

    await page.goto("/en/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(`first-password-${suffix}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Organize" })).toBeVisible();
    await expect(page.getByText("No initiatives yet.")).toBeVisible();

    // The same link, again: setup is done and nothing more is created.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Setup is done" })).toBeVisible();
  } finally {
    await context.close();
    await deployment.stop();
  }
});
