import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_ORGANIZER = { email: "organizer@example.org", password: "roundtable-demo" };
export const DEMO_DELEGATE = { email: "delegate@example.org", password: "roundtable-demo" };
export const DEMO_EVENT_PATH = "/en/events/peace-bridge-tsaghkadzor-2026";

/** A suffix that keeps each test's data apart from every other test's. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** No serious or critical axe violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Next streams the <title> of dynamic pages after the body: let it arrive before judging.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    `accessibility violations on ${page.url()}`,
  ).toEqual([]);
}

/** Signs in through Auth.js's credentials endpoint (the form itself is covered by auth.spec.ts). */
export async function signInByRequest(page: Page, user: { email: string; password: string }) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: "/en" },
    maxRedirects: 0,
  });
  expect(response.status(), "credentials sign-in answers with a redirect").toBe(302);
  const cookies = await page.context().cookies();
  expect(
    cookies.some((c) => c.name.includes("authjs.session-token")),
    `signed in as ${user.email}`,
  ).toBe(true);
}

/**
 * Every test's page fails on a Content-Security-Policy violation in the console: the pages must
 * work under the policy they are served with (next.config.ts).
 */
export const test = base.extend({
  // Playwright's fixture callback is named `use` too; it is not React's hook.
  page: async ({ page }, provide) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
    });
    await provide(page);
    expect(violations, "CSP violations in the console").toEqual([]);
  },
});
export { expect };

/**
 * A new event whose last day is already over in its time zone is asked about before it is created
 * (issue #19): answers "yes, this is a record of a past event" and submits the form again.
 */
export async function confirmPastEventRecord(page: Page) {
  await expect(page.getByText("This event is in the past: add it as a record of a past event?")).toBeVisible();
  await page.getByRole("checkbox", { name: "Yes, this is a record of a past event" }).check();
  await page.getByRole("button", { name: "Create event" }).click();
}

/**
 * A new English-language event of the demo initiative, Peace Bridge, hosted by Armenia at Lake
 * Sevan, created through the form by the signed-in organizer: a round table of the test's own, so
 * that what it changes touches nothing another test counts on. Returns its agenda's address (where
 * the form lands).
 */
export async function createSevanEvent(page: Page, event: { title: string; firstDay: string; lastDay: string }): Promise<string> {
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "New event in Peace Bridge" }).click();
  await page.getByLabel("Title").fill(event.title);
  await page.getByLabel("Host party").selectOption({ label: "Armenia" });
  await page.getByLabel("Venue").fill("Lake Hall");
  await page.getByLabel("City").fill("Sevan");
  await page.getByLabel("Country").fill("Armenia");
  await page.getByLabel("Time zone").fill("Asia/Yerevan");
  await page.getByLabel("First day").fill(event.firstDay);
  await page.getByLabel("Last day").fill(event.lastDay);
  await page.getByRole("checkbox", { name: "English" }).check();
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();
  return page.url();
}

/**
 * On the new event's agenda screen (where createSevanEvent leaves the organizer): adds one session
 * and releases the agenda as version 1, so delegates and the public read it.
 */
export async function addSessionAndRelease(page: Page, session: { title: string; day: string; start: string; end: string }) {
  await page.getByLabel("Title").fill(session.title);
  await page.getByLabel("Day", { exact: true }).selectOption(session.day);
  await page.getByLabel("Starts at").fill(session.start);
  await page.getByLabel("Ends at").fill(session.end);
  await page.getByLabel("Room or place").fill("Hall A");
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("status")).toHaveText("Agenda item added.");
  const releasePanel = page.getByRole("region", { name: "Release" });
  await releasePanel.getByRole("button", { name: "Release version 1" }).click();
  await expect(releasePanel).toContainText("Delegates and the public read version 1");
}

export const FOLLOW_UP_EVENT = { title: "Follow-up round table in Gabala", path: "/en/events/peace-bridge-gabala-2027" };

/**
 * Opens the demo's follow-up event (empty delegations, being planned) as the signed-in organizer,
 * announced (so it has a public page) and collecting travel documents. Tests that add people use
 * it, so the demo round table's numbers stay what other tests expect.
 */
