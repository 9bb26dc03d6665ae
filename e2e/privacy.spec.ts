import type { BrowserContext } from "@playwright/test";
import {
  DEMO_DELEGATE,
  DEMO_ORGANIZER,
  FOLLOW_UP_EVENT,
  expect,
  expectAccessible,
  mailedLink,
  openFollowUpEvent,
  signInByRequest,
  test,
  uniqueSuffix,
} from "./fixtures";

/** The raw HTML a page sends, React Server Components payload included (what a leak would ride in). */
async function html(context: BrowserContext, path: string): Promise<string> {
  const response = await context.request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

test("phone, needs, email and travel-document data reach no public or delegate page", async ({ page, browser }) => {
  const id = uniqueSuffix();
  const digits = String(Date.now()).slice(-7);
  const person = { name: `Sentinel Person ${id}`, email: `sentinel.${id}@example.org` };
  const secrets = {
    phone: `+374 77 ${digits}`,
    dietary: `DietSentinel${id}`,
    accessibility: `AccessSentinel${id}`,
    document: `SNT${id.toUpperCase()}`,
    email: person.email,
  };

  // The organizer turns on travel documents, adds the person and sends the invitation.
  await signInByRequest(page, DEMO_ORGANIZER);
  await openFollowUpEvent(page);
  await page.getByRole("link", { name: "Delegations" }).click();
  const addForm = page.getByRole("region", { name: "Add a person" });
  await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Armenia" });
  await addForm.getByLabel("Name (Latin script)").fill(person.name);
  await addForm.getByLabel("Email", { exact: true }).fill(person.email);
  await addForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person added and invitation sent." })).toBeVisible();
  // The demo delegate comes to this round table too: a colleague of the same event.
  await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Azerbaijan" });
  await addForm.getByLabel("Name (Latin script)").fill("Demo delegate");
  await addForm.getByLabel("Email", { exact: true }).fill(DEMO_DELEGATE.email);
  await addForm.getByLabel("Registration status").selectOption({ label: "Confirmed" });
  await addForm.getByLabel("Email an invitation link").uncheck();
  await addForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person added." })).toBeVisible();
  const link = await mailedLink(person.email, /\/en\/invitation\/[A-Za-z0-9_-]{43}$/);

  // The person registers, listed publicly, with every private field filled with a sentinel.
  const own = await browser.newContext();
  const ownPage = await own.newPage();
  await ownPage.goto(link);
  await ownPage.getByLabel("Mobile phone").fill(secrets.phone);
  await ownPage.getByLabel("Dietary needs").fill(secrets.dietary);
  await ownPage.getByLabel("Accessibility needs").fill(secrets.accessibility);
  await ownPage.getByRole("radio", { name: /Listed publicly/ }).check();
  await ownPage.getByLabel("Document number").fill(secrets.document);
  await ownPage.getByLabel("Issued by (country)").fill("Armenia");
  await ownPage.getByLabel("Password", { exact: true }).fill(`pw-${id}-long-enough`);
  await ownPage.getByLabel("Password again").fill(`pw-${id}-long-enough`);
  await ownPage.getByRole("button", { name: "Register" }).click();
  await expect(ownPage.getByRole("heading", { level: 1, name: "My schedule" })).toBeVisible();

  // Confirmed, so the public lists the name.
  await page.getByRole("link", { name: "Delegations" }).click();
  await page.getByRole("checkbox", { name: `Select ${person.name}` }).check();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Confirmed 1." })).toBeVisible();

  const anonymous = await browser.newContext();
  const colleague = await browser.newContext();
  const colleaguePage = await colleague.newPage();
  await signInByRequest(colleaguePage, DEMO_DELEGATE);
  const pages: [string, BrowserContext, string, boolean][] = [
    ["public home", anonymous, "/en", false],
    // The event page names nobody; its participants page names those listed publicly.
    ["public event page", anonymous, FOLLOW_UP_EVENT.path, false],
    ["public participants page", anonymous, `${FOLLOW_UP_EVENT.path}/participants`, true],
    ["public participants page in Russian", anonymous, `${FOLLOW_UP_EVENT.path.replace("/en/", "/ru/")}/participants`, true],
    ["another delegate's schedule", colleague, "/en/schedule", false],
    ["another delegate's participants", colleague, "/en/participants", true],
    ["another delegate's details", colleague, "/en/my-details", false],
    // Their own pages carry their name (the header says who is signed in), not their secrets.
    ["the person's own schedule", own, "/en/schedule", true],
    ["the person's own participants", own, "/en/participants", true],
  ];
  for (const [label, context, path, showsName] of pages) {
    const body = await html(context, path);
    for (const [field, value] of Object.entries(secrets)) expect(body.includes(value), `${field} on ${label}`).toBe(false);
    expect(body.includes(person.name), `name on ${label}`).toBe(showsName);
  }
  await colleaguePage.goto("/en/participants");
  await expect(colleaguePage.getByText(person.name)).toBeVisible();
  await expectAccessible(colleaguePage);
  await colleaguePage.goto("/en/my-details");
  await expectAccessible(colleaguePage);

  // The person's own details page is theirs: it shows their phone and needs, never the document.
  const mine = await html(own, "/en/my-details");
  expect(mine).toContain(secrets.phone);
  expect(mine).toContain(secrets.dietary);
  expect(mine).not.toContain(secrets.document);

  await Promise.all([own.close(), anonymous.close(), colleague.close()]);
});
