// Issue #19 point 10: on a 360-px phone the header takes one row (the site's name and a menu), not
// three; on a desktop the links stay in the header as before.
import { devices } from "@playwright/test";
import { DEMO_DELEGATE, expect, expectAccessible, signInByRequest, test } from "./fixtures";

test("on a phone the delegate's header is one row with a menu; the menu opens, leads on, and closes", async ({ browser }) => {
  const phone = await browser.newContext({ ...devices["Pixel 5"], viewport: { width: 360, height: 740 } });
  const page = await phone.newPage();
  await signInByRequest(page, DEMO_DELEGATE);
  await page.goto("/en/schedule");
  await expect(page.getByRole("heading", { level: 1, name: "My schedule" })).toBeVisible();

  const header = page.locator("header.site-header");
  const menu = header.locator("summary", { hasText: "Menu" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(menu).toBeVisible();
  await expect(nav).toBeHidden();
  // One row: the name and the menu side by side, the header no taller than one line of it.
  const name = (await header.getByRole("link", { name: "Roundtable" }).boundingBox())!;
  const button = (await menu.boundingBox())!;
  expect(Math.abs(name.y + name.height / 2 - (button.y + button.height / 2))).toBeLessThan(8);
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  await expectAccessible(page);

  await menu.click();
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(nav.getByRole("list", { name: "Language" }).getByRole("link", { name: "Հայերեն" })).toBeVisible();
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  await nav.getByRole("link", { name: "Calendar" }).click();
  await expect(page).toHaveURL(/\/en\/calendar$/);
  await expect(nav).toBeHidden();

  // Keyboard: the menu is reached and opened without a pointer.
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(nav).toBeVisible();
  await phone.close();
});

test("on a desktop the header's links are there without opening anything", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInByRequest(page, DEMO_DELEGATE);
  await page.goto("/en/schedule");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "My schedule" })).toBeVisible();
  await expect(page.locator("header.site-header summary")).toBeHidden();
  await expectAccessible(page);
});
