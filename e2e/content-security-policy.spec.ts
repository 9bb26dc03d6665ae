import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { DEMO_EVENT_PATH, DEMO_ORGANIZER, expect, signInByRequest, test } from "./fixtures";

// Issue #13 point 4: scripts run only with the response's own nonce, never as inline code, on
// every kind of page: rendered per request (an organizer's screen, sign-in), served from the cache
// to everyone (the public pages), and a feed.

/** The response's one Content-Security-Policy and the nonce its script-src allows. */
function policyOf(response: APIResponse, path: string): { scriptSrc: string; nonce: string } {
  const policies = response.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
  expect(policies, `${path}: one Content-Security-Policy`).toHaveLength(1);
  const scriptSrc = policies[0]!.value
    .split(";")
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("script-src"));
  expect(scriptSrc, `${path}: a script-src`).toBeDefined();
  expect(scriptSrc, `${path}: no inline code`).not.toContain("'unsafe-inline'");
  expect(scriptSrc, `${path}: no eval`).not.toContain("'unsafe-eval'");
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(scriptSrc!)?.[1];
  expect(nonce, `${path}: a nonce`).toBeDefined();
  expect(nonce!.length, `${path}: a nonce of 24 random bytes`).toBeGreaterThanOrEqual(32);
  return { scriptSrc: scriptSrc!, nonce: nonce! };
}

/** Every <script> tag of the page carries exactly the header's nonce; returns how many there are. */
function expectEveryScriptCarries(html: string, nonce: string, path: string): number {
  const tags = html.match(/<script\b[^>]*>/gi) ?? [];
  for (const tag of tags) expect(/\snonce="([^"]*)"/.exec(tag)?.[1], `${path}: ${tag}`).toBe(nonce);
  return tags.length;
}

/** Next.js's inline scripts ran in the page: they fill `self.__next_f` with the page's data. */
async function nextBootstrapRan(page: Page): Promise<boolean> {
  return page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f));
}

async function twoResponses(request: APIRequestContext, path: string) {
  const first = await request.get(path);
  const second = await request.get(path);
  expect(first.status(), path).toBe(200);
  expect(second.status(), path).toBe(200);
  return [first, second] as const;
}

for (const path of ["/en", DEMO_EVENT_PATH, "/en/initiatives/peace-bridge"]) {
  test(`a cached public page (${path}) gets a fresh nonce in every response, on every script`, async ({ request }) => {
    const [first, second] = await twoResponses(request, path);
    // From the cache either way: HIT (fresh copy) or STALE (the copy, refreshed behind it).
    expect(second.headers()["x-nextjs-cache"], `${path} is served from the cache`).toMatch(/^(HIT|STALE)$/);
    const a = policyOf(first, path);
    const b = policyOf(second, path);
    expect(a.nonce, "each response has its own nonce").not.toBe(b.nonce);
    const firstHtml = await first.text();
    const secondHtml = await second.text();
    expect(expectEveryScriptCarries(firstHtml, a.nonce, path)).toBeGreaterThan(0);
    expect(expectEveryScriptCarries(secondHtml, b.nonce, path)).toBeGreaterThan(0);
    // Nothing of another response's nonce (nor the server's stand-in) is left in the cached copy.
    expect(secondHtml).not.toContain(a.nonce);
  });
}

test("pages rendered per request carry their own nonce: sign-in, and an organizer's screen", async ({ page }) => {
  const [signInA, signInB] = await twoResponses(page.request, "/en/sign-in");
  const a = policyOf(signInA, "/en/sign-in");
  expect(a.nonce).not.toBe(policyOf(signInB, "/en/sign-in").nonce);
  expect(expectEveryScriptCarries(await signInA.text(), a.nonce, "/en/sign-in")).toBeGreaterThan(0);

  await signInByRequest(page, DEMO_ORGANIZER);
  const [organizeA, organizeB] = await twoResponses(page.request, "/en/organize");
  const o = policyOf(organizeA, "/en/organize");
  expect(o.nonce).not.toBe(policyOf(organizeB, "/en/organize").nonce);
  expect(expectEveryScriptCarries(await organizeA.text(), o.nonce, "/en/organize")).toBeGreaterThan(0);

  // And the browser runs them, with no CSP violation in the console (the fixture fails the test on any).
  await page.goto("/en/organize");
  expect(await nextBootstrapRan(page), "Next.js's inline bootstrap ran").toBe(true);
  await page.getByRole("link", { name: "New initiative" }).click();
  await expect(page.getByLabel("Name of the initiative")).toBeVisible();
});

test("a feed carries the policy too", async ({ request }) => {
  const feed = await request.get("/feeds/outcomes");
  expect(feed.status()).toBe(200);
  policyOf(feed, "/feeds/outcomes");
});

test("a cached page served to the browser runs its scripts under the policy", async ({ page, request }) => {
  await request.get(DEMO_EVENT_PATH);
  const response = await page.goto(DEMO_EVENT_PATH);
  expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await nextBootstrapRan(page), "Next.js's inline bootstrap ran").toBe(true);
});
