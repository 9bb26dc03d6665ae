// The parties' own languages: the public pages read in Azerbaijani and Armenian, the switcher
// offers all four languages named in themselves, the first visit follows the browser's language,
// and a language chosen in the switcher is remembered over it.
import { devices, type Page } from "@playwright/test";
import { DEMO_EVENT_PATH, expect, expectAccessible, test } from "./fixtures";

const EVENT = DEMO_EVENT_PATH.replace(/^\/en\//, "/");
const AUTONYMS = ["English", "Русский", "Azərbaycanca", "Հայերեն"];

const LANGUAGES = [
  { locale: "az", home: "Dialoq dəyirmi masaları", agenda: "Gündəlik", switcher: "Dil", dates: "13 – 14 fevral 2026" },
  { locale: "hy", home: "Երկխոսության կլոր սեղաններ", agenda: "Օրակարգ", switcher: "Լեզու", dates: "13–14 փետրվարի, 2026 թ." },
] as const;

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `no sideways scrolling at 360 px on ${page.url()}`).toBeLessThanOrEqual(0);
}

for (const language of LANGUAGES) {
  test(`the public home and the event page read in ${language.locale}`, async ({ page }) => {
    await page.goto(`/${language.locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", language.locale);
    await expect(page.getByRole("heading", { level: 1, name: language.home })).toBeVisible();
    const switcher = page.getByRole("list", { name: language.switcher });
    await expect(switcher.getByRole("link")).toHaveText(AUTONYMS);
    await expect(switcher.getByRole("link", { name: AUTONYMS[language.locale === "az" ? 2 : 3] })).toHaveAttribute("aria-current", "true");
    await expectAccessible(page);

    await page.goto(`/${language.locale}${EVENT}`);
    await expect(page.locator("html")).toHaveAttribute("lang", language.locale);
    await expect(page.getByRole("heading", { level: 2, name: language.agenda, exact: true })).toBeVisible();
    // The dates as the language writes them, from the platform's data for that locale.
    await expect(page.getByText(language.dates, { exact: false }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test(`on a phone, the ${language.locale} pages fit 360 px`, async ({ browser }) => {
    const context = await browser.newContext({ ...devices["Pixel 5"], viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of [`/${language.locale}`, `/${language.locale}${EVENT}`]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", language.locale);
      await expectNoSidewaysScroll(page);
    }
    await context.close();
  });
}

test("the first visit follows Accept-Language; a language chosen in the switcher is remembered over it", async ({ browser }) => {
  // The browser's language (Chromium sends it as Accept-Language on every request).
  const context = await browser.newContext({ locale: "hy-AM" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/hy$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "hy");

  await page.goto(`/hy${EVENT}`);
  await page.getByRole("list", { name: "Լեզու" }).getByRole("link", { name: "Azərbaycanca" }).click();
  await expect(page).toHaveURL(new RegExp(`/az${EVENT}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "az");

  // Back at the bare address, the browser still says Armenian: the choice wins.
  await page.goto("/");
  await expect(page).toHaveURL(/\/az$/);
  await context.close();

  const azerbaijani = await browser.newContext({ locale: "az-Latn-AZ" });
  const first = await azerbaijani.newPage();
  const sent = first.waitForRequest((request) => new URL(request.url()).pathname === "/");
  await first.goto("/");
  expect(await (await sent).headerValue("accept-language")).toMatch(/^az-Latn-AZ/);
  await expect(first).toHaveURL(/\/az$/);
  await azerbaijani.close();
});
