import { DEMO_EVENT_PATH, expect, expectAccessible, test } from "./fixtures";

// This project's server was started with no DATABASE_URL on a brand-new embedded folder.
test("with no database server, the app migrates, seeds and serves the demo round table", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" })).toBeVisible();
  await page.goto(DEMO_EVENT_PATH);
  await expect(page.getByRole("heading", { level: 1, name: "Bilateral round table in Tsaghkadzor" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Azerbaijan" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Armenia" })).toBeVisible();
  await expect(page.getByText("Organizers' logistics briefing")).toHaveCount(0);
  await expectAccessible(page);
});
