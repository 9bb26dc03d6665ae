import { expect, expectAccessible, signInByRequest, test, uniqueSuffix, DEMO_ORGANIZER } from "./fixtures";

test("an organizer plans a border crossing with its manifest, records it, and prints the manifest with masked documents", async ({ page }) => {
  const id = uniqueSuffix();
  const point = `Border section ${id}`;
  const numbers = { rauf: `C${id.toUpperCase().slice(-4)}91234`, elnur: `P${id.toUpperCase().slice(-4)}85678` };

  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).first().click();

  // The event collects travel documents (the setting lives on the overview).
  await page.getByRole("checkbox", { name: "Collect travel documents for the border crossings" }).check();
  await page.getByRole("button", { name: "Save travel-document setting" }).click();
  await expect(page.getByRole("status")).toHaveText("Travel-document setting saved.");

  await page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Border crossings" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Delegation of Armenia" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Delegation of Azerbaijan" })).toBeVisible();
  await expectAccessible(page);

  // A crossing point; the same name twice is explained next to the field.
  const points = page.getByRole("region", { name: "Crossing points" });
  await points.getByLabel("Name").fill(point);
  await points.getByLabel("Description").fill("Opened by arrangement for the delegations.");
  await points.getByRole("button", { name: "Add crossing point" }).click();
  await expect(page.getByRole("status")).toHaveText("Crossing point added.");
  await expect(points.getByText(point, { exact: true })).toBeVisible();
  await points.getByLabel("Name").fill(point);
  await points.getByRole("button", { name: "Add crossing point" }).click();
  await expect(points.getByText("A crossing point with this name already exists.", { exact: false })).toBeVisible();
  await expect(points.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

  // Two delegates' passports, typed by the organizer.
  await page.getByRole("link", { name: "Travel documents for the manifests" }).click();
  for (const [name, number] of [
    ["Rauf Huseynov · Azerbaijan", numbers.rauf],
    ["Elnur Gasimov · Azerbaijan", numbers.elnur],
  ] as const) {
    await page.getByLabel("Person").selectOption({ label: name });
    await page.getByLabel("Document number").fill(number);
    await page.getByLabel("Issuing country").fill("Azerbaijan");
    await page.getByRole("button", { name: "Save travel document" }).click();
    await expect(page.getByRole("status")).toHaveText("Travel document saved.");
  }
  await expect(page.getByText(`•••••${numbers.rauf.slice(-4)}`)).toBeVisible();
  await expect(page.getByText(numbers.rauf)).toHaveCount(0);
  await expectAccessible(page);

  // An entry crossing for the Azerbaijani delegation with three people.
  await page.getByRole("link", { name: "Back to border crossings" }).click();
  await page.getByRole("region", { name: "Delegation of Azerbaijan" }).getByRole("link", { name: "Plan a crossing for the delegation of Azerbaijan" }).click();
  await expect(page.getByText("In the event's time zone: Asia/Yerevan (GMT+4).").first()).toBeVisible();
  await page.getByLabel("Direction").selectOption({ label: "Entry" });
  await page.getByLabel("Crossing point").selectOption({ label: point });
  await page.getByLabel("Planned day").fill("2026-02-13");
  await page.getByLabel("Planned time").fill("07:30");
  const manifest = page.getByRole("group", { name: "People crossing (the manifest)" });
  for (const box of await manifest.getByRole("checkbox").all()) await box.uncheck();
  for (const name of ["Rauf Huseynov", "Elnur Gasimov", "Aygun Mammadova"]) {
    await manifest.getByRole("checkbox", { name: new RegExp(`^${name}`) }).check();
  }
  await expectAccessible(page);
  await page.getByRole("button", { name: "Plan crossing" }).click();

  const card = page.getByRole("article", { name: `Entry · ${point}` });
  await expect(card).toContainText("Friday, February 13, 2026, 7:30 AM");
  await expect(card).toContainText("3 people on the manifest");
  await expect(card).toContainText("Actual time not recorded yet.");

  // On the day: one click records the actual time.
  await card.getByRole("button", { name: /^Crossed now: Entry/ }).click();
  await expect(card).not.toContainText("Actual time not recorded yet.");
  await expect(card.getByRole("button", { name: /^Crossed now/ })).toHaveCount(0);

  // The printable manifest: the people, numbered, with document numbers masked.
  await card.getByRole("link", { name: /^Printable manifest: Entry/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Border crossing manifest" })).toBeVisible();
  const people = page.getByRole("table", { name: "3 people crossing" });
  for (const name of ["Rauf Huseynov", "Elnur Gasimov", "Aygun Mammadova"]) {
    await expect(people.getByRole("rowheader", { name: new RegExp(name) })).toBeVisible();
  }
  await expect(people.getByRole("row", { name: /Rauf Huseynov/ })).toContainText(`Passport •••••${numbers.rauf.slice(-4)}`);
  await expect(people.getByRole("row", { name: /Aygun Mammadova/ })).toContainText("No document on file");
  await expect(page.getByText(numbers.rauf)).toHaveCount(0);
  await expect(page.getByText(numbers.elnur)).toHaveCount(0);
  await expect(page.getByText("Friday, February 13, 2026, 7:30 AM · Asia/Yerevan (GMT+4)")).toBeVisible();
  await expectAccessible(page);

  // Full numbers only on request, and the page says the request was recorded.
  await page.getByRole("button", { name: "Show full document numbers" }).click();
  await expect(people.getByRole("row", { name: /Rauf Huseynov/ })).toContainText(numbers.rauf);
  await expect(page.getByText("Full document numbers are shown. This has been recorded in the audit log")).toBeVisible();
  await page.getByRole("link", { name: "Mask document numbers again" }).click();
  await expect(page.getByText(numbers.rauf)).toHaveCount(0);

  // A wrong actual time can be cleared.
  await page.getByRole("link", { name: "Back to border crossings" }).click();
  await page
    .getByRole("article", { name: `Entry · ${point}` })
    .getByRole("link", { name: /^Edit: Entry/ })
    .click();
  await page.getByRole("button", { name: "Clear actual time" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Actual time cleared." })).toBeVisible();
  await expect(page.getByText("Actual time not recorded yet.")).toBeVisible();

  // Every manifest of the day on one printable page, numbers still masked.
  await page.getByRole("link", { name: "Back to border crossings" }).click();
  await page.getByRole("navigation", { name: "Manifests for a day" }).getByRole("link", { name: "Friday, February 13, 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Manifests for Friday, February 13, 2026" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `Manifest: Entry · ${point}, delegation of Azerbaijan` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Manifest: Entry · Ashagy Eskipara/ })).toBeVisible();
  await expect(page.getByText(numbers.rauf)).toHaveCount(0);
  await expectAccessible(page);
});
