import fs from "node:fs";
import {
  DEMO_DELEGATE,
  DEMO_ORGANIZER,
  FOLLOW_UP_EVENT,
  expect,
  expectAccessible,
  openFollowUpEvent,
  registerFromMailedInvitation,
  signInByRequest,
  test,
  uniqueSuffix,
} from "./fixtures";

// Issue #5, point 5. The route and the deletion rules are covered in depth by
// tests/integration/my-data.test.ts; this walks the screens in the built app.

test("a delegate downloads all their data as JSON from My details", async ({ page }) => {
  // Downloading changes nothing, so the shared demo delegate may do it.
  await signInByRequest(page, DEMO_DELEGATE);
  await page.goto("/en/my-details");
  const section = page.getByRole("region", { name: "Your data" });
  await expect(section.getByText("travel-document numbers in full")).toBeVisible();
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await section.getByRole("link", { name: "Download all my data (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^roundtable-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as {
    schemaVersion: number;
    people: { email: string }[];
    account: { email: string };
    memberships: { event: { title: string } }[];
  };
  expect(data.schemaVersion).toBe(2);
  expect(data.people.map((p) => p.email)).toEqual([DEMO_DELEGATE.email]);
  expect(data.account.email).toBe(DEMO_DELEGATE.email);
  expect(data.memberships.length).toBeGreaterThan(0);
});

test("a delegate asks for deletion; the organizer confirms on the person's page; the roster shows a pseudonym", async ({ page, browser }) => {
  const id = uniqueSuffix();
  const person = { name: `Leaving Delegate ${id}`, email: `leaving.${id}@example.org`, password: `pw-${id}-long-enough` };

  // The organizer adds a person with a sign-in to the follow-up event (not the shared demo delegate).
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: FOLLOW_UP_EVENT.title }).click();
  await page.getByRole("link", { name: "Delegations" }).click();
  const addForm = page.getByRole("region", { name: "Add a person" });
  await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Armenia" });
  await addForm.getByLabel("Name (Latin script)").fill(person.name);
  await addForm.getByLabel("Email", { exact: true }).fill(person.email);
  await addForm.getByLabel("Registration status").selectOption({ label: "Confirmed" });
  await addForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person added and invitation sent." })).toBeVisible();
  const rosterUrl = page.url();

  // The person registers from the mailed invitation with a password of their own, and asks for
  // their data to be deleted.
  const own = await browser.newContext();
  const ownPage = await own.newPage();
  await registerFromMailedInvitation(ownPage, person.email, person.password);
  await ownPage.goto("/en/my-details");
  const yourData = ownPage.getByRole("region", { name: "Your data" });
  await yourData.getByLabel("Reason (optional)").fill("I no longer take part in the dialogue.");
  await yourData.getByRole("button", { name: "Ask for deletion" }).click();
  await expect(yourData.getByRole("status").filter({ hasText: "Your request was sent to the organizers." })).toBeVisible();
  await expect(yourData.getByText(/You asked for your data to be deleted on/)).toBeVisible();
  await expect(yourData.getByRole("button", { name: "Withdraw my request" })).toBeVisible();
  await expectAccessible(ownPage);

  // The organizer finds it from the dashboard and opens the person's page.
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "Deletion requests" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deletion requests" })).toBeVisible();
  const waiting = page.getByRole("region", { name: "Waiting for a decision" });
  await expect(waiting.getByText("Their reason: “I no longer take part in the dialogue.”")).toBeVisible();
  await expectAccessible(page);
  await waiting.getByRole("link", { name: `${person.name} in ${FOLLOW_UP_EVENT.title}` }).click();

  const request = page.getByRole("region", { name: "Deletion request" });
  await expect(request.getByText(/Asked on/)).toBeVisible();
  await expectAccessible(page);
  // Without the tick nothing happens.
  await request.getByRole("button", { name: "Delete this person’s data" }).click();
  await expect(request.getByText("Tick the box to confirm that you understand.")).toBeVisible();
  await request.getByRole("checkbox", { name: "I understand that this deletes the person’s data for good" }).check();
  await request.getByRole("button", { name: "Delete this person’s data" }).click();
  await expect(request.getByText(/Deleted on .* The person now appears under a pseudonym\./)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Former participant [0-9A-F]{8}$/ })).toBeVisible();
  await expectAccessible(page);

  // The roster keeps the membership, under the pseudonym.
  await page.goto(rosterUrl);
  await expect(page.getByRole("link", { name: /^Former participant [0-9A-F]{8}$/ }).first()).toBeVisible();
  await expect(page.getByText(person.name)).toHaveCount(0);
  await expect(page.getByText(person.email)).toHaveCount(0);

  // The account is gone: the old session no longer opens My details, and the password no longer works.
  await ownPage.goto("/en/my-details");
  await expect(ownPage).toHaveURL(/\/en\/sign-in/);
  const csrf = await ownPage.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await ownPage.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: person.email, password: person.password, callbackUrl: "/en" },
    maxRedirects: 0,
  });
  expect(signIn.headers()["location"] ?? "").toMatch(/error=/);
  await own.close();
});

