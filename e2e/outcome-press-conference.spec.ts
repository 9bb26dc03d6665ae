import { DateTime } from "luxon";
import { DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test, uniqueSuffix } from "./fixtures";

// Issue #19, point 7, on a desktop and on a phone: without a press conference on the agenda the
// outcome's own fields stand in and say so; the "embargo until the press conference" choice is
// always there, disabled with the reason while it cannot be taken. Once the agenda has a press
// conference the outcome shows it read-only (with a link to edit it), and the embargo takes its time.

const ZONE = "Asia/Yerevan";

for (const { label, viewport } of [
  { label: "desktop", viewport: { width: 1280, height: 900 } },
  { label: "phone", viewport: { width: 360, height: 740 } },
]) {
  test.describe(label, () => {
    test.use({ viewport });

    test(`the outcome takes its press conference from the agenda (${label})`, async ({ page }) => {
      test.setTimeout(120_000);
      const id = uniqueSuffix();
      const title = `Press conference round table ${id}`;
      const now = DateTime.now().setZone(ZONE);
      const first = now.plus({ days: 1 }).toISODate()!;
      const last = now.plus({ days: 2 }).toISODate()!;

      await signInByRequest(page, DEMO_ORGANIZER);
      await page.goto("/en/organize");
      await page.getByRole("link", { name: "New event in Peace Bridge" }).click();
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Host party").selectOption({ label: "Armenia" });
      await page.getByLabel("Venue").fill("Pine Valley Conference Centre");
      await page.getByLabel("City").fill("Dilijan");
      await page.getByLabel("Country").fill("Armenia");
      await page.getByLabel("Time zone").fill(ZONE);
      await page.getByLabel("First day").fill(first);
      await page.getByLabel("Last day").fill(last);
      await page.getByRole("checkbox", { name: "English" }).check();
      await page.getByRole("button", { name: "Create event" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();
      const agendaUrl = page.url();

      await page.goto(agendaUrl.replace(/\/agenda$/, "/outcome"));
      await page.getByLabel("Statement in English").fill(`Joint statement ${id}.`);
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

      // No press conference anywhere: the fields are here, and the embargo choice says why it cannot be taken.
      const press = page.getByRole("group", { name: "Final press conference" });
      await expect(press.getByText("No press conference on the agenda: add one, or enter it here.")).toBeVisible();
      await expect(press.getByRole("link", { name: "Add a press conference" })).toBeVisible();
      const embargo = page.getByRole("checkbox", { name: "Embargo until the press conference" });
      await expect(embargo).toBeDisabled();
      await expect(embargo).toHaveAccessibleDescription("No press conference time yet");

      // A press conference typed here that has passed: still shown, disabled, with when it was.
      await press.getByLabel(`Starts at (${ZONE})`).fill(`${now.minus({ days: 1 }).toISODate()}T16:00`);
      await press.getByLabel("Place", { exact: true }).fill(`Typed hall ${id}`);
      await page.getByRole("button", { name: "Save press conference, links and wording" }).click();
      await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
      await page.reload();
      await expect(embargo).toBeDisabled();
      await expect(embargo).toHaveAccessibleDescription(/^The press conference was on .+ 4:00\sPM \(Asia\/Yerevan\): it has passed$/);
      await expectAccessible(page);

      // The press conference goes on the agenda, on the event's last day.
      await page.goto(agendaUrl);
      await page.getByLabel("Kind").selectOption({ label: "Press conference" });
      await page.getByLabel("Title").fill(`Final press conference ${id}`);
      await page.getByLabel("Day", { exact: true }).selectOption(last);
      await page.getByLabel("Starts at").fill("16:00");
      await page.getByLabel("Ends at").fill("17:00");
      await page.getByLabel("Room or place").fill(`Press room ${id}`);
      await page.getByRole("button", { name: "Add item" }).click();
      await expect(page.getByRole("status")).toHaveText("Agenda item added.");

      // Added for delegates (the form's default): the outcome does not take it, since publishing it
      // would make it public, and says so, with the item to open.
      await page.goto(agendaUrl.replace(/\/agenda$/, "/outcome"));
      await expect(press.getByText("The press conference on the agenda is not public, so the outcome does not publish it", { exact: false })).toBeVisible();
      await expect(press.getByText(`Press room ${id}`)).toHaveCount(0);
      await press.getByRole("link", { name: "Open the press conference item" }).click();
      await page.getByLabel("Who can see it").selectOption({ label: "Public" });
      await page.getByRole("button", { name: "Save changes" }).click();
      // A saved item returns to the agenda.
      await expect(page).toHaveURL(agendaUrl);

      // Public now: the outcome shows the agenda's, read-only, with the way to edit it; the typed fields are gone.
      await page.goto(agendaUrl.replace(/\/agenda$/, "/outcome"));
      await expect(press.getByText("Taken from the press conference on the agenda", { exact: false })).toBeVisible();
      await expect(press.getByText(`Press room ${id}`)).toBeVisible();
      await expect(press.getByText(`Typed hall ${id}`)).toHaveCount(0);
      await expect(press.getByLabel(`Starts at (${ZONE})`)).toHaveCount(0);
      await expect(press.getByText("None listed publicly")).toBeVisible();
      await expect(press.getByRole("link", { name: "Edit the press conference item" })).toHaveAttribute("href", /\/agenda\/[0-9a-f-]{36}$/);
      await expect(embargo).toBeEnabled();
      await expect(embargo).toHaveAccessibleDescription(/^Published at the press conference: .+ 4:00\sPM/);
      await expectAccessible(page);

      // Embargoed until then: scheduled for the agenda's time.
      await embargo.check();
      await page.getByRole("checkbox", { name: "Publish without every sign-off" }).check();
      await page.getByLabel("Why (shown to the public beside “not jointly signed”)").fill("Signed on paper.");
      await page.getByRole("button", { name: "Publish outcome" }).click();
      await expect(page.getByText(/^Publication is scheduled for .*4:00\sPM.*Until then nothing of it is public\.$/)).toBeVisible();
      await expectAccessible(page);

      await press.getByRole("link", { name: "Edit the press conference item" }).click();
      await expect(page.getByLabel("Room or place")).toHaveValue(`Press room ${id}`);
    });
  });
}
