import { DEMO_EVENT_PATH, expect, expectAccessible, test } from "./fixtures";

// Issue #19, point 9: one time format per locale. In Russian a shown time is on the 24-hour clock,
// in English on English's own (12-hour); a time that stands alone names its zone. On a desktop and
// on a phone, on the demo round table's public page (the programme's release time).

for (const { label, viewport } of [
  { label: "desktop", viewport: { width: 1280, height: 900 } },
  { label: "phone", viewport: { width: 360, height: 740 } },
]) {
  test.describe(label, () => {
    test.use({ viewport });

    test(`a shown time has its locale's form and names its zone (${label})`, async ({ page }) => {
      await page.goto(DEMO_EVENT_PATH);
      await expect(page.getByText(/^Version \d+, released on [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d\s[AP]M \(Asia\/Yerevan\)\.$/)).toBeVisible();
      // The programme's times on the same clock, each range with its zone beside it (the zone id in its title).
      await expect(page.getByText(/\b\d{1,2}:\d\d\s[AP]M–\d{1,2}:\d\d\s[AP]M GMT\+4\b/).first()).toBeVisible();
      await expect(page.getByText("GMT+4", { exact: true }).first()).toHaveAttribute("title", "Asia/Yerevan");
      await expectAccessible(page);

      await page.goto(DEMO_EVENT_PATH.replace(/^\/en\//, "/ru/"));
      await expect(page.getByText(/^Версия \d+, выпущена \d{1,2} [а-я]+ \d{4} г\. в \d\d:\d\d \(Asia\/Yerevan\)\.$/)).toBeVisible();
      await expect(page.getByText(/\b\d\d:\d\d–\d\d:\d\d GMT\+4\b/).first()).toBeVisible();
      // No 12-hour clock anywhere on the Russian page.
      expect(await page.locator("main").innerText()).not.toMatch(/\d:\d\d\s?(AM|PM)/);
      await expectAccessible(page);

      // Azerbaijani and Armenian: the 24-hour clock, the zone beside each range.
      for (const locale of ["az", "hy"]) {
        await page.goto(DEMO_EVENT_PATH.replace(/^\/en\//, `/${locale}/`));
        await expect(page.getByText(/\b\d\d:\d\d–\d\d:\d\d GMT\+4\b/).first()).toBeVisible();
        expect(await page.locator("main").innerText()).not.toMatch(/\d:\d\d\s?(AM|PM)/);
      }
    });
  });
}
