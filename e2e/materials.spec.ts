// Issue #16.2: materials per agenda item and per event. On a desktop, an organizer of the demo round
// table is told why a file is refused (wrong type, too large) with what was typed kept, then uploads
// a small PDF for everyone, a budget for organizers only, a link for delegates, and a paper to one
// public session. On a phone, the demo delegate finds the event's and the session's materials in
// their schedule, and the public finds only the public ones on the event page, the PDF served as a
// download. The organizer then deletes them all, and their files are gone.
import path from "node:path";
import { DEMO_DELEGATE, DEMO_EVENT_PATH, DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test, uniqueSuffix } from "./fixtures";

const PDF = path.join(process.cwd(), "e2e", "files", "programme.pdf");
const SESSION = "Azerbaijan–Armenia relations: the current stage and the way ahead";

test("organizers attach files and links with a visibility; delegates and the public see what is theirs", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const id = uniqueSuffix();
  const open = `Programme ${id}`;
  const budget = `Budget ${id}`;
  const reading = `Background reading ${id}`;
  const paper = `Session paper ${id}`;

  // The organizer, on a desktop, on the event's overview.
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).click();
  const section = page.getByRole("region", { name: "Materials for the whole event" });
  const uploadForm = section.getByRole("form", { name: "Upload a file" });

  // A text file named .pdf: refused by its content, said next to the file field, the title kept.
  await uploadForm.getByLabel("Material title").fill(open);
  await uploadForm.getByLabel("Who may see it").selectOption({ label: "Public" });
  await uploadForm.getByLabel("File").setInputFiles({ name: "programme.pdf", mimeType: "application/pdf", buffer: Buffer.from("only words, not a PDF") });
  await uploadForm.getByRole("button", { name: "Upload" }).click();
  await expect(uploadForm.getByText("Only PDF, office documents and images can be attached.")).toBeVisible();
  await expect(uploadForm.getByLabel("File")).toHaveAttribute("aria-invalid", "true");
  await expect(uploadForm.getByLabel("Material title")).toHaveValue(open);
  await expect(uploadForm.getByLabel("Who may see it")).toHaveValue("public");

  // Over the limit: its size and the limit.
  const big = Buffer.alloc(26 * 1024 * 1024);
  big.write("%PDF-1.4\n");
  await uploadForm.getByLabel("File").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: big });
  await uploadForm.getByRole("button", { name: "Upload" }).click();
  await expect(uploadForm.getByText("This file is 26 MB; the limit is 25 MB.")).toBeVisible();

  // The real PDF, for everyone.
  await uploadForm.getByLabel("File").setInputFiles(PDF);
  await uploadForm.getByRole("button", { name: "Upload" }).click();
  await expect(section.getByRole("status")).toHaveText("Material added.");
  await expect(section.getByRole("link", { name: open })).toBeVisible();

  // A budget for organizers only, and a link for delegates.
  await uploadForm.getByLabel("Material title").fill(budget);
  await uploadForm.getByLabel("Who may see it").selectOption({ label: "Organizers" });
  await uploadForm.getByLabel("File").setInputFiles(PDF);
  await uploadForm.getByRole("button", { name: "Upload" }).click();
  await expect(section.getByRole("status")).toHaveText("Material added.");
  const linkForm = section.getByRole("form", { name: "Add a link" });
  await linkForm.getByLabel("Material title").fill(reading);
  await linkForm.getByLabel("Who may see it").selectOption({ label: "Delegates" });
  await linkForm.getByLabel("Address (http or https)").fill("https://example.org/background");
  await linkForm.getByRole("button", { name: "Add link" }).click();
  await expect(section.getByRole("status")).toHaveText("Material added.");
  await expect(section.getByRole("link", { name: reading })).toHaveAttribute("href", "https://example.org/background");
  await expectAccessible(page);

  // A public session of the released programme gets a paper of its own.
  await page.getByRole("link", { name: "Agenda", exact: true }).click();
  await page.getByRole("link", { name: `Edit “${SESSION}”` }).click();
  const itemSection = page.getByRole("region", { name: "Materials", exact: true });
  const itemUpload = itemSection.getByRole("form", { name: "Upload a file" });
  await itemUpload.getByLabel("Material title").fill(paper);
  await itemUpload.getByLabel("Who may see it").selectOption({ label: "Public" });
  await itemUpload.getByLabel("File").setInputFiles(PDF);
  await itemUpload.getByRole("button", { name: "Upload" }).click();
  await expect(itemSection.getByRole("status")).toHaveText("Material added.");
  await expect(itemSection.getByRole("link", { name: paper })).toBeVisible();
  const itemUrl = page.url();
  await expectAccessible(page);

  // The delegate, on a phone: the event's materials and the session's, never the budget.
  const delegateContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const delegatePage = await delegateContext.newPage();
  await signInByRequest(delegatePage, DEMO_DELEGATE);
  await delegatePage.goto("/en/schedule");
  const eventMaterials = delegatePage.getByRole("list", { name: "Materials for the whole event" });
  await expect(eventMaterials.getByRole("link", { name: open })).toBeVisible();
  await expect(eventMaterials.getByRole("link", { name: reading })).toBeVisible();
  await expect(delegatePage.getByRole("link", { name: budget })).toHaveCount(0);
  await expect(delegatePage.getByRole("list", { name: `Materials of ${SESSION}` }).getByRole("link", { name: paper })).toBeVisible();
  await expectAccessible(delegatePage);
  await delegateContext.close();

  // The public, on a phone: the public ones only; the PDF comes as a download.
  const publicContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const publicPage = await publicContext.newPage();
  await publicPage.goto(DEMO_EVENT_PATH);
  const publicMaterials = publicPage.getByRole("region", { name: "Materials", exact: true });
  await expect(publicMaterials.getByRole("link", { name: open })).toBeVisible();
  await expect(publicMaterials.getByRole("link", { name: paper })).toBeVisible();
  await expect(publicPage.getByRole("link", { name: reading })).toHaveCount(0);
  await expect(publicPage.getByRole("link", { name: budget })).toHaveCount(0);
  await expectAccessible(publicPage);
  const href = await publicMaterials.getByRole("link", { name: open }).getAttribute("href");
  const download = await publicPage.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="programme\.pdf"/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // The budget's address, asked for by the public: it does not exist for them.
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).click();
  const budgetHref = await section.getByRole("link", { name: budget }).getAttribute("href");
  expect((await publicPage.request.get(budgetHref!)).status()).toBe(404);
  expect((await page.request.get(budgetHref!)).status()).toBe(200);

  // The organizer deletes them all: gone from the lists, the files no longer served.
  for (const title of [open, budget, reading]) {
    await section.getByRole("button", { name: `Delete ${title}` }).click();
    await expect(section.getByRole("status")).toHaveText("Material deleted.");
    await expect(section.getByRole("link", { name: title })).toHaveCount(0);
  }
  expect((await page.request.get(budgetHref!)).status()).toBe(404);
  expect((await publicPage.request.get(href!)).status()).toBe(404);
  await page.goto(itemUrl);
  await itemSection.getByRole("button", { name: `Delete ${paper}` }).click();
  await expect(itemSection.getByRole("status")).toHaveText("Material deleted.");
  await publicContext.close();
});