export async function openFollowUpEvent(page: Page) {
  await page.goto("/en/organize");
  await page.getByRole("link", { name: FOLLOW_UP_EVENT.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: FOLLOW_UP_EVENT.title })).toBeVisible();
  await page.getByLabel("Event status").selectOption({ label: "Announced" });
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status saved." })).toBeVisible();
  await page.getByRole("checkbox", { name: "Collect travel documents for the border crossings" }).check();
  await page.getByRole("button", { name: "Save travel-document setting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Travel-document setting saved." })).toBeVisible();
}

/** The port of the e2e server this test runs against (playwright.config.ts: one per half of the suite). */
function serverPort(): string {
  return new URL(String(test.info().project.use.baseURL)).port;
}

/**
 * Where this test's e2e server writes mail (no SMTP here): each message in full, as its addressee
 * gets it; one folder per server (scripts/e2e-server.mjs). The organizers' outbox only ever shows
 * copies with the links hidden.
 */
function mailDir(): string {
  return path.join(process.cwd(), ".data", `e2e-mail-${serverPort()}`);
}

/** What scripts/e2e-server.mjs saved about this test's server's database: on PostgreSQL, its admin URL and name. */
function suiteState(): { adminUrl?: string; name?: string } {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), ".data", `e2e-database-${serverPort()}.json`), "utf8")) as { adminUrl?: string; name?: string };
}

/** The PostgreSQL server the suite runs on (DATABASE_URL), or null when it runs on the embedded database. */
export function suiteAdminUrl(): string | null {
  return suiteState().adminUrl ?? null;
}

/** This test's server's own PostgreSQL database, or null on the embedded one. */
export function suiteDatabaseUrl(): string | null {
  const state = suiteState();
  if (!state.adminUrl || !state.name) return null;
  const url = new URL(state.adminUrl);
  url.pathname = `/${state.name}`;
  return url.toString();
}

function mailTo(to: string): { body: string; subject: string }[] {
  const dir = mailDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), "utf8"))
    .map((text) => {
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const header = (key: string) =>
        head
          .split("\r\n")
          .find((line) => line.startsWith(`${key}: `))
          ?.slice(key.length + 2) ?? "";
      return { to: header("To"), subject: header("Subject"), body: rest.join("\r\n\r\n") };
    })
    .filter((mail) => mail.to.toLowerCase() === to.toLowerCase());
}

/**
 * The newest link to this app in mail to `to` whose path matches `pattern`, as a path with its
 * query (the tests' base URL supplies the host). Waits for the mail to arrive.
 */
export async function mailedLink(to: string, pattern: RegExp): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      () => {
        for (const mail of mailTo(to).reverse()) {
          const url = mail.body.match(/https?:\/\/\S+/g)?.find((candidate) => pattern.test(new URL(candidate).pathname));
          if (url) {
            const parsed = new URL(url);
            found = `${parsed.pathname}${parsed.search}`;
            return true;
          }
        }
        return false;
      },
      { message: `a mail to ${to} with a link matching ${pattern}`, timeout: 10_000 },
    )
    .toBe(true);
  return found!;
}

/** Subjects of the mail `to` received, oldest first. */
export function mailedSubjects(to: string): string[] {
  return mailTo(to).map((mail) => mail.subject);
}

/**
 * The person follows the invitation mailed to them and registers, choosing a listing consent and
 * setting their own password (organizers never set one for them). The page is signed in after.
 */
export async function registerFromMailedInvitation(page: Page, email: string, password: string, consent: RegExp = /Not listed/) {
  await page.goto(await mailedLink(email, /\/invitation\/[A-Za-z0-9_-]{43}$/));
  await page.getByRole("radio", { name: consent }).check();
  const documentNumber = page.getByLabel("Document number");
  if (await documentNumber.count()) {
    await documentNumber.fill(`E2E${uniqueSuffix().slice(-6).toUpperCase()}`);
    await page.getByLabel("Issued by (country)").fill("Armenia");
  }
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Password again").fill(password);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My schedule" })).toBeVisible();
}
