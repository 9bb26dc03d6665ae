import { devices } from "@playwright/test";
import { DEMO_ORGANIZER, FOLLOW_UP_EVENT, expect, expectAccessible, mailedLink, openFollowUpEvent, signInByRequest, test, uniqueSuffix } from "./fixtures";

test("an organizer invites by CSV, a delegate registers from the link on a phone as not listed, the organizer confirms", async ({ page, browser }) => {
  const id = uniqueSuffix();
  const first = { name: `Anush Invited ${id}`, email: `anush.${id}@example.org` };
  const second = { name: `Tigran Invited ${id}`, email: `tigran.${id}@example.org` };
  const csv = [
    "name;email;party;sector;organization;position",
    `${first.name};${first.email};Armenia;civil society;Yerevan Youth Forum;Coordinator`,
    `${second.name};${second.email};armenia;media;Ararat News;Editor`,
    `Broken Email ${id};not-an-email;Armenia;expert;;`,
    `Nowhere Person ${id};nowhere.${id}@example.org;Atlantis;expert;;`,
  ].join("\n");

  await signInByRequest(page, DEMO_ORGANIZER);
  await openFollowUpEvent(page);
  await page.getByRole("link", { name: "Delegations" }).click();
  await expect(page.getByRole("heading", { name: "Parity" })).toBeVisible();
  // Armenia is the visiting side in Gabala: its people cross the border (and give travel documents).
  const confirmedArmenia = page
    .getByRole("table", { name: "Parity" })
    .locator("tr", { has: page.getByRole("rowheader", { name: "Confirmed", exact: true }) })
    .getByRole("cell")
    .nth(0);
  const confirmedBefore = Number(await confirmedArmenia.textContent());
  await expectAccessible(page);

  // The report comes first: nothing is saved until the organizer imports.
  await page.getByRole("link", { name: "Invite from a list (CSV)" }).click();
  await expectAccessible(page);
  // An uploaded file is read on the server and comes back into the text box, so the import that
  // follows sends exactly what was checked.
  await page.getByLabel("Or upload a CSV file").setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`, "utf8") });
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText("2 people ready to import")).toBeVisible();
  await expect(page.getByLabel("Paste the list")).toHaveValue(csv);
  await page.getByLabel("Or upload a CSV file").setInputFiles([]);
  await page.getByLabel("Paste the list").fill(csv);
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText("2 people ready to import")).toBeVisible();
  const problems = page.getByRole("table", { name: "Problems" });
  await expect(problems).toContainText("Not a valid email address");
  await expect(problems).toContainText("Not a party of this initiative");
  await expectAccessible(page);
  // Each form shown carries its own key (lib/forms/create-once.ts): the page renders anew after an
  // import, so the next one is a new request, not a repeat of this one.
  const importKey = page.locator('input[name="requestKey"]');
  const keyBefore = await importKey.inputValue();
  // Nobody's listing is assumed: the list has no consent column, so the organizer says what applies.
  await page.getByRole("radio", { name: "Not listed: each person chooses when they register" }).check();
  await page.getByRole("button", { name: "Import 2 people" }).click();
  await expect(page.getByRole("status")).toHaveText("2 people added; 2 invitations sent.");
  await expect(importKey).not.toHaveValue(keyBefore);

  // The same list again adds nobody.
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText("0 people ready to import")).toBeVisible();
  await expect(page.getByText("2 already invited (skipped)")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  // The outbox says the invitation went, with its link hidden: it is for the invited person alone.
  await page.getByRole("link", { name: "Outbox" }).first().click();
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  const message = page.getByRole("listitem").filter({ hasText: `to ${first.email}` });
  await message.getByText(`to ${first.email}`).click();
  await expect(message.getByText(/\/en\/invitation\/[A-Za-z0-9_-]{6}…/)).toBeVisible();
  await expect(page.getByRole("link", { name: /\/en\/invitation\// })).toHaveCount(0);
  await expectAccessible(page);
  // No mail server here: the mail reached the server's mail folder in full, as the person gets it.
  const link = await mailedLink(first.email, /\/en\/invitation\/[A-Za-z0-9_-]{43}$/);

  // The delegate, on a phone, with no account yet.
  const phone = await browser.newContext({ ...devices["Pixel 5"], viewport: { width: 360, height: 740 } });
  const delegate = await phone.newPage();
  await delegate.goto(link);
  await expect(delegate.getByRole("heading", { level: 1, name: `Welcome, ${first.name}` })).toBeVisible();
  await expectAccessible(delegate);
  const overflow = await delegate.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
  await delegate.getByLabel("Mobile phone").fill("+994 50 123 45 67");
  await delegate.getByLabel("Dietary needs").fill("Vegetarian");
  await delegate.getByRole("button", { name: "Register" }).click();
  // Consent has no default: it must be chosen; the rest typed is kept.
  await expect(delegate.getByText("Choose how your name may be shown.")).toBeVisible();
  await expect(delegate.getByLabel("Dietary needs")).toHaveValue("Vegetarian");
  await delegate.getByRole("radio", { name: /Not listed/ }).check();
  await delegate.getByLabel("Document number").fill(`C${id.slice(-6).toUpperCase()}77`);
  await delegate.getByLabel("Issued by (country)").fill("Armenia");
  await delegate.getByLabel("Password", { exact: true }).fill(`pw-${id}-long-enough`);
  await delegate.getByLabel("Password again").fill(`pw-${id}-long-enough`);
  await delegate.getByRole("button", { name: "Register" }).click();
  await expect(delegate.getByRole("heading", { level: 1, name: "My schedule" })).toBeVisible();
  await expect(delegate.getByRole("heading", { name: FOLLOW_UP_EVENT.title })).toBeVisible();

  // The link is spent.
  await delegate.goto(link);
  await expect(delegate.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();
  await phone.close();

  // The organizer confirms; the parity panel follows.
  await page.getByRole("link", { name: "Delegations" }).click();
  await page.getByRole("checkbox", { name: `Select ${first.name}` }).check();
  const bulkKey = page.locator('#roster-bulk input[name="requestKey"]');
  const bulkKeyBefore = await bulkKey.inputValue();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Confirmed 1." })).toBeVisible();
  await expect(bulkKey).not.toHaveValue(bulkKeyBefore); // a later "Send invitations" is a new request
  await expect(confirmedArmenia).toHaveText(String(confirmedBefore + 1));
  const row = page.getByRole("row", { name: new RegExp(first.name) });
  await expect(row).toContainText("Confirmed");
  await expect(row).toContainText("Not listed");
  await expect(row).toContainText("Diet: Vegetarian");
  // The person's page shows the travel document masked.
  await row.getByRole("link", { name: first.name }).click();
  await expect(page.getByRole("heading", { level: 2, name: first.name })).toBeVisible();
  await expect(page.getByText(/On file: •+\w{2}77, issued by Armenia\./)).toBeVisible();
  await expect(page.getByText(`C${id.slice(-6).toUpperCase()}77`)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the delegations" }).click();

  // Declining needs a reason.
  await page.getByRole("checkbox", { name: `Select ${second.name}` }).check();
  await page.getByRole("button", { name: "Decline" }).click();
  await expect(page.getByText("Give a reason: it is kept in the audit log.")).toBeVisible();

  // The public never sees a "not listed" name.
  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  for (const path of [FOLLOW_UP_EVENT.path, `${FOLLOW_UP_EVENT.path}/participants`]) {
    await publicPage.goto(path);
    await expect(publicPage.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await publicPage.content(), path).not.toContain(first.name);
  }
  await anonymous.close();
});
