// Issue #19.5: officials have a screen of their own per initiative. An organizer adds an official,
// edits it, puts the same person twice on a meeting (as two records), merges the duplicates from
// the officials screen, and the meeting then names the person once; on a desktop and on a phone.
import { DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test, uniqueSuffix } from "./fixtures";

for (const viewport of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 740 },
]) {
  test(`an organizer keeps the initiative's officials and merges a duplicate (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const id = uniqueSuffix();
    const name = `Lilit Hakobyan ${id}`;
    const duplicate = `Lilit Hakobian ${id}`;
    await signInByRequest(page, DEMO_ORGANIZER);

    // From the organizer's home to the initiative's officials.
    await page.goto("/en/organize");
    await page.getByRole("link", { name: "Officials of Peace Bridge" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Officials of Peace Bridge" })).toBeVisible();
    const officialsUrl = page.url();

    // A missing name is said next to the field, and what was typed stays.
    const add = page.getByRole("region", { name: "Add an official" });
    await add.getByLabel("Position", { exact: true }).fill("Deputy Minister of Justice");
    await add.getByLabel("Institution").fill("Ministry of Justice");
    await add.getByRole("button", { name: "Add to the list" }).click();
    await expect(add.getByText("This field is required.")).toBeVisible();
    await expect(add.getByLabel("Position", { exact: true })).toHaveValue("Deputy Minister of Justice");
    await expect(add.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

    await add.getByLabel("Name").fill(name);
    await add.getByLabel("Russian").fill("Заместитель министра юстиции");
    await add.getByLabel("Side (party)").selectOption({ label: "Armenia" });
    await add.getByRole("button", { name: "Add to the list" }).click();
    await expect(add.getByRole("status")).toHaveText(`${name} is on the list.`);

    // The same person again, as someone typed her elsewhere.
    await add.getByLabel("Name").fill(duplicate);
    await add.getByLabel("Position", { exact: true }).fill("Deputy Minister");
    await add.getByLabel("Institution").fill("Ministry of Justice");
    await add.getByRole("button", { name: "Add to the list" }).click();
    await expect(add.getByRole("status")).toHaveText(`${duplicate} is on the list.`);

    // Edit the first: a fuller position.
    const entry = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
    await expect(entry).toContainText("In no meeting yet");
    await entry.getByText(`Edit ${name}`).click();
    await entry.getByLabel("Position", { exact: true }).fill("First Deputy Minister of Justice");
    await entry.getByRole("button", { name: "Save" }).click();
    await expect(entry.getByRole("status")).toHaveText(`${name}: saved.`);
    await expect(entry).toContainText("First Deputy Minister of Justice, Ministry of Justice · side: Armenia");
    await expectAccessible(page);

    // A meeting of the demo round table (organizers only) names both records, picked from the list.
    await page.goto("/en/organize");
    await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).click();
    await page.getByRole("link", { name: "Agenda", exact: true }).click();
    await expect(page.getByRole("link", { name: "Officials", exact: true })).toBeVisible();
    await page.getByLabel("Title").fill(`Meeting at the Ministry of Justice ${id}`);
    await page.getByLabel("Kind").selectOption({ label: "Meeting with officials" });
    await page.getByLabel("Who can see it").selectOption({ label: "Organizers only" });
    await page.getByRole("button", { name: "Add item" }).click();
    await expect(page.getByRole("status")).toHaveText("Agenda item added.");
    await page.getByRole("link", { name: `Edit “Meeting at the Ministry of Justice ${id}”` }).click();
    const met = page.getByRole("region", { name: "Officials met" });
    for (const label of [`${name}, First Deputy Minister of Justice`, `${duplicate}, Deputy Minister`]) {
      await met.getByLabel("Official", { exact: true }).selectOption({ label });
      await met.getByRole("button", { name: "Add official" }).click();
      await expect(met.getByRole("status")).toHaveText("Official added.");
    }
    await expect(met.getByRole("listitem").filter({ hasText: id })).toHaveCount(2);
    const meetingUrl = page.url();

    // The item's page links to the list to edit one.
    await met.getByRole("link", { name: `Edit ${duplicate} in the list of officials` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Officials of Peace Bridge" })).toBeVisible();
    expect(page.url()).toContain("/officials#official-");

    // Merge: both records of the same person, keep the first, confirm.
    const merge = page.getByRole("region", { name: "Merge duplicates" });
    await merge.getByRole("checkbox", { name: new RegExp(`^${name},`) }).check();
    await merge.getByRole("checkbox", { name: new RegExp(`^${duplicate},`) }).check();
    await merge.getByLabel("Record to keep").selectOption({ label: `${name}, First Deputy Minister of Justice, Ministry of Justice (1 meeting)` });
    // Not without the confirmation: said next to it, the choices kept.
    await merge.getByRole("button", { name: "Merge" }).click();
    await expect(merge.getByText("Tick to confirm the merge.")).toBeVisible();
    await expect(merge.getByRole("checkbox", { name: new RegExp(`^${duplicate},`) })).toBeChecked();
    await merge.getByRole("checkbox", { name: "I confirm: merge these records and delete all but the kept one" }).check();
    await merge.getByRole("button", { name: "Merge" }).click();
    await expect(merge.getByRole("status")).toHaveText(`Merged 1 record (${duplicate}) into ${name}: every meeting and record now names ${name} once.`);
    await expect(page.getByRole("heading", { name: duplicate, exact: true })).toHaveCount(0);
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) })).toContainText("In 1 meeting");
    if (viewport.width === 360) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
    }
    await expectAccessible(page);
    // Its position reads in Russian for a reader in Russian.
    await page.goto(officialsUrl.replace("/en/", "/ru/"));
    const inRussian = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
    await expect(inRussian.getByText("Заместитель министра юстиции", { exact: true })).toHaveAttribute("lang", "ru");

    // The meeting now names her once.
    await page.goto(meetingUrl);
    await expect(page.getByRole("region", { name: "Officials met" }).getByRole("listitem").filter({ hasText: id })).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Officials met" })).toContainText(`${name}, First Deputy Minister of Justice, Ministry of Justice`);
    await expectAccessible(page);
  });
}
