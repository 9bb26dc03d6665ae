import { DEMO_DELEGATE, DEMO_ORGANIZER, expect, signInByRequest, test } from "./fixtures";

// The route handler is covered in depth by tests/integration/roster-export.test.ts; this checks it
// in the built app: session cookie, next-intl outside a page, and the bytes the browser receives.
test("the organizer downloads the roster CSV; a delegate and the anonymous cannot", async ({ page, browser }) => {
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).click();
  await expect(page).toHaveURL(/\/en\/organize\/events\/[0-9a-f-]{36}$/);
  const exportPath = `${new URL(page.url()).pathname}/delegations/export`;

  const download = await page.request.get(exportPath);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="peace-bridge-tsaghkadzor-2026-roster-\d{4}-\d{2}-\d{2}\.csv"$/);
  const bytes = await download.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toContain("Party,Name (Latin script),Name (native script),Role");
  expect(text).toContain("Rauf Huseynov,Rauf Hüseynov,Head of delegation");

  const russian = await page.request.get(exportPath.replace(/^\/en\//, "/ru/"));
  expect(await russian.text()).toContain("Сторона,Имя (латиницей)");

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(new URL(exportPath, page.url()).toString())).status()).toBe(401);
  await anonymous.close();

  const delegateContext = await browser.newContext();
  const delegatePage = await delegateContext.newPage();
  await signInByRequest(delegatePage, DEMO_DELEGATE);
  expect((await delegatePage.request.get(new URL(exportPath, page.url()).toString())).status()).toBe(404);
  await delegateContext.close();
});
