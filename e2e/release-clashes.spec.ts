// Issue #19 point 2: a clash (two sessions in one place at once, or one person booked in both) is an
// error that blocks a release, unless the organizer releases anyway with a stated reason, which the
// release's history keeps.
import { DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test, uniqueSuffix, confirmPastEventRecord } from "./fixtures";

for (const screen of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 740 },
]) {
  test(`two sessions in one hall at once block the release until the organizer says why; the history keeps the reason (${screen.name})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: screen.width, height: screen.height });
    const id = uniqueSuffix();
    await signInByRequest(page, DEMO_ORGANIZER);
    await page.goto("/en/organize");
    await page.getByRole("link", { name: "New event in Peace Bridge" }).click();
    await page.getByLabel("Title").fill(`Clash round table ${id}`);
    await page.getByLabel("Host party").selectOption({ label: "Armenia" });
    await page.getByLabel("Venue").fill("Sevan Conference Hall");
    await page.getByLabel("City").fill("Sevan");
    await page.getByLabel("Country").fill("Armenia");
    await page.getByLabel("Time zone").fill("Asia/Yerevan");
    await page.getByLabel("First day").fill("2026-09-15");
    await page.getByLabel("Last day").fill("2026-09-15");
    await page.getByRole("checkbox", { name: "English" }).check();
    await page.getByLabel("Status").selectOption({ label: "Announced" });
    await page.getByRole("button", { name: "Create event" }).click();
    await confirmPastEventRecord(page); // its days are over: a record of a past event
    await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();

    for (const [title, start, end] of [
      [`Plenary, first half ${id}`, "10:00", "11:00"],
      [`Plenary, second half ${id}`, "10:30", "11:30"],
    ] as const) {
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Starts at").fill(start);
      await page.getByLabel("Ends at").fill(end);
      await page.getByLabel("Room or place").fill("Main hall");
      await page.getByRole("button", { name: "Add item" }).click();
      await expect(page.getByRole("link", { name: `Edit “${title}”` })).toBeVisible();
    }
    await expect(page.getByRole("region", { name: "Checks" })).toContainText("2 errors, no warnings");

    const releasePanel = page.getByRole("region", { name: "Release" });
    await expect(releasePanel).toContainText("1 clash: a place or a person booked twice at the same time");
    await expectAccessible(page);
    if (screen.width === 360) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
    }
    // Without a reason: refused, the reason asked for next to its field, the note kept.
    await releasePanel.getByLabel("Note for this release (optional)").fill(`First programme ${id}`);
    await releasePanel.getByRole("button", { name: "Release version 1 anyway" }).click();
    const reason = releasePanel.getByLabel("Why release with these clashes");
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await expect(releasePanel.getByText("Say why the agenda goes out with clashes, or fix them first.")).toBeVisible();
    await expect(releasePanel.getByLabel("Note for this release (optional)")).toHaveValue(`First programme ${id}`);
    await expect(releasePanel).toContainText("Not released yet");

    await reason.fill("The two halves of the plenary share the hall on purpose.");
    await releasePanel.getByRole("button", { name: "Release version 1 anyway" }).click();
    await expect(releasePanel).toContainText("Delegates and the public read version 1");

    await releasePanel.getByRole("link", { name: "All releases" }).click();
    await expect(page.getByText("Released over 1 clash: The two halves of the plenary share the hall on purpose.")).toBeVisible();
    await expectAccessible(page);
  });
}
