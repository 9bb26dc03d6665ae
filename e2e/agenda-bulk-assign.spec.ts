// Issue #19 point 4, the timetable: the organizer puts one delegate on several agenda items at once
// (a delegate, a role, the ticked items), reads how many were added, and sees them on each item.
// On a 1280-px desktop and a 360-px phone (no sideways scrolling), axe-clean.
import { createSevanEvent, DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test, uniqueSuffix } from "./fixtures";

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 360, height: 740 },
]) {
  test(`one delegate as moderator on several items at once (${viewport.name})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const id = uniqueSuffix();
    const name = `Mariam Moderator ${id}`;
    const titles = [`Opening ${id}`, `Closing ${id}`, `Lunch ${id}`];

    await signInByRequest(page, DEMO_ORGANIZER);
    const agendaUrl = await createSevanEvent(page, { title: `Assign round table ${id}`, firstDay: "2027-06-10", lastDay: "2027-06-10" });

    await page.getByRole("link", { name: "Delegations" }).click();
    const addForm = page.getByRole("region", { name: "Add a person" });
    await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Armenia" });
    await addForm.getByLabel("Name (Latin script)").fill(name);
    await addForm.getByLabel("Registration status").selectOption({ label: "Confirmed" });
    await addForm.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Person added." })).toBeVisible();

    await page.goto(agendaUrl);
    for (const [index, title] of titles.entries()) {
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Day", { exact: true }).selectOption("2027-06-10");
      await page.getByLabel("Starts at").fill(`${10 + 2 * index}:00`);
      await page.getByLabel("Ends at").fill(`${11 + 2 * index}:00`);
      await page.getByRole("button", { name: "Add item" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Agenda item added." })).toBeVisible();
      await page.goto(agendaUrl);
    }

    const assign = page.getByRole("region", { name: "One delegate on several items" });
    await assign.getByLabel("Delegate").selectOption({ label: `${name} (Armenia)` });
    await assign.getByRole("radio", { name: "Moderator" }).check();
    // Nothing ticked: said next to the items, the delegate and role kept.
    await assign.getByRole("button", { name: "Assign to the ticked items" }).click();
    await expect(assign.getByText("Tick at least one item.")).toBeVisible();
    await expect(assign.getByLabel("Delegate")).toHaveValue(/[0-9a-f-]{36}/);
    await expect(assign.getByRole("radio", { name: "Moderator" })).toBeChecked();

    await assign.getByRole("checkbox", { name: new RegExp(titles[0]!) }).check();
    await assign.getByRole("checkbox", { name: new RegExp(titles[1]!) }).check();
    await assign.getByRole("button", { name: "Assign to the ticked items" }).click();
    await expect(assign.getByRole("status")).toHaveText("Added to 2 items.");
    for (const title of titles.slice(0, 2)) {
      await expect(
        page
          .getByRole("listitem")
          .filter({ hasText: title })
          .filter({ hasText: `${name} (Armenia)` }),
      ).toHaveCount(1);
    }
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: titles[2]! })
        .filter({ hasText: `${name} (Armenia)` }),
    ).toHaveCount(0);
    await expectAccessible(page);
    if (viewport.width === 360) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
    }
  });
}
