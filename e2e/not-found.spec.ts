import { expect, expectAccessible, FOLLOW_UP_EVENT, test } from "./fixtures";
import type { Page } from "@playwright/test";

// #13 point 5: an address no route matches answers 404 with the translated not-found page in the
// HTML itself (readable without JavaScript), under the site's header, in the address's locale.
const UNKNOWN = [
  { path: "/en/no-such-page", lang: "en", title: "Page not found", home: "Go to the list of events" },
  { path: "/en/events/no-such-event/more", lang: "en", title: "Page not found", home: "Go to the list of events" },
  { path: "/ru/no-such-page", lang: "ru", title: "Страница не найдена", home: "Перейти к списку мероприятий" },
  { path: "/ru/organize/no/such/page", lang: "ru", title: "Страница не найдена", home: "Перейти к списку мероприятий" },
  // Outside every locale: the locale routing sends it to the default locale first.
  { path: "/no-such-page", lang: "en", title: "Page not found", home: "Go to the list of events" },
  // Outside the locale routing altogether.
  { path: "/api/no-such-route", lang: "en", title: "Page not found", home: "Go to the list of events" },
];

// What Next.js shows when it has nothing of ours to show, and what a leak would look like.
const NOT_OURS = [
  /This page could not be found/i,
  /__next_error__/,
  /next-error-h1/,
  /Internal Server Error/i,
  /at \S+ \(.*:\d+:\d+\)/,
  /NEXT_HTTP_ERROR_FALLBACK/,
];

async function expectNotFoundPage(page: Page, { lang, title, home }: (typeof UNKNOWN)[number]) {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The way back: the site's header and the link to the events.
  await expect(page.getByRole("banner").getByRole("navigation")).toBeVisible();
  await expect(page.getByRole("link", { name: home })).toHaveAttribute("href", `/${lang}`);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const address of UNKNOWN) {
    test(`${address.path} is the translated 404 page in the HTML`, async ({ page, request }) => {
      const raw = await request.get(address.path);
      expect(raw.status(), address.path).toBe(404);
      const html = await raw.text();
      expect(html).toContain(`<html lang="${address.lang}"`);
      expect(html).toContain(address.title);
      for (const pattern of NOT_OURS) expect(html, `${address.path} ${pattern}`).not.toMatch(pattern);

      const response = await page.goto(address.path);
      expect(response?.status()).toBe(404);
      await expectNotFoundPage(page, address);
      await expect(page).toHaveTitle(new RegExp(address.title));
    });
  }
});

test("with JavaScript, the same page, and the header's link leads back to the events", async ({ page }) => {
  for (const address of UNKNOWN.slice(0, 3)) {
    const response = await page.goto(address.path);
    expect(response?.status(), address.path).toBe(404);
    await expectNotFoundPage(page, address);
  }
  await expectAccessible(page);
  await page.getByRole("link", { name: "Перейти к списку мероприятий" }).click();
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

// #13: a page that finds nothing at its address (no such event or initiative, no published outcome)
// answers the same: 404, and the translated page in the HTML itself, inside the site's layout.
// Next.js's own notFound() there sent an empty `__next_error__` document, drawn only by script.
const MISSING = [
  { path: "/en/events/no-such-event", lang: "en", title: "Page not found", home: "Go to the list of events" },
  { path: "/ru/events/no-such-event", lang: "ru", title: "Страница не найдена", home: "Перейти к списку мероприятий" },
  { path: "/en/initiatives/no-such-initiative", lang: "en", title: "Page not found", home: "Go to the list of events" },
  { path: "/ru/events/no-such-event/outcome", lang: "ru", title: "Страница не найдена", home: "Перейти к списку мероприятий" },
  // The follow-up event has no published outcome (and no test publishes one).
  { path: `${FOLLOW_UP_EVENT.path}/outcome`, lang: "en", title: "Page not found", home: "Go to the list of events" },
  // The event page's own pages: a day without sessions, not a day, a page past the end, page 1 spelled out.
  { path: "/en/events/peace-bridge-tsaghkadzor-2026/programme/2026-03-01", lang: "en", title: "Page not found", home: "Go to the list of events" },
  { path: "/en/events/peace-bridge-tsaghkadzor-2026/programme/tomorrow", lang: "en", title: "Page not found", home: "Go to the list of events" },
  { path: "/en/events/peace-bridge-tsaghkadzor-2026/programme/2026-02-14/2", lang: "en", title: "Page not found", home: "Go to the list of events" },
  { path: "/en/events/peace-bridge-tsaghkadzor-2026/participants/99", lang: "en", title: "Page not found", home: "Go to the list of events" },
  { path: "/ru/events/peace-bridge-tsaghkadzor-2026/records/1", lang: "ru", title: "Страница не найдена", home: "Перейти к списку мероприятий" },
  { path: "/en/events/no-such-event/participants", lang: "en", title: "Page not found", home: "Go to the list of events" },
  // The demo's outcome is a draft: its recommendations have no public page yet.
  { path: "/en/events/peace-bridge-tsaghkadzor-2026/outcome/recommendations", lang: "en", title: "Page not found", home: "Go to the list of events" },
];

test.describe("a page that finds nothing, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const address of MISSING) {
    test(`${address.path} is the translated 404 page in the HTML`, async ({ page, request }) => {
      // Twice: the first answer is rendered, the second comes from the page cache.
      for (const round of ["rendered", "cached"]) {
        const raw = await request.get(address.path);
        expect(raw.status(), `${address.path} ${round}`).toBe(404);
        const html = await raw.text();
        expect(html).toContain(`<html lang="${address.lang}"`);
        expect(html).toMatch(new RegExp(`<h1[^>]*>${address.title}</h1>`));
        expect(html).toMatch(new RegExp(`<title>${address.title} · `));
        expect(html).toContain('<meta name="robots" content="noindex"/>');
        // What a reader without script gets: the markup outside the scripts. (The page's data for
        // the browser's script carries Next.js's own fallback for the root and its not-found
        // signal, which also marks the boundary the browser re-renders: neither is ever shown.)
        const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
        for (const pattern of NOT_OURS.filter((p) => p.source !== "NEXT_HTTP_ERROR_FALLBACK")) {
          expect(markup, `${address.path} ${pattern}`).not.toMatch(pattern);
        }
      }

      const response = await page.goto(address.path);
      expect(response?.status()).toBe(404);
      await expectNotFoundPage(page, address);
      await expect(page).toHaveTitle(new RegExp(address.title));
    });
  }
});

test("a page that finds nothing, with JavaScript: 404 and the same translated page", async ({ page }) => {
  for (const address of MISSING) {
    const response = await page.goto(address.path);
    expect(response?.status(), address.path).toBe(404);
    await expectNotFoundPage(page, address);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  }
  await expectAccessible(page);
});
