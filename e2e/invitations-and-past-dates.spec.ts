import { DateTime } from "luxon";
import { DEMO_ORGANIZER, expect, expectAccessible, mailedSubjects, signInByRequest, test, uniqueSuffix } from "./fixtures";

// Issue #19, points 12 and 3, on a desktop and on a phone: a new event whose days are over is asked
// about first and goes in as a record of a past event (everything typed kept); an over event that
// is not concluded is offered the move; then invitations are never sent twice by accident.

const ZONE = "Asia/Yerevan";

for (const { label, viewport } of [
  { label: "desktop", viewport: { width: 1280, height: 900 } },
  { label: "phone", viewport: { width: 360, height: 740 } },
]) {
  test.describe(label, () => {
    test.use({ viewport });

    test(`past dates are asked about, and invitations are never sent twice by accident (${label})`, async ({ page }) => {
      const id = uniqueSuffix();
      const title = `Record of a past round table ${id}`;
      const lastWeek = DateTime.now().setZone(ZONE).minus({ days: 7 }).toISODate()!;
      const live = { name: `Lilit Live ${id}`, email: `lilit.${id}@example.org` };
      const fresh = { name: `Farid Fresh ${id}`, email: `farid.${id}@example.org` };

      await signInByRequest(page, DEMO_ORGANIZER);
      await page.goto("/en/organize");
      await page.getByRole("link", { name: "New event in Peace Bridge" }).click();
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Host party").selectOption({ label: "Armenia" });
      await page.getByLabel("Venue").fill("Pine Valley Conference Centre");
      await page.getByLabel("City").fill("Dilijan");
      await page.getByLabel("Country").fill("Armenia");
      await page.getByLabel("Time zone").fill(ZONE);
      await page.getByLabel("First day").fill(lastWeek);
      await page.getByLabel("Last day").fill(lastWeek);
      await page.getByRole("checkbox", { name: "English" }).check();
      await page.getByRole("button", { name: "Create event" }).click();

      // Nothing created yet: the question next to the dates, what was typed kept, status offered as concluded.
      await expect(page.getByRole("alert").filter({ hasText: "Nothing was created yet" })).toBeVisible();
      await expect(page.getByText("This event is in the past: add it as a record of a past event?")).toBeVisible();
      await expect(page.getByLabel("Title")).toHaveValue(title);
      await expect(page.getByLabel("Last day")).toHaveValue(lastWeek);
      await expect(page.getByRole("checkbox", { name: "English" })).toBeChecked();
      await expect(page.getByLabel("Status")).toHaveValue("concluded");
      await expectAccessible(page);
      await page.getByRole("checkbox", { name: "Yes, this is a record of a past event" }).check();
      await page.getByRole("button", { name: "Create event" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();

      // Concluded: nothing to offer. Announced again by mistake: the overview offers the move back.
      await page.getByRole("link", { name: "Overview" }).click();
      await expect(page.getByLabel("Event status")).toHaveValue("concluded");
      await expect(page.getByRole("button", { name: "Mark as concluded" })).toHaveCount(0);
      await page.getByLabel("Event status").selectOption({ label: "Announced" });
      await page.getByRole("button", { name: "Save status" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Status saved." })).toBeVisible();
      const prompt = page.getByRole("form", { name: /is over in its time zone \(Asia\/Yerevan\), but its status is still “Announced”/ });
      await expect(prompt).toBeVisible();
      await expectAccessible(page);
      await prompt.getByRole("button", { name: "Mark as concluded" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Status saved." }).first()).toBeVisible();
      await expect(page.getByRole("button", { name: "Mark as concluded" })).toHaveCount(0);
      await expect(page.getByLabel("Event status")).toHaveValue("concluded");

      // Invitations: the add-person checkbox says it sends one now.
      await page.getByRole("link", { name: "Delegations" }).click();
      const addForm = page.getByRole("region", { name: "Add a person" });
      const sendNow = addForm.getByRole("checkbox", { name: "Email an invitation link now" });
      await expect(sendNow).toBeChecked();
      await expect(sendNow).toHaveAccessibleDescription(/Sends it at once, as soon as the person is added/);
      for (const [person, invite] of [
        [live, true],
        [fresh, false],
      ] as const) {
        await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Armenia" });
        await addForm.getByLabel("Name (Latin script)").fill(person.name);
        await addForm.getByLabel("Email", { exact: true }).fill(person.email);
        if (!invite) await addForm.getByRole("checkbox", { name: "Email an invitation link now" }).uncheck();
        await addForm.getByRole("button", { name: "Add person" }).click();
        await expect(page.getByRole("status").filter({ hasText: invite ? "Person added and invitation sent." : /^Person added\.$/ })).toBeVisible();
      }
      expect(mailedSubjects(live.email)).toHaveLength(1);

      // The roster shows who already has a live link, and the bulk bar counts them.
      await expect(page.getByRole("row", { name: new RegExp(live.name) })).toContainText("Live link, not yet answered");
      await expect(page.getByRole("row", { name: new RegExp(fresh.name) })).toContainText("No invitation");
      const bulk = page.getByRole("form", { name: "With the ticked people" });
      await expect(bulk).toContainText("1 person on the roster has a live invitation link: sending skips them unless “Resend” is ticked.");
      await page.getByRole("checkbox", { name: `Select ${live.name}` }).check();
      await page.getByRole("checkbox", { name: `Select ${fresh.name}` }).check();
      const resend = bulk.getByRole("checkbox", { name: /^Resend to people whose link is still live/ });
      await expect(resend).not.toBeChecked();
      await expect(resend).toHaveAccessibleDescription("1 ticked person already has a live link: they get a second one only with “Resend”.");
      await expectAccessible(page);

      // "Send invitations" skips the live link and says so.
      await bulk.getByRole("button", { name: "Send invitations" }).click();
      await expect(bulk.getByRole("status")).toHaveText("1 invitation sent; 1 person skipped because they already have a live link.");
      expect(mailedSubjects(live.email)).toHaveLength(1);
      expect(mailedSubjects(fresh.email)).toHaveLength(1);
      await expect(bulk).toContainText("2 people on the roster have a live invitation link");

      // A second one only when "Resend" is chosen.
      await page.getByRole("checkbox", { name: `Select ${live.name}` }).check();
      await expect(resend).toHaveAccessibleDescription(/^1 ticked person already has a live link/);
      await resend.check();
      await bulk.getByRole("button", { name: "Send invitations" }).click();
      await expect(bulk.getByRole("status")).toHaveText("1 invitation sent.");
      expect(mailedSubjects(live.email)).toHaveLength(2);
      expect(mailedSubjects(fresh.email)).toHaveLength(1);
    });
  });
}
