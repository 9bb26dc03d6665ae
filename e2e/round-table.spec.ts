import {
  expect,
  expectAccessible,
  registerFromMailedInvitation,
  signInByRequest,
  test,
  uniqueSuffix,
  DEMO_ORGANIZER,
  confirmPastEventRecord,
} from "./fixtures";

test("an organizer plans a round table; the delegate and the public each see exactly their part", async ({ page, browser }) => {
  const id = uniqueSuffix();
  const names = {
    initiative: `Harbour Dialogue ${id}`,
    north: `Northland ${id}`,
    south: `Southland ${id}`,
    event: `Round table on rivers ${id}`,
    session: `Water sharing session ${id}`,
    secret: `Logistics briefing ${id}`,
    listed: `Lena Listed ${id}`,
    unlisted: `Ulrich Unlisted ${id}`,
    unlistedEmail: `ulrich.${id}@example.org`,
    unlistedPhone: "+374 91 555 0199",
    delegateEmail: `lena.${id}@example.org`,
    delegatePassword: `pw-${id}-long-enough`,
    statement: `Both delegations agreed to meet again in spring (${id}).`,
  };

  await signInByRequest(page, DEMO_ORGANIZER);

  // Initiative with its parties.
  await page.goto("/en/organize");
  await expectAccessible(page);
  await page.getByRole("link", { name: "New initiative" }).click();
  await page.getByLabel("Name of the initiative").fill(names.initiative);
  await page.getByLabel("Party 1", { exact: true }).fill(names.north);
  await page.getByRole("button", { name: "Create initiative" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible(); // party 2 missing
  await expect(page.getByLabel("Name of the initiative")).toHaveValue(names.initiative);
  await expectAccessible(page);
  await page.getByLabel("Party 2", { exact: true }).fill(names.south);
  await page.getByRole("button", { name: "Create initiative" }).click();

  // Event: a mistake in the days is explained next to the field, and nothing typed is lost.
  await expect(page.getByRole("heading", { level: 1, name: "New event" })).toBeVisible();
  await page.getByLabel("Title").fill(names.event);
  await page.getByLabel("Host party").selectOption({ label: names.south });
  await page.getByLabel("Venue").fill("Riverside hall");
  await page.getByLabel("City").fill("Dilijan");
  await page.getByLabel("Country").fill("Armenia");
  await page.getByLabel("Time zone").fill("Asia/Yerevan");
  await page.getByLabel("First day").fill("2026-05-12");
  await page.getByLabel("Last day").fill("2026-05-11");
  await page.getByRole("checkbox", { name: "English" }).check();
  await page.getByLabel("Status").selectOption({ label: "Announced" });
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("The last day cannot be before the first day.")).toBeVisible();
  await expect(page.getByLabel("Last day")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title")).toHaveValue(names.event);
  await expect(page.getByLabel("Host party")).toHaveValue(/.+/);
  await expect(page.getByRole("checkbox", { name: "English" })).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel("Last day").fill("2026-05-13");
  await page.getByRole("button", { name: "Create event" }).click();
  await confirmPastEventRecord(page); // its days are over: a record of a past event

  // Agenda: times entered in the event's zone; an end before the start is refused.
  await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();
  await expect(page.getByText("Times are in the event's time zone: Asia/Yerevan (GMT+4).")).toBeVisible();
  await page.getByLabel("Title").fill(names.session);
  await page.getByLabel("Day", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Starts at").fill("10:00");
  await page.getByLabel("Ends at").fill("09:30");
  await page.getByLabel("Room or place").fill("Hall A");
  await page.getByLabel("Who can see it").selectOption({ label: "Public" });
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByText("The end must be after the start.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(names.session);
  await expect(page.getByLabel("Who can see it")).toHaveValue("public");
  await page.getByLabel("Ends at").fill("11:30");
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("status")).toHaveText("Agenda item added.");
  const timetable = page.getByRole("region", { name: "Timetable" });
  await expect(timetable.getByRole("heading", { name: "Wednesday, May 13, 2026" })).toBeVisible();
  await expect(timetable.getByText(names.session)).toBeVisible();
  await expect(timetable.getByText("10:00 AM–11:30 AM")).toBeVisible();

  await page.getByLabel("Title").fill(names.secret);
  await page.getByLabel("Starts at").fill("08:00");
  await page.getByLabel("Ends at").fill("08:30");
  await page.getByLabel("Who can see it").selectOption({ label: "Organizers only" });
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(timetable.getByText(names.secret)).toBeVisible();
  await expectAccessible(page);

  // Deleting asks first: cancelling keeps the item, confirming removes it.
  const mistake = `Entered by mistake ${id}`;
  await page.getByLabel("Title").fill(mistake);
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(timetable.getByText(mistake)).toBeVisible();
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("button", { name: `Delete “${mistake}”` }).click();
  await expect(timetable.getByText(mistake)).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Delete “${mistake}”` }).click();
  await expect(timetable.getByText(mistake)).toHaveCount(0);
  await expect(timetable.getByText(names.secret)).toBeVisible();

  // Checks: a second item in the same hall at the same time is an error, gone when fixed.
  const side = `Side meeting ${id}`;
  await page.getByLabel("Title").fill(side);
  await page.getByLabel("Day", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Starts at").fill("10:30");
  await page.getByLabel("Ends at").fill("11:00");
  await page.getByLabel("Room or place").fill("Hall A");
  await page.getByLabel("Who can see it").selectOption({ label: "Public" });
  await page.getByRole("button", { name: "Add item" }).click();
  const checks = page.getByRole("region", { name: "Checks" });
  await expect(checks).toContainText("2 errors, no warnings");
  // Reported on both items, each naming the other.
  await expect(timetable).toContainText(`Error: Same place as “${names.session}” at the same time.`);
  await expect(timetable).toContainText(`Error: Same place as “${side}” at the same time.`);
  await page.getByRole("link", { name: `Edit “${side}”` }).click();
  await expect(page.getByRole("heading", { name: `Edit “${side}”` })).toBeVisible();
  await page.getByLabel("Room or place").fill("Hall B");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(checks).toContainText("No problems found.");

  // Release 1: until now delegates and the public saw no agenda at all.
  const releasePanel = page.getByRole("region", { name: "Release" });
  await expect(releasePanel).toContainText("Not released yet");
  await releasePanel.getByLabel("Note for this release (optional)").fill("First programme");
  await releasePanel.getByRole("button", { name: "Release version 1" }).click();
  await expect(releasePanel).toContainText("Delegates and the public read version 1");
  await expect(releasePanel).toContainText("The working draft matches the latest release.");
  await expectAccessible(page);

  // Delegations: one person listed publicly with a sign-in, one not listed with contact details.
  await page.getByRole("link", { name: "Delegations" }).click();
  await page.getByLabel("Party", { exact: true }).selectOption({ label: names.north });
  await page.getByLabel("Name (Latin script)").fill(names.listed);
  await page.getByLabel("Email", { exact: true }).fill(names.delegateEmail);
  await page.getByLabel("Listing consent").selectOption({ label: "Listed publicly" });
  // Entered by the organizer as already confirmed; the invitation lets her set her own password.
  await page.getByLabel("Registration status").selectOption({ label: "Confirmed" });
  await page.getByLabel("Head of delegation").check();
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status")).toHaveText("Person added and invitation sent.");
  await expect(page.getByRole("table", { name: `Delegation of ${names.north}` }).getByText(names.listed)).toBeVisible();

  await page.getByLabel("Party", { exact: true }).selectOption({ label: names.south });
  await page.getByLabel("Name (Latin script)").fill(names.unlisted);
  await page.getByLabel("Email", { exact: true }).fill("not an email");
  await page.getByLabel("Phone").fill(names.unlistedPhone);
  await page.getByLabel("Listing consent").selectOption({ label: "Not listed" });
  await page.getByLabel("Registration status").selectOption({ label: "Confirmed" });
  await page.getByLabel("Email an invitation link").uncheck();
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByLabel("Name (Latin script)")).toHaveValue(names.unlisted);
  await page.getByLabel("Email", { exact: true }).fill(names.unlistedEmail);
  await page.getByRole("button", { name: "Add person" }).click();
  const southTable = page.getByRole("table", { name: `Delegation of ${names.south}` });
  await expect(southTable.getByText(names.unlisted)).toBeVisible();
  await expect(southTable.getByText(names.unlistedEmail)).toBeVisible();
  await expectAccessible(page);

  // Status: the round table starts.
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByText(/· Announced$/)).toBeVisible();
  await page.getByLabel("Event status").selectOption({ label: "In progress" });
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByRole("status")).toHaveText("Status saved.");
  await expect(page.getByText(/· In progress$/)).toBeVisible();
  await expectAccessible(page);

  // Outcome: write, save, publish.
  await page.getByRole("link", { name: "Outcome" }).click();
  await page.getByLabel("Statement in English").fill(names.statement);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Draft saved.");
  // Nobody has signed off: publishing is refused until the organizer deliberately publishes anyway.
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not every party has signed off every language version." })).toBeVisible();
  await page.getByRole("checkbox", { name: "Publish without every sign-off" }).check();
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page.getByText("Say why it is published without every sign-off.")).toBeVisible();
  await page.getByLabel("Why (shown to the public beside “not jointly signed”)").fill("The heads of delegation signed on paper at the press conference.");
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Outcome published." })).toBeVisible();
  await expect(page.getByText(/Revision 1, published on/)).toBeVisible();
  await expectAccessible(page);
  const publicPath = await page.getByRole("link", { name: "Public page" }).getAttribute("href");
  expect(publicPath).toMatch(/^\/en\/events\//);

  // The delegate, on a phone: their schedule, in the event's zone, without organizer-only items.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const delegatePage = await phone.newPage();
  await registerFromMailedInvitation(delegatePage, names.delegateEmail, names.delegatePassword, /Listed publicly/);
  await delegatePage.goto("/en/schedule");
  await expect(delegatePage.getByRole("heading", { level: 1, name: "My schedule" })).toBeVisible();
  await expect(delegatePage.getByRole("heading", { level: 2, name: names.event })).toBeVisible();
  await expect(delegatePage.getByRole("heading", { name: names.session })).toBeVisible();
  await expect(delegatePage.getByText("10:00 AM–11:30 AM")).toBeVisible();
  await expect(delegatePage.getByText("Times are in the event's time zone: Asia/Yerevan (GMT+4).")).toBeVisible();
  await expect(delegatePage.getByText(names.secret)).toHaveCount(0);
  await expect(delegatePage.getByText(names.unlistedPhone)).toHaveCount(0);
  expect(await delegatePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(delegatePage);
  expect((await delegatePage.goto("/en/organize"))?.status()).toBe(404);

  // The organizer moves the session and releases version 2; the delegate is told what changed.
  await page.getByRole("link", { name: "Agenda" }).click();
  await page.getByRole("link", { name: `Edit “${names.session}”` }).click();
  await expect(page.getByRole("heading", { name: `Edit “${names.session}”` })).toBeVisible();
  await page.getByLabel("Starts at").fill("12:00");
  await page.getByLabel("Ends at").fill("13:00");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(releasePanel.getByText("Changes not yet released")).toBeVisible();
  await releasePanel.getByRole("button", { name: "Release version 2" }).click();
  await expect(releasePanel).toContainText("Delegates and the public read version 2");
  await page.getByRole("link", { name: "All releases" }).click();
  await expect(page.getByRole("heading", { name: /^Version 2, released on/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Version 1, released on/ })).toBeVisible();
  await expectAccessible(page);

  await delegatePage.goto("/en/schedule");
  const changes = delegatePage.getByRole("region", { name: "What changed in version 2" });
  await expect(changes).toContainText(
    `${names.session}: moved from Wednesday, May 13, 2026, 10:00 AM–11:30 AM GMT+4 to Wednesday, May 13, 2026, 12:00 PM–1:00 PM GMT+4`,
  );
  await expect(delegatePage.getByText("12:00 PM–1:00 PM GMT+4", { exact: true })).toBeVisible();
  await expect(changes).not.toContainText(names.secret);
  await expectAccessible(delegatePage);
  await phone.close();

  // The public: published outcome and the consenting name; nothing private, nothing organizer-only.
  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  await publicPage.goto("/en");
  // Published just now: among the latest outcomes, and in the list of events.
  await expect(publicPage.getByRole("region", { name: "Latest outcomes" }).getByRole("link", { name: names.event })).toBeVisible();
  await publicPage.getByRole("region", { name: "Events" }).getByRole("link", { name: names.event }).click();
  await expect(publicPage).toHaveURL(new RegExp(`${publicPath}$`));
  await expect(publicPage.getByRole("heading", { level: 1, name: names.event })).toBeVisible();
  await expect(publicPage.getByText(names.statement)).toBeVisible();
  await expect(publicPage.getByText("Not jointly signed: The heads of delegation signed on paper at the press conference.")).toBeVisible();
  await expect(publicPage.getByText(names.session)).toBeVisible();
  const eventHtml = await publicPage.content();
  for (const secret of [names.unlisted, names.unlistedEmail, names.unlistedPhone, names.delegateEmail, names.secret]) {
    expect(eventHtml, `public page must not contain ${secret}`).not.toContain(secret);
  }
  await expectAccessible(publicPage);
  // The names listed publicly are on the event's participants page, by party.
  await publicPage.getByRole("link", { name: /participants? listed by name$/ }).click();
  await expect(publicPage.getByRole("region", { name: names.north }).getByText(names.listed)).toBeVisible();
  const participantsHtml = await publicPage.content();
  for (const secret of [names.unlisted, names.unlistedEmail, names.unlistedPhone, names.delegateEmail, names.secret]) {
    expect(participantsHtml, `participants page must not contain ${secret}`).not.toContain(secret);
  }
  await expectAccessible(publicPage);
  await anonymous.close();
});
