// Issue #19 points 4 and 9, the organizer's agenda: the "By place" timetable (dragging onto another
// place column changes place and time in one move), Alt+arrow nudging on a Move handle (with refusals
// said and nothing changed), the role asked after dropping a delegate on an item and each delegate's
// keyboard path "Assign to…", the roster's bulk "Add to agenda item…", and every time in the
// timetable, the agenda list and the printable programme naming its zone. At 1280 px with the mouse
// and the keyboard; at 360 px the dialogs (no dragging). Axe-clean.
import type { Page } from "@playwright/test";
import { createSevanEvent, DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test, uniqueSuffix } from "./fixtures";

const DAY_ONE = "Thursday, June 10, 2027";
const DAY_TWO = "Friday, June 11, 2027";

/** A two-day round table with a plenary (Main hall, 09:00–10:00), a workshop (Room 2, 11:00–12:00) and a coffee break (Main hall, 16:00) on day one, and a confirmed delegate. */
async function eventWithItemsAndDelegate(page: Page, id: string): Promise<{ agendaUrl: string; name: string }> {
  await signInByRequest(page, DEMO_ORGANIZER);
  const agendaUrl = await createSevanEvent(page, { title: `Timetable round table ${id}`, firstDay: "2027-06-10", lastDay: "2027-06-11" });
  for (const [title, start, end, place] of [
    [`Plenary ${id}`, "09:00", "10:00", "Main hall"],
    [`Workshop ${id}`, "11:00", "12:00", "Room 2"],
    // Keeps the Main hall's column in the By place layout when the plenary leaves it (columns are the places in use).
    [`Coffee ${id}`, "16:00", "16:30", "Main hall"],
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
  const name = `Tamar Delegate ${id}`;
  await page.getByRole("link", { name: "Delegations" }).click();
  const addForm = page.getByRole("region", { name: "Add a person" });
  await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Armenia" });
  await addForm.getByLabel("Name (Latin script)").fill(name);
  await addForm.getByLabel("Registration status").selectOption({ label: "Confirmed" });
  await addForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person added." })).toBeVisible();
  return { agendaUrl, name };
}

const moveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /moved to|not moved|cancelled/ });
const column = (page: Page, label: string) => page.getByRole("list", { name: label, exact: true });
const entry = (page: Page, list: string, title: string) => column(page, list).getByRole("listitem").filter({ hasText: title });