test("without JavaScript, a link that is not http or https is refused next to its field, and an edit saves", async ({ browser }) => {
  test.setTimeout(120_000);
  const id = uniqueSuffix();
  const title = `Archive ${id}`;
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).click();
  const section = page.getByRole("region", { name: "Materials for the whole event" });
  const linkForm = section.getByRole("form", { name: "Add a link" });
  await linkForm.getByLabel("Material title").fill(title);
  // The browser takes ftp:// as an address; the server does not.
  await linkForm.getByLabel("Address (http or https)").fill("ftp://example.org/archive");
  await linkForm.getByRole("button", { name: "Add link" }).click();
  await expect(linkForm.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
  await expect(linkForm.getByLabel("Address (http or https)")).toHaveAttribute("aria-invalid", "true");
  await expect(linkForm.getByLabel("Material title")).toHaveValue(title);
  await expect(linkForm.getByLabel("Address (http or https)")).toHaveValue("ftp://example.org/archive");

  await linkForm.getByLabel("Address (http or https)").fill("https://example.org/archive");
  await linkForm.getByRole("button", { name: "Add link" }).click();
  await expect(section.getByRole("status")).toHaveText("Material added.");
  await expect(section.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", "https://example.org/archive");

  // Make it public, then delete it.
  await section.getByText(`Change ${title}`).click();
  await section.getByLabel(`Who may see ${title}`).selectOption({ label: "Public" });
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("status")).toHaveText("Material saved.");
  await expect(section.getByRole("listitem").filter({ hasText: title })).toContainText("Public");
  // (axe runs in the page's JavaScript: the first test checks this screen with it.)
  await section.getByRole("button", { name: `Delete ${title}` }).click();
  await expect(section.getByRole("status")).toHaveText("Material deleted.");
  await expect(section.getByRole("link", { name: title })).toHaveCount(0);
  await context.close();
});

test("a delegate who writes a session's record attaches its papers from the record page, on a phone", async ({ browser }) => {
  test.setTimeout(120_000);
  const id = uniqueSuffix();
  const title = `Rapporteur's notes ${id}`;
  const session = "Expectations in both societies: delivering the results of peace to citizens";
  // The demo delegate is that session's rapporteur (not on the organizers' team).
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInByRequest(page, DEMO_DELEGATE);
  await page.goto("/en/records");
  await page.getByRole("link", { name: `Record of “${session}”` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Record of “${session}”` })).toBeVisible();
  const section = page.getByRole("region", { name: "Materials", exact: true });
  const linkForm = section.getByRole("form", { name: "Add a link" });
  await linkForm.getByLabel("Material title").fill(title);
  await linkForm.getByLabel("Who may see it").selectOption({ label: "Delegates" });
  await linkForm.getByLabel("Address (http or https)").fill("https://example.org/notes");
  await linkForm.getByRole("button", { name: "Add link" }).click();
  // Back on the record page, the material listed.
  await expect(page.getByRole("heading", { level: 1, name: `Record of “${session}”` })).toBeVisible();
  await expect(section.getByRole("status")).toHaveText("Material added.");
  await expect(section.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", "https://example.org/notes");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
  await expectAccessible(page);
  // Theirs to delete too.
  await section.getByRole("button", { name: `Delete ${title}` }).click();
  await expect(section.getByRole("status")).toHaveText("Material deleted.");
  await context.close();
});
