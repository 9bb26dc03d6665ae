import { DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test, uniqueSuffix } from "./fixtures";

test("two organizers edit one item: the second save is refused, shows what changed, and loses nothing", async ({ browser }) => {
  const id = uniqueSuffix();
  const anna = await (await browser.newContext()).newPage();
  const boris = await (await browser.newContext()).newPage();
  await signInByRequest(anna, DEMO_ORGANIZER);
  await signInByRequest(boris, DEMO_ORGANIZER);

  // Anna adds an organizers-only item to the demo round table; the form proposes the next free slot.
  await anna.goto("/en/organize");
  await anna.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).click();
  await anna.getByRole("link", { name: "Agenda" }).click();
  await expect(anna).toHaveURL(/\/agenda$/);
  const agendaUrl = anna.url();
  await anna.getByLabel("Title", { exact: true }).fill(`Rehearsal ${id}`);
  await anna.getByLabel("Who can see it").selectOption({ label: "Organizers only" });
  await anna.getByRole("button", { name: "Add item" }).click();
  await expect(anna.getByRole("status")).toHaveText("Agenda item added.");

  // Both open the edit form.
  await anna.getByRole("link", { name: `Edit “Rehearsal ${id}”` }).click();
  await expect(anna.getByRole("heading", { name: `Edit “Rehearsal ${id}”` })).toBeVisible();
  await expectAccessible(anna);
  await boris.goto(anna.url());

  // Anna moves it to the second day and renames it.
  await anna.getByLabel("Title", { exact: true }).fill(`Dress rehearsal ${id}`);
  await anna.getByLabel("Day", { exact: true }).selectOption({ label: "Saturday, February 14, 2026" });
  await anna.getByLabel("Starts at").fill("07:00");
  await anna.getByLabel("Ends at").fill("07:45");
  await anna.getByRole("button", { name: "Save changes" }).click();
  await expect(anna).toHaveURL(agendaUrl);
  await expect(anna.getByRole("region", { name: "Timetable" }).getByText(`Dress rehearsal ${id}`)).toBeVisible();

  // Boris, still on the old version, changes the place and saves: refused, with Anna's changes shown.
  await boris.getByLabel("Room or place").fill("Cedar room");
  await boris.getByRole("button", { name: "Save changes" }).click();
  await expect(boris.getByRole("alert").filter({ hasText: "Someone else saved this item while you were editing" })).toBeVisible();
  const saved = boris.getByRole("region", { name: "Saved meanwhile by someone else" });
  await expect(saved).toContainText(`Dress rehearsal ${id}`);
  await expect(saved).toContainText("Saturday, February 14, 2026, 7:00 AM–7:45 AM");
  await expect(boris.getByLabel("Room or place")).toHaveValue("Cedar room");
  await expect(boris.getByLabel("Title", { exact: true })).toHaveValue(`Rehearsal ${id}`);
  await expectAccessible(boris);

  // Boris takes Anna's title and time, keeps his place, and saves on top of her version.
  await boris.getByLabel("Title", { exact: true }).fill(`Dress rehearsal ${id}`);
  await boris.getByLabel("Day", { exact: true }).selectOption({ label: "Saturday, February 14, 2026" });
  await boris.getByLabel("Starts at").fill("07:00");
  await boris.getByLabel("Ends at").fill("07:45");
  await boris.getByRole("button", { name: "Save my version" }).click();
  await expect(boris).toHaveURL(agendaUrl);
  const timetable = boris.getByRole("region", { name: "Timetable" });
  await expect(timetable.getByRole("listitem").filter({ hasText: `Dress rehearsal ${id}` })).toContainText("Cedar room");

  // Deleting offers an undo that brings the item back.
  boris.once("dialog", (dialog) => dialog.accept());
  await boris.getByRole("button", { name: `Delete “Dress rehearsal ${id}”` }).click();
  await expect(timetable.getByText(`Dress rehearsal ${id}`)).toHaveCount(0);
  await boris.getByRole("button", { name: `Undo deleting “Dress rehearsal ${id}”` }).click();
  await expect(timetable.getByText(`Dress rehearsal ${id}`)).toBeVisible();
  await expectAccessible(boris);

  // Duplicating pre-fills the form with the item, ready for another day.
  await boris.getByRole("link", { name: `Duplicate “Dress rehearsal ${id}”` }).click();
  await expect(boris.getByRole("heading", { name: `Duplicate “Dress rehearsal ${id}”` })).toBeVisible();
  await expect(boris.getByLabel("Title", { exact: true })).toHaveValue(`Dress rehearsal ${id}`);
  await expect(boris.getByLabel("Room or place")).toHaveValue("Cedar room");
  await boris.getByLabel("Day", { exact: true }).selectOption({ label: "Friday, February 13, 2026" });
  await boris.getByRole("button", { name: "Add item" }).click();
  await expect(timetable.getByText(`Dress rehearsal ${id}`)).toHaveCount(2);
});
