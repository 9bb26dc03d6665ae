import { DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test } from "./fixtures";

test("the organizer reads the agenda as a timetable with a second time zone, and as a print-ready programme", async ({ page }) => {
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).click();
  await page.getByRole("link", { name: "Agenda" }).click();
  await expect(page).toHaveURL(/\/agenda$/);
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timetable" }).click();
  await expect(page).toHaveURL(/view=grid/);
  const friday = page.getByRole("region", { name: "Friday, February 13, 2026" });
  const saturday = page.getByRole("region", { name: "Saturday, February 14, 2026" });
  await expect(friday.getByRole("link", { name: "Opening plenary" })).toBeVisible();
  await expect(saturday.getByRole("link", { name: "Final press conference" })).toBeVisible();
  await expect(saturday.getByRole("listitem").filter({ hasText: "Final press conference" })).toContainText("3:30 PM–4:30 PM");
  await expectAccessible(page);

  // The visiting delegation's zone beside the event's (Berlin is three hours behind Yerevan in February).
  await page.getByLabel("Also show times in").fill("Europe/Berlin");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("In brackets: Europe/Berlin (GMT+1).")).toBeVisible();
  await expect(saturday.getByRole("listitem").filter({ hasText: "Final press conference" })).toContainText("3:30 PM–4:30 PM GMT+4 (12:30 PM–1:30 PM GMT+1)");
  await expectAccessible(page);

  // Each block opens the item for editing.
  await saturday.getByRole("link", { name: "Final press conference" }).click();
  await expect(page.getByRole("heading", { name: "Edit “Final press conference”" })).toBeVisible();
  await expectAccessible(page);

  await page.goBack();
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Print" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bilateral round table in Tsaghkadzor" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await expect(page.getByText("Organizers' logistics briefing")).toBeVisible(); // the organizers' own programme
  await expectAccessible(page);
  // On paper it carries no site navigation and no buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
});
