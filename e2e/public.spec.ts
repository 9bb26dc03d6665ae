import type { Page } from "@playwright/test";
import { DEMO_EVENT_PATH, expect, expectAccessible, test } from "./fixtures";

test("the public reads the demo round table without seeing anything private", async ({ page }) => {
  await page.goto("/en");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO_EVENT_PATH}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Bilateral round table in Tsaghkadzor" })).toBeVisible();
  // Link previews: the event's title and an absolute picture address.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Bilateral round table in Tsaghkadzor");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/^https?:\/\/[^/]+\/og-default\.png$/);
  expect((await page.request.get(image!)).headers()["content-type"]).toBe("image/png");
  // The same page in the other languages, for search engines (hreflang), and this one as canonical.
  const origin = new URL(page.url()).origin;
  for (const language of ["en", "ru", "az", "hy"]) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${language}"]`)).toHaveAttribute(
      "href",
      `${origin}/${language}${DEMO_EVENT_PATH.replace(/^\/en/, "")}`,
    );
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", `${origin}${DEMO_EVENT_PATH}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${origin}${DEMO_EVENT_PATH}`);
  await expect(page.getByText("Times are in the event's time zone: Asia/Yerevan (GMT+4).")).toBeVisible();
  // The event is over: the page opens on its first day; the other day is a page of its own.
  const agenda = page.getByRole("region", { name: "Agenda", exact: true });
  await expect(agenda.getByRole("heading", { level: 3, name: "Friday, February 13, 2026" })).toBeVisible();
  await expect(agenda.getByText("Opening plenary")).toBeVisible();
  await expect(agenda.getByText("Final press conference")).toHaveCount(0);
  // The meeting with the Security Council secretary is closed-door: the public sees only that it took place.
  await expect(agenda.getByText("Closed session")).toBeVisible();
  await expect(page.getByText("Secretary of the Security Council")).toHaveCount(0);
  // The demo outcome is a draft: nothing of it is public.
  await expect(page.getByText("The outcome has not been published yet.")).toBeVisible();
  await expectNothingPrivate(page);
  // 19 invited, one declined: 18 coming; only those who consented are named (on the participants page).
  await expect(page.getByRole("region", { name: "Azerbaijan" })).toContainText(/18 participants, of whom \d+ listed by name/);
  const listed = Number((await page.getByRole("region", { name: "Azerbaijan" }).textContent())!.match(/of whom (\d+) listed/)![1]);
  await expectAccessible(page);

  await page
    .getByRole("navigation", { name: "Days of the programme" })
    .getByRole("link", { name: /^Saturday, February 14, 2026/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${DEMO_EVENT_PATH}/programme/2026-02-14$`));
  await expect(page.getByRole("heading", { level: 1, name: "Programme of Saturday, February 14, 2026" })).toBeVisible();
  await expect(page.getByText("Times are in the event's time zone: Asia/Yerevan (GMT+4).")).toBeVisible();
  await expect(page.getByText("Final press conference")).toBeVisible();
  await expect(page.getByText("Opening plenary")).toHaveCount(0);
  await expect(page.getByText("Organizers' logistics briefing")).toHaveCount(0);
  await expectNothingPrivate(page);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Back to “Bilateral round table in Tsaghkadzor”" }).click();
  await page.getByRole("link", { name: /participants listed by name$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO_EVENT_PATH}/participants$`));
  await expect(page.getByRole("heading", { level: 1, name: "Participants" })).toBeVisible();
  const azerbaijan = page.getByRole("region", { name: "Azerbaijan" });
  await expect(azerbaijan.getByRole("listitem")).toHaveCount(listed);
  await expect(page.getByRole("region", { name: "Armenia" })).toBeVisible();
  await expectNothingPrivate(page);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Back to “Bilateral round table in Tsaghkadzor”" }).click();
  await page.getByRole("link", { name: "Read the records of the sessions" }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO_EVENT_PATH}/records$`));
  await expect(page.getByRole("heading", { level: 1, name: "Records of the sessions" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Records of the sessions" }).getByRole("article").first()).toBeVisible();
  await expectNothingPrivate(page);
  await expectAccessible(page);
});

async function expectNothingPrivate(page: Page) {
  const html = await page.content();
  expect(html).not.toMatch(/@example\.org/);
  expect(html, "no delegate phone number (the seed uses +994 50 555 … and +374 9x 555 …)").not.toMatch(/\+(994|374) \d{2} 555/);
}

test("the event page reads in Russian", async ({ page }) => {
  await page.goto(DEMO_EVENT_PATH.replace("/en/", "/ru/"));
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 2, name: "Повестка дня" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Дни программы" }).getByRole("link").last().click();
  await expect(page).toHaveURL(/\/ru\/events\/peace-bridge-tsaghkadzor-2026\/programme\/2026-02-14$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1, name: /^Программа на / })).toBeVisible();
  await expectAccessible(page);
});

test("the public searches published outcomes, reads an initiative's archive, and subscribes to the feed", async ({ page, request }) => {
  await page.goto("/en/outcomes");
  await expect(page.getByRole("heading", { level: 1, name: "Published outcomes" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("searchbox", { name: "Search the outcomes" }).fill("no statement says zqxj");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No published outcome matches “no statement says zqxj”.", { exact: false })).toBeVisible();
  // The demo outcome is a draft: a phrase of it finds nothing.
  await page.getByRole("searchbox", { name: "Search the outcomes" }).fill("Washington summit");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No published outcome matches “Washington summit”.", { exact: false })).toBeVisible();

  await page.goto("/en/initiatives/peace-bridge");
  await expect(page.getByRole("heading", { level: 1, name: "Peace Bridge" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Events" })).toContainText("Bilateral round table in Tsaghkadzor");
  await expectAccessible(page);

  const feed = await request.get("/feeds/outcomes");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain("<feed");
  expect(await feed.text()).not.toContain("Washington summit");
});