test("By place: dragging onto another place column changes place and time; Alt+arrows nudge (desktop)", async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const id = uniqueSuffix();
  const { agendaUrl } = await eventWithItemsAndDelegate(page, id);
  await page.goto(agendaUrl);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "By place" }).click();
  await expect(page).toHaveURL(/view=places&day=2027-06-10/);
  const mainHall = `Main hall, ${DAY_ONE}`;
  const roomTwo = `Room 2, ${DAY_ONE}`;
  await expect(entry(page, mainHall, `Plenary ${id}`)).toContainText("9:00 AM–10:00 AM GMT+4");
  await expect(entry(page, roomTwo, `Workshop ${id}`)).toBeVisible();
  await expect(page.getByText("Alt+← or Alt+→ to the previous or next place.")).toBeVisible();
  await expectAccessible(page);

  // The mouse: the plenary onto Room 2 at 12:15 (the grid starts at 09:00, 1.2 px a minute).
  const target = column(page, roomTwo);
  const box = (await target.boundingBox())!;
  await page.getByRole("button", { name: `Move Plenary ${id}` }).dragTo(target, { targetPosition: { x: box.width / 2, y: 195 * 1.2 + 2 } });
  await expect(moveStatus(page)).toHaveText(`Plenary ${id} moved to ${DAY_ONE}, 12:15 PM GMT+4, Room 2.`);
  await expect(entry(page, roomTwo, `Plenary ${id}`)).toContainText("12:15 PM–1:15 PM GMT+4");
  await expect(
    column(page, mainHall)
      .getByRole("listitem")
      .filter({ hasText: `Plenary ${id}` }),
  ).toHaveCount(0);

  // The keyboard in this layout: Alt+Left takes the plenary to the previous place column (Main hall).
  await page.getByRole("button", { name: `Move Plenary ${id}` }).focus();
  await page.keyboard.press("Alt+ArrowLeft");
  await expect(moveStatus(page)).toHaveText(`Plenary ${id} moved to ${DAY_ONE}, 12:15 PM GMT+4, Main hall.`);
  await expect(entry(page, mainHall, `Plenary ${id}`)).toContainText("12:15 PM–1:15 PM GMT+4");
  // Main hall is the first column: further left is refused, said, and nothing changes.
  await page.getByRole("button", { name: `Move Plenary ${id}` }).focus();
  await page.keyboard.press("Alt+ArrowLeft");
  await expect(moveStatus(page)).toHaveText(`Plenary ${id} was not moved: there is no place column further that way.`);
  await expect(entry(page, mainHall, `Plenary ${id}`)).toContainText("12:15 PM–1:15 PM GMT+4");
  await page.getByRole("button", { name: `Move Plenary ${id}` }).focus();
  await page.keyboard.press("Alt+ArrowRight");
  await expect(moveStatus(page)).toHaveText(`Plenary ${id} moved to ${DAY_ONE}, 12:15 PM GMT+4, Room 2.`);
  await expect(entry(page, roomTwo, `Plenary ${id}`)).toContainText("12:15 PM–1:15 PM GMT+4");

  // The day layout: Alt+Down 15 minutes later (twice: then it overlaps the plenary in Room 2, said), Alt+Up back, Alt+Right to the next day.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timetable" }).click();
  await expect(page.getByText("Alt+← or Alt+→ to the previous or next day.")).toBeVisible();
  await page.getByRole("button", { name: `Move Workshop ${id}` }).focus();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(moveStatus(page)).toHaveText(`Workshop ${id} moved to ${DAY_ONE}, 11:15 AM GMT+4, Room 2.`);
  await expect(entry(page, DAY_ONE, `Workshop ${id}`)).toContainText("11:15 AM–12:15 PM GMT+4");
  await page.getByRole("button", { name: `Move Workshop ${id}` }).focus();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(moveStatus(page)).toHaveText(`Workshop ${id} moved to ${DAY_ONE}, 11:30 AM GMT+4, Room 2. It now clashes with 1 item: see the checks.`);
  await expect(entry(page, DAY_ONE, `Workshop ${id}`)).toContainText("11:30 AM–12:30 PM GMT+4");
  await page.getByRole("button", { name: `Move Workshop ${id}` }).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(moveStatus(page)).toHaveText(`Workshop ${id} moved to ${DAY_ONE}, 11:15 AM GMT+4, Room 2.`);
  await expect(entry(page, DAY_ONE, `Workshop ${id}`)).toContainText("11:15 AM–12:15 PM GMT+4");
  await page.getByRole("button", { name: `Move Workshop ${id}` }).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(moveStatus(page)).toHaveText(`Workshop ${id} moved to ${DAY_ONE}, 11:00 AM GMT+4, Room 2.`);
  await expect(entry(page, DAY_ONE, `Workshop ${id}`)).toContainText("11:00 AM–12:00 PM GMT+4");
  await page.getByRole("button", { name: `Move Workshop ${id}` }).focus();
  await page.keyboard.press("Alt+ArrowLeft");
  await expect(moveStatus(page)).toHaveText(`Workshop ${id} was not moved: that is outside the event's days.`);
  await expect(entry(page, DAY_ONE, `Workshop ${id}`)).toContainText("11:00 AM–12:00 PM GMT+4");
  await page.getByRole("button", { name: `Move Workshop ${id}` }).focus();
  await page.keyboard.press("Alt+ArrowRight");
  await expect(moveStatus(page)).toHaveText(`Workshop ${id} moved to ${DAY_TWO}, 11:00 AM GMT+4, Room 2.`);
  await expect(entry(page, DAY_TWO, `Workshop ${id}`)).toContainText("11:00 AM–12:00 PM GMT+4");
  await expect(page.getByRole("button", { name: `Move Workshop ${id}` })).toBeFocused();
  await expectAccessible(page);
});

