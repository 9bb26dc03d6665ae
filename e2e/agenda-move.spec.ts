// Issue #19 point 4, the timetable: the organizer moves an item to another time, day or place, with
// the keyboard (its Move handle → "Move to…": day, start, place; Enter moves, Escape cancels) and
// with the mouse (drag the handle onto another time of a day column). The live region says what
// happened, the item is drawn at its new place, and the checks panel shows a clash it made.
// At 1280 px both ways; at 360 px the keyboard way (the page says dragging is not offered). Axe-clean.
import type { Page } from "@playwright/test";
import { createSevanEvent, DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test, uniqueSuffix } from "./fixtures";

async function eventWithTwoItems(page: Page, id: string): Promise<string> {
  await signInByRequest(page, DEMO_ORGANIZER);
  const agendaUrl = await createSevanEvent(page, { title: `Move round table ${id}`, firstDay: "2027-06-10", lastDay: "2027-06-11" });
  for (const [title, start, end, place] of [
    [`Plenary ${id}`, "09:00", "10:00", "Main hall"],
    [`Workshop ${id}`, "11:00", "12:00", "Room 2"],
  ] as const) {
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Day", { exact: true }).selectOption("2027-06-10");
    await page.getByLabel("Starts at").fill(start);
    await page.getByLabel("Ends at").fill(end);
    await page.getByLabel("Room or place").fill(place);
    await page.getByRole("button", { name: "Add item" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Agenda item added." })).toBeVisible();
    await page.goto(agendaUrl);
  }
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timetable" }).click();
  await expect(page).toHaveURL(/view=grid/);
  return agendaUrl;
}

/** Moves an item from the keyboard: focus its handle, Enter, choose, Enter. */
async function moveWithKeyboard(page: Page, title: string, to: { day: string; start: string; place: string }) {
  const handle = page.getByRole("button", { name: `Move ${title}` });
  await handle.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Move ${title} to…` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Its length stays 60 minutes.")).toBeVisible();
  await dialog.getByLabel("Day").focus();
  await dialog.getByLabel("Day").selectOption(to.day);
  await dialog.getByLabel("Place").selectOption(to.place);
  await dialog.getByLabel("Start").fill(to.start);
  await dialog.getByLabel("Start").press("Enter");
  await expect(dialog).toBeHidden();
}

const status = (page: Page) => page.getByRole("status").filter({ hasText: /moved to|not moved|cancelled/ });

test("moving items in the timetable with the keyboard and with the mouse (desktop)", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const id = uniqueSuffix();
  await eventWithTwoItems(page, id);
  await expect(page.getByText("Drag an item by its Move handle")).toBeVisible();
  const secondDay = page.getByRole("list", { name: "Friday, June 11, 2027" });
  const firstDay = page.getByRole("list", { name: "Thursday, June 10, 2027" });

  // Escape cancels, and says so; nothing moves.
  await page.getByRole("button", { name: `Move Workshop ${id}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: `Move Workshop ${id} to…` })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(status(page)).toHaveText(`Move of Workshop ${id} cancelled.`);
  await expect(page.getByRole("button", { name: `Move Workshop ${id}` })).toBeFocused();

  // The keyboard: the plenary to the second day, 11:30, Room 2.
  await moveWithKeyboard(page, `Plenary ${id}`, { day: "2027-06-11", start: "11:30", place: "Room 2" });
  await expect(status(page)).toHaveText(`Plenary ${id} moved to Friday, June 11, 2027, 11:30 AM GMT+4, Room 2.`);
  const plenary = secondDay.getByRole("listitem").filter({ hasText: `Plenary ${id}` });
  await expect(plenary).toContainText("11:30 AM–12:30 PM");
  await expect(plenary).toContainText("Room 2");
  await expect(firstDay.getByRole("listitem").filter({ hasText: `Plenary ${id}` })).toHaveCount(0);
  const checks = page.getByRole("region", { name: "Checks" });
  await expect(checks).toContainText("No problems found.");
  await expectAccessible(page);

  // The mouse: drag the workshop onto the second day at 12:00 (the grid starts at 09:00, 1.2 px a
  // minute), into the plenary's room at the same time: moved, and the clash is said and checked.
  const box = (await secondDay.boundingBox())!;
  await page.getByRole("button", { name: `Move Workshop ${id}` }).dragTo(secondDay, { targetPosition: { x: box.width / 2, y: 3 * 60 * 1.2 + 2 } });
  await expect(status(page)).toHaveText(`Workshop ${id} moved to Friday, June 11, 2027, 12:00 PM GMT+4, Room 2. It now clashes with 1 item: see the checks.`);
  await expect(secondDay.getByRole("listitem").filter({ hasText: `Workshop ${id}` })).toContainText("12:00 PM–1:00 PM");
  await expect(firstDay.getByRole("listitem")).toHaveCount(0);
  await expect(checks.getByRole("link", { name: `Workshop ${id}` })).toBeVisible();
  await expect(checks.getByRole("link", { name: `Plenary ${id}` })).toBeVisible();
  await expectAccessible(page);

  // The list view shows the moved items at their new time too.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "List" }).click();
  await expect(page.getByText(`Workshop ${id}`).first()).toBeVisible();
});

