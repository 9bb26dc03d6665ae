import { expect, expectAccessible, test } from "./fixtures";
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

test("an event, or a page of one, that does not exist: 404, and the translated page once the browser draws it", async ({ page }) => {
  for (const address of [
    { path: "/en/events/no-such-event", lang: "en", title: "Page not found", home: "Go to the list of events" },
    { path: "/ru/events/no-such-event", lang: "ru", title: "Страница не найдена", home: "Перейти к списку мероприятий" },
    // The event page's own pages: a day without sessions, not a day, a page past the end, page 1 spelled out.
    { path: "/en/events/peace-bridge-tsaghkadzor-2026/programme/2026-03-01", lang: "en", title: "Page not found", home: "Go to the list of events" },
    { path: "/en/events/peace-bridge-tsaghkadzor-2026/programme/tomorrow", lang: "en", title: "Page not found", home: "Go to the list of events" },
    { path: "/en/events/peace-bridge-tsaghkadzor-2026/programme/2026-02-14/2", lang: "en", title: "Page not found", home: "Go to the list of events" },
    { path: "/en/events/peace-bridge-tsaghkadzor-2026/participants/99", lang: "en", title: "Page not found", home: "Go to the list of events" },
    { path: "/ru/events/peace-bridge-tsaghkadzor-2026/records/1", lang: "ru", title: "Страница не найдена", home: "Перейти к списку мероприятий" },
    { path: "/en/events/no-such-event/participants", lang: "en", title: "Page not found", home: "Go to the list of events" },
  ]) {
    const response = await page.goto(address.path);
    expect(response?.status(), address.path).toBe(404);
    await expectNotFoundPage(page, address);
  }
});
