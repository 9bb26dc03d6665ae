import { readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ORGANIZER, FOLLOW_UP_EVENT, expect, expectAccessible, signInByRequest, test } from "./fixtures";

// Files as Excel saves them, uploaded through the form (tests/fixtures): the report says how a
// Windows-1251 list was read; an Excel workbook is refused with what to do instead. Only checked,
// never imported, so the test leaves nothing behind.
const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "tests", "fixtures", name));

test("the import report says a Windows-1251 list was read as such, and an Excel workbook is refused with what to do", async ({ page }) => {
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: FOLLOW_UP_EVENT.title }).click();
  await page.getByRole("link", { name: "Delegations" }).click();
  await page.getByRole("link", { name: "Invite from a list (CSV)" }).click();

  const file = page.getByLabel("Or upload a CSV file");
  await file.setInputFiles({ name: "список.csv", mimeType: "text/csv", buffer: fixture("invitations-windows-1251.csv") });
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText("The file is not UTF-8: it was read as Windows-1251 (Cyrillic)")).toBeVisible();
  await expect(page.getByRole("table", { name: "Ready to import" })).toContainText("Aygun Mammadova");
  await expect(page.getByLabel("Paste the list")).toHaveValue(/Айгюн Мамедова;aygun\.1251@example\.org/);
  await expectAccessible(page);

  await file.setInputFiles({ name: "invitations.csv", mimeType: "text/csv", buffer: fixture("invitations.xlsx") });
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This is an Excel file, not a CSV" })).toHaveText(
    /^This is an Excel file, not a CSV: .*“CSV UTF-8 \(Comma delimited\)”.* Nothing was read or saved\.$/,
  );
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
});
