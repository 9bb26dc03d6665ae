// Issue #19 point 4, the roster: the organizer filters the roster by party (the address keeps the
// filter), selects all shown with one checkbox, confirms them, and reads what was done and skipped;
// the other party's people are untouched. On a 1280-px desktop and a 360-px phone, where the page
// must not scroll sideways (the tables scroll inside their own box), and axe-clean.
import type { Page } from "@playwright/test";
import { createSevanEvent, DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test, uniqueSuffix } from "./fixtures";

/** A round table of its own, so that confirming "all shown" touches nobody another test counts on; its roster from a CSV. */
async function setUpRoster(page: Page, id: string, csv: string) {
  const count = csv.split("\n").length - 1;
  await signInByRequest(page, DEMO_ORGANIZER);
  await createSevanEvent(page, { title: `Bulk round table ${id}`, firstDay: "2027-06-10", lastDay: "2027-06-10" });
  await page.getByRole("link", { name: "Delegations" }).click();
  await page.getByRole("link", { name: "Invite from a list (CSV)" }).click();
  await page.getByLabel("Paste the list").fill(csv);
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText(`${count} people ready to import`)).toBeVisible();
  await page.getByRole("radio", { name: "Not listed: each person chooses when they register" }).check();
  await page.getByRole("button", { name: `Import ${count} people` }).click();
  await expect(page.getByRole("status")).toHaveText(`${count} people added; ${count} invitations sent.`);
  await page.getByRole("link", { name: "Back to the delegations" }).click();
  await expect(page.getByRole("heading", { name: "Filter the roster" })).toBeVisible();
}

function rosterCsv(id: string, armenians: string[], azerbaijanis: string[]): string {
  return [
    "name;email;party;sector",
    ...armenians.map((name, i) => `${name};am${i}.${id}@example.org;Armenia;civil society`),
    ...azerbaijanis.map((name, i) => `${name};az${i}.${id}@example.org;Azerbaijan;expert`),
  ].join("\n");
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 360, height: 740 },
]) {
  test(`filter the roster by party, select all shown, confirm them (${viewport.name})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const id = uniqueSuffix();
    const armenians = [`Anahit Bulk ${id}`, `Gor Bulk ${id}`, `Lilit Bulk ${id}`];
    const azerbaijanis = [`Aysel Bulk ${id}`, `Murad Bulk ${id}`];
    const csv = rosterCsv(id, armenians, azerbaijanis);

    await setUpRoster(page, id, csv);

    // The filter: a GET form, so the address keeps it.
    await page.getByLabel("Filter by party").selectOption({ label: "Armenia" });
    await page.getByRole("button", { name: "Apply filter" }).click();
    await expect(page).toHaveURL(/[?&]party=[0-9a-f-]{36}/);
    await expect(page.getByText("Showing 3 of 5 people.")).toBeVisible();
    await expect(page.getByRole("table", { name: "Delegation of Azerbaijan" })).toHaveCount(0);
    for (const name of azerbaijanis) await expect(page.getByText(name)).toHaveCount(0);
    await expectAccessible(page);
    if (viewport.width === 360) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
    }

    // One checkbox ticks every row shown; unticking a row clears it again (the bar then acts on the rows).
    const selectAll = page.getByRole("checkbox", { name: "Select all 3 people shown" });
    await selectAll.check();
    for (const name of armenians) await expect(page.getByRole("checkbox", { name: `Select ${name}` })).toBeChecked();
    await page.getByRole("checkbox", { name: `Select ${armenians[0]}` }).uncheck();
    await expect(selectAll).not.toBeChecked();
    await page.getByRole("checkbox", { name: `Select ${armenians[0]}` }).check();
    await expect(selectAll).toBeChecked();

    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Confirmed 3." })).toBeVisible();
    for (const name of armenians)
      await expect(page.getByRole("row", { name: new RegExp(name) }).getByRole("cell", { name: "Confirmed", exact: true })).toBeVisible();
    // The form starts afresh: nothing ticked.
    await expect(selectAll).not.toBeChecked();

    // Again: nobody moves, and the summary says why.
    await selectAll.check();
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Confirmed 0; 3 skipped: already confirmed." })).toBeVisible();
    await expectAccessible(page);
    if (viewport.width === 360) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
    }

    // The other side was not touched.
    await page.getByRole("link", { name: "Show everyone" }).click();
    await expect(page).not.toHaveURL(/party=/);
    for (const name of azerbaijanis)
      await expect(page.getByRole("row", { name: new RegExp(name) }).getByRole("cell", { name: "Invited", exact: true })).toBeVisible();
  });
}