test("a delegate dropped on an item is asked for a role; Assign to… from the keyboard; times name their zone (desktop)", async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const id = uniqueSuffix();
  const { agendaUrl, name } = await eventWithItemsAndDelegate(page, id);
  await page.goto(`${agendaUrl}?view=grid`);
  const chip = page.getByRole("list", { name: "Delegates to drag" }).getByRole("listitem").filter({ hasText: name });

  // Dropped, then Escape: nobody added, and said.
  await chip.dragTo(entry(page, DAY_ONE, `Workshop ${id}`));
  const roleDialog = page.getByRole("dialog", { name: `Add ${name} to Workshop ${id}:` });
  await expect(roleDialog).toBeVisible();
  await expect(roleDialog.getByRole("button", { name: "As speaker" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(roleDialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: name })).toHaveText(`${name} was not added to Workshop ${id}.`);
  await expect(entry(page, DAY_ONE, `Workshop ${id}`)).not.toContainText(name);

  // Dropped again, as moderator.
  await chip.dragTo(entry(page, DAY_ONE, `Workshop ${id}`));
  await roleDialog.getByRole("button", { name: "As moderator" }).click();
  await expect(page.getByRole("status").filter({ hasText: name })).toHaveText(`${name} on Workshop ${id} as moderator: Added to 1 item.`);
  await expect(entry(page, DAY_ONE, `Workshop ${id}`)).toContainText(`${name} (Armenia)`);

  // The keyboard path: the chip's Assign to… button, the plenary, as speaker.
  await page.getByRole("button", { name: `Assign ${name} to…` }).focus();
  await page.keyboard.press("Enter");
  const assign = page.getByRole("dialog", { name: `Assign ${name} (Armenia) to…` });
  await expect(assign).toBeVisible();
  // Nothing ticked: said next to the items, the role chosen kept.
  await assign.getByRole("radio", { name: "Moderator" }).check();
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(assign.getByText("Tick at least one item.")).toBeVisible();
  await expect(assign.getByRole("radio", { name: "Moderator" })).toBeChecked();
  await expectAccessible(page);
  await assign.getByRole("radio", { name: "Speaker" }).check();
  await assign.getByRole("checkbox", { name: new RegExp(`Plenary ${id} · ${DAY_ONE}, 9:00 AM–10:00 AM GMT\\+4`) }).check();
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(assign).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: name })).toHaveText(`${name}: Added to 1 item.`);
  await expect(entry(page, DAY_ONE, `Plenary ${id}`)).toContainText(`${name} (Armenia)`);

  // Point 9: the list view and the printable programme show each range with its zone.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "List" }).click();
  const list = page.getByRole("region", { name: "Timetable" });
  await expect(list.getByText("9:00 AM–10:00 AM GMT+4")).toBeVisible();
  await expect(list.getByText("GMT+4", { exact: true }).first()).toHaveAttribute("title", "Asia/Yerevan");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Print" }).click();
  await expect(page.getByText("9:00 AM–10:00 AM GMT+4").first()).toBeVisible();
  await expectAccessible(page);
});

test("on a phone (360 px): By place, Move to… another place, Assign to…, and the roster's Add to agenda item…", async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const id = uniqueSuffix();
  const { agendaUrl, name } = await eventWithItemsAndDelegate(page, id);

  // The roster: tick the delegate, add them to the workshop as moderator.
  const roster = page.getByRole("form", { name: "With the ticked people" });
  await page.getByRole("checkbox", { name: `Select ${name}` }).check();
  await roster.getByLabel("Agenda item").selectOption({ label: `Workshop ${id} · ${DAY_ONE}, 11:00 AM–12:00 PM GMT+4` });
  await roster.getByRole("radio", { name: "Moderator" }).check();
  await roster.getByRole("button", { name: "Add ticked people to the item" }).click();
  await expect(roster.getByRole("status")).toHaveText("1 person added.");
  await expectAccessible(page);

  await page.goto(`${agendaUrl}?view=places&day=2027-06-10`);
  await expect(page.getByText("Dragging is not available on a narrow screen: use an item's Move button.")).toBeVisible();
  await expect(entry(page, `Room 2, ${DAY_ONE}`, `Workshop ${id}`)).toContainText(`${name} (Armenia)`);
  await expect(entry(page, `Room 2, ${DAY_ONE}`, `Workshop ${id}`)).toContainText("11:00 AM–12:00 PM GMT+4");

  // Move to… the Main hall at 14:00.
  await page.getByRole("button", { name: `Move Workshop ${id}` }).click();
  const move = page.getByRole("dialog", { name: `Move Workshop ${id} to…` });
  await move.getByLabel("Place").selectOption("Main hall");
  await move.getByLabel("Start").fill("14:00");
  await move.getByRole("button", { name: "Move", exact: true }).click();
  await expect(move).toBeHidden();
  await expect(moveStatus(page)).toHaveText(`Workshop ${id} moved to ${DAY_ONE}, 2:00 PM GMT+4, Main hall.`);
  await expect(entry(page, `Main hall, ${DAY_ONE}`, `Workshop ${id}`)).toContainText("2:00 PM–3:00 PM GMT+4");

  // Assign to…: the delegate as speaker on the plenary.
  await page.getByRole("button", { name: `Assign ${name} to…` }).click();
  const assign = page.getByRole("dialog", { name: `Assign ${name} (Armenia) to…` });
  await assign.getByRole("checkbox", { name: new RegExp(`Plenary ${id}`) }).check();
  await expectAccessible(page);
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(assign).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: name })).toHaveText(`${name}: Added to 1 item.`);
  await expect(entry(page, `Main hall, ${DAY_ONE}`, `Plenary ${id}`)).toContainText(`${name} (Armenia)`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
