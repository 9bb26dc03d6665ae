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
  expect(cookies.some((c) => c.name.includes("authjs.session-token")), `signed in as ${user.email}`).toBe(true);
}

export const test = base;
export { expect };
