// Forms work without JavaScript (a script that failed to load, a locked-down browser): the browser
// posts the form, the server runs the action and answers with the page and the action's result.
// A form whose action was bound on each render made that answer never come: the request hung with
// a CPU core at 100% (lib/forms/bound-action.ts). Each check here waited for ever before the fix.
import { DEMO_ORGANIZER, expect, signInByRequest, test } from "./fixtures";

test.use({ javaScriptEnabled: false });

test("without JavaScript, the roster's target size and the event's status save and say so", async ({ page }) => {
  test.setTimeout(60_000);
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).first().click();
  const overview = page.url();

  await page.getByRole("link", { name: "Delegations" }).first().click();
  const target = page.getByLabel("Target size (Armenia)");
  const saved = await target.inputValue();
  // Saved (the same number: the demo's roster stays as other tests expect it). The browser checks
  // the number itself (min, max) before posting, so the refusals are the server's own tests' part.
  await target.fill(saved);
  await page
    .locator("form")
    .filter({ has: page.getByLabel("Target size (Armenia)") })
    .getByRole("button", { name: "Save" })
    .click();
  await expect(page.getByText("Target saved.")).toBeVisible({ timeout: 10_000 });

  // The event's status, saved unchanged.
  await page.goto(overview);
  const status = page.getByLabel("Event status");
  await status.selectOption(await status.inputValue());
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByText("Status saved.")).toBeVisible({ timeout: 10_000 });
});
