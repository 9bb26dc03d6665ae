// Issue #19 point 4, the roster's "Ask to choose public listing": people imported by the organizers
// are "Not listed" until they choose, and only they may. The organizer (1280 px) asks two ticked
// people: the one who chose at registration is not asked again; the other gets a mail whose link
// signs her in on her phone (360 px) and opens her choice; once she chose, asking again asks nobody.
import {
  createSevanEvent,
  DEMO_ORGANIZER,
  expect,
  expectAccessible,
  mailedLink,
  registerFromMailedInvitation,
  signInByRequest,
  test,
  uniqueSuffix,
} from "./fixtures";

test("the organizer asks ticked people to choose their public listing; only those who never chose are asked, once", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const id = uniqueSuffix();
  const chose = { name: `Anahit Chose ${id}`, email: `chose.${id}@example.org`, password: `pw-${id}-long-enough` };
  const asked = { name: `Lilit Asked ${id}`, email: `asked.${id}@example.org` };
  const title = `Listing round table ${id}`;

  await signInByRequest(page, DEMO_ORGANIZER);
  await createSevanEvent(page, { title, firstDay: "2027-06-10", lastDay: "2027-06-10" });
  await page.getByRole("link", { name: "Delegations" }).click();
  await expect(page).toHaveURL(/\/delegations$/);
  const rosterUrl = page.url();
  await page.getByRole("link", { name: "Invite from a list (CSV)" }).click();
  await page
    .getByLabel("Paste the list")
    .fill(["name;email;party;sector", `${chose.name};${chose.email};Armenia;civil society`, `${asked.name};${asked.email};Armenia;expert`].join("\n"));
  await page.getByRole("button", { name: "Check the list" }).click();
  // The check's report first: the consent choice belongs to the form it comes back with.
  await expect(page.getByText("2 people ready to import")).toBeVisible();
  await page.getByRole("radio", { name: "Not listed: each person chooses when they register" }).check();
  await page.getByRole("button", { name: "Import 2 people" }).click();
  await expect(page.getByRole("status")).toHaveText("2 people added; 2 invitations sent.");

  // One of them registers from her invitation and chooses "Not listed" herself.
  const own = await browser.newContext();
  await registerFromMailedInvitation(await own.newPage(), chose.email, chose.password, /Not listed/);
  await own.close();

  await page.goto(rosterUrl);
  await expect(page.getByText("Only the person may decide whether their name appears on public pages.", { exact: false })).toBeVisible();
  await page.getByRole("checkbox", { name: `Select ${chose.name}` }).check();
  await page.getByRole("checkbox", { name: `Select ${asked.name}` }).check();
  await page.getByRole("button", { name: "Ask to choose public listing" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 person asked to choose; 1 chose already and was not asked again." })).toBeVisible();
  await expectAccessible(page);

  // Her mail's link signs her in on her phone and opens her choice for this round table.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const mobile = await phone.newPage();
  await mobile.goto(await mailedLink(asked.email, /^\/en\/sign-in\/link\/[A-Za-z0-9_-]{43}$/));
  await mobile.getByRole("button", { name: "Sign in and continue" }).click();
  await expect(mobile).toHaveURL(/\/en\/my-details/);
  const choice = mobile.getByRole("group", { name: `Who may see your name at ${title}?` });
  await expect(choice.getByRole("radio", { name: /Not listed/ })).toBeChecked();
  await choice.getByRole("radio", { name: /Listed publicly/ }).check();
  await mobile.locator("form").filter({ has: choice }).getByRole("button", { name: "Save", exact: true }).click();
  await expect(mobile.getByRole("status").filter({ hasText: "Saved. Every page now shows your name this way." })).toBeVisible();
  const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
  await expectAccessible(mobile);
  await phone.close();

  // She chose: asking again asks nobody.
  await page.goto(rosterUrl);
  await page.getByRole("checkbox", { name: `Select ${asked.name}` }).check();
  await page.getByRole("button", { name: "Ask to choose public listing" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nobody asked; 1 chose already and was not asked again." })).toBeVisible();
});
