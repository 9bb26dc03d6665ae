// A person's page says where their invitation stands, so nobody has to search the Outbox; the
// Outbox names people and finds them (issue #19.6). The organizer adds a person with an invitation
// and sees "sent"; the invitee opens the mailed link on a phone; the organizer sees "opened",
// resends, and finds both mails in the Outbox by the person's name — on a desktop and on a phone.
import { devices, type Page } from "@playwright/test";
import { DEMO_ORGANIZER, FOLLOW_UP_EVENT, expect, expectAccessible, mailedLink, signInByRequest, test, uniqueSuffix } from "./fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

async function expectNoSidewaysScrolling(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
}

test("the person's page shows the invitation sent, opened and resent; the Outbox finds both mails by name", async ({ page, browser }) => {
  const id = uniqueSuffix();
  const person = { name: `Nare Opened ${id}`, email: `nare.${id}@example.org` };

  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: FOLLOW_UP_EVENT.title }).click();
  await page.getByRole("link", { name: "Delegations" }).click();
  const addForm = page.getByRole("region", { name: "Add a person" });
  await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Armenia" });
  await addForm.getByLabel("Name (Latin script)").fill(person.name);
  await addForm.getByLabel("Email", { exact: true }).fill(person.email);
  await addForm.getByLabel("Registration status").selectOption({ label: "Invited" });
  await addForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person added and invitation sent." })).toBeVisible();

  await page
    .getByRole("row", { name: new RegExp(person.name) })
    .getByRole("link", { name: person.name })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: person.name })).toBeVisible();
  const personUrl = page.url();
  const panel = page.getByRole("region", { name: "Invitation" });
  await expect(panel).toContainText(/Sent on .+ \(1 time\), not opened yet/);
  // No mail server in the suite: the outbox says the mail went to the server's mail folder.
  await expect(panel).toContainText(/Latest invitation mail \(.+\): not sent \(no mail server\)/);
  await expectAccessible(page);

  // The invitee opens the mailed link on a phone, and does not answer yet.
  const link = await mailedLink(person.email, /\/en\/invitation\/[A-Za-z0-9_-]{43}$/);
  const inviteePhone = await browser.newContext({ ...devices["Pixel 5"], viewport: { width: 360, height: 740 } });
  const invitee = await inviteePhone.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: `Welcome, ${person.name}` })).toBeVisible();

  await page.reload();
  await expect(panel).toContainText(/Opened on .+: the invitation page was visited, not yet answered/);
  await expect(panel).toContainText(/Sent on .+ \(1 time\)/);
  await expectAccessible(page);

  // Resend: a new link; the one she opened stops working, and the new one is not opened yet.
  await panel.getByRole("button", { name: "Resend (new link)" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Invitation sent." })).toBeVisible();
  await page.reload();
  await expect(panel).toContainText(/Sent on .+ \(2 times\), not opened yet/);
  await invitee.reload();
  await expect(invitee.getByRole("heading", { level: 1, name: `Welcome, ${person.name}` })).toHaveCount(0);
  await inviteePhone.close();

  // The Outbox, searched by her name (a GET form: the address keeps the search).
  await page.getByRole("link", { name: "Outbox" }).first().click();
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  const search = page.getByRole("search", { name: "Search and filter" });
  await search.getByLabel("Search by name, address or subject").fill(person.name.toUpperCase());
  await search.getByLabel("Kind").selectOption({ label: "Invitation" });
  await search.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]kind=invitation/);
  await expect(page.getByText("2 messages")).toBeVisible();
  const mails = page.getByRole("listitem").filter({ hasText: `to ${person.email}` });
  await expect(mails).toHaveCount(2);
  await expect(mails.first()).toContainText(person.name);
  await expect(search.getByLabel("Search by name, address or subject")).toHaveValue(person.name.toUpperCase());
  await expectAccessible(page);
  const outboxUrl = page.url();

  // The same on an organizer's phone.
  const organizerPhone = await browser.newContext({ ...devices["Pixel 5"], viewport: { width: 360, height: 740 } });
  const mobile = await organizerPhone.newPage();
  await signInByRequest(mobile, DEMO_ORGANIZER);
  await mobile.goto(outboxUrl);
  await expect(mobile.getByRole("listitem").filter({ hasText: `to ${person.email}` })).toHaveCount(2);
  await expectNoSidewaysScrolling(mobile);
  await expectAccessible(mobile);
  await mobile.goto(personUrl);
  await expect(mobile.getByRole("region", { name: "Invitation" })).toContainText(/Sent on .+ \(2 times\), not opened yet/);
  await expectNoSidewaysScrolling(mobile);
  await expectAccessible(mobile);
  await organizerPhone.close();
});