test("moving an item with Move to… on a phone (360 px)", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const id = uniqueSuffix();
  await eventWithTwoItems(page, id);
  await expect(page.getByText("Dragging is not available on a narrow screen: use an item's Move button.")).toBeVisible();
  await moveWithKeyboard(page, `Workshop ${id}`, { day: "2027-06-11", start: "09:15", place: "Main hall" });
  await expect(status(page)).toHaveText(`Workshop ${id} moved to Friday, June 11, 2027, 9:15 AM GMT+4, Main hall.`);
  await expect(
    page
      .getByRole("list", { name: "Friday, June 11, 2027" })
      .getByRole("listitem")
      .filter({ hasText: `Workshop ${id}` }),
  ).toContainText("9:15 AM–10:15 AM");
  // A refusal is said in the dialog, next to the field, with what was chosen kept.
  await page.getByRole("button", { name: `Move Workshop ${id}` }).click();
  const dialog = page.getByRole("dialog", { name: `Move Workshop ${id} to…` });
  await dialog.getByLabel("Start").fill("23:30");
  await dialog.getByRole("button", { name: "Move", exact: true }).click();
  await expect(dialog.getByText("The move would end the item after midnight: choose an earlier start.")).toBeVisible();
  await expect(dialog.getByLabel("Start")).toHaveValue("23:30");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expectAccessible(page);
});

test("dragging a delegate onto an item and choosing “As speaker” adds them as speaker (desktop)", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const id = uniqueSuffix();
  const name = `Sona Speaker ${id}`;
  const agendaUrl = await eventWithTwoItems(page, id);
  await page.getByRole("link", { name: "Delegations" }).click();
  const addForm = page.getByRole("region", { name: "Add a person" });
  await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Armenia" });
  await addForm.getByLabel("Name (Latin script)").fill(name);
  await addForm.getByLabel("Registration status").selectOption({ label: "Confirmed" });
  await addForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person added." })).toBeVisible();
  await page.goto(`${agendaUrl}?view=grid`);

  const chip = page.getByRole("list", { name: "Delegates to drag" }).getByRole("listitem").filter({ hasText: name });
  const workshop = page
    .getByRole("list", { name: "Thursday, June 10, 2027" })
    .getByRole("listitem")
    .filter({ hasText: `Workshop ${id}` });
  await chip.dragTo(workshop);
  await page
    .getByRole("dialog", { name: `Add ${name} to Workshop ${id}:` })
    .getByRole("button", { name: "As speaker" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: name })).toHaveText(`${name} on Workshop ${id} as speaker: Added to 1 item.`);
  await expect(workshop).toContainText(`${name} (Armenia)`);
  await expect(
    page
      .getByRole("list", { name: "Thursday, June 10, 2027" })
      .getByRole("listitem")
      .filter({ hasText: `Plenary ${id}` }),
  ).not.toContainText(name);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the timetable offers no dead Move buttons, and each item still links to its edit page", async ({ page }) => {
    test.setTimeout(60_000);
    await signInByRequest(page, DEMO_ORGANIZER);
    await page.goto("/en/organize");
    await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).first().click();
    await page.getByRole("link", { name: "Agenda" }).first().click();
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timetable" }).click();
    await expect(page).toHaveURL(/view=grid/);
    const timetable = page.getByRole("region", { name: "Timetable" });
    await expect(timetable.getByRole("listitem").first()).toBeVisible();
    await expect(timetable.getByRole("button", { name: /^Move / })).toHaveCount(0);
    await expect(page.getByText("Drag an item by its Move handle")).toHaveCount(0);
    const firstItem = timetable.getByRole("listitem").getByRole("link").first();
    await firstItem.click();
    await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
  });
});