test("a delegate corrects their own details and needs on a phone; the organizer sees them, the public sees the new name", async ({ page, browser }) => {
  const id = uniqueSuffix();
  const person = { name: `Editing Delegate ${id}`, email: `editing.${id}@example.org`, password: `pw-${id}-long-enough` };

  await signInByRequest(page, DEMO_ORGANIZER);
  await openFollowUpEvent(page);
  await page.getByRole("link", { name: "Delegations" }).click();
  const addForm = page.getByRole("region", { name: "Add a person" });
  await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Armenia" });
  await addForm.getByLabel("Name (Latin script)").fill(person.name);
  await addForm.getByLabel("Email", { exact: true }).fill(person.email);
  await addForm.getByLabel("Registration status").selectOption({ label: "Confirmed" });
  await addForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person added and invitation sent." })).toBeVisible();
  const rosterUrl = page.url();

  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const mobile = await phone.newPage();
  await registerFromMailedInvitation(mobile, person.email, person.password, /Listed publicly/);
  await mobile.goto("/en/my-details");
  const details = mobile.getByRole("region", { name: "Your details" });
  await expect(details.getByText(`You sign in with ${person.email}.`)).toBeVisible();
  // A bad phone number is explained next to the field, and what was typed stays.
  await details.getByLabel("Organization").fill(`Mountain Institute ${id}`);
  await details.getByLabel("Phone").fill("call me");
  await details.getByRole("button", { name: "Save my details" }).click();
  await expect(details.getByText("Enter a phone number with digits, spaces and an optional leading +.")).toBeVisible();
  await expect(details.getByLabel("Organization")).toHaveValue(`Mountain Institute ${id}`);
  await details.getByLabel("Phone").fill("+374 10 555 321");
  await details.getByLabel("Name (Latin script)").fill(`${person.name} Jr`);
  await details.getByRole("button", { name: "Save my details" }).click();
  await expect(details.getByRole("status")).toHaveText("Saved. Your details now read this way everywhere.");

  const needs = mobile.getByRole("form", { name: `Your needs at ${FOLLOW_UP_EVENT.title}` });
  await needs.getByLabel("Dietary needs").fill(`No nuts ${id}`);
  await needs.getByRole("button", { name: "Save my needs" }).click();
  await expect(needs.getByRole("status")).toHaveText("Saved. The organizers see your needs as you wrote them.");
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(mobile);
  await phone.close();

  // The organizer's roster reads the corrected details and needs.
  await page.goto(rosterUrl);
  await expect(page.getByRole("link", { name: `${person.name} Jr` })).toBeVisible();
  await expect(page.getByText(`No nuts ${id}`)).toBeVisible();

  // The public page lists the new name (listed publicly), never the phone.
  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  await publicPage.goto(`${FOLLOW_UP_EVENT.path}/participants`);
  await expect(publicPage.getByText(`${person.name} Jr`)).toBeVisible();
  expect(await publicPage.content()).not.toContain("555 321");
  await anonymous.close();
});
