import type { Browser, Page } from "@playwright/test";
import { DEMO_ORGANIZER, FOLLOW_UP_EVENT, expect, expectAccessible, mailedLink, openFollowUpEvent, signInByRequest, test, uniqueSuffix } from "./fixtures";

// Issue #7: joint sign-off in two browsers, publication, the public page with both language
// versions, and a correction that says so. On the demo's follow-up event, so the demo round
// table stays as other tests expect it.

async function addHead(page: Page, party: string, person: { name: string; email: string }) {
  const addForm = page.getByRole("region", { name: "Add a person" });
  await addForm.getByLabel("Party", { exact: true }).selectOption({ label: party });
  await addForm.getByLabel("Name (Latin script)").fill(person.name);
  await addForm.getByLabel("Email", { exact: true }).fill(person.email);
  await addForm.getByLabel("Registration status").selectOption({ label: "Confirmed" });
  await addForm.getByRole("checkbox", { name: "Head of delegation" }).check();
  await addForm.getByLabel("Email an invitation link").uncheck();
  await addForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person added." })).toBeVisible();
}

/**
 * The head follows the sign-in link in the sign-off request mailed to them (they had no account
 * yet), on a desktop or on a 360-px phone, and clicks fast (issue #19, point 8): a double click on
 * one version and a click on the other at once, without waiting for either. Each version goes its
 * own way, and both end signed (once each).
 */
async function signOffBoth(browser: Browser, person: { email: string }, screen: "desktop" | "phone") {
  const context = await browser.newContext({ viewport: screen === "phone" ? { width: 360, height: 740 } : { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(await mailedLink(person.email, /\/en\/sign-in\/link\/[A-Za-z0-9_-]{43}$/));
  await page.getByRole("button", { name: "Sign in and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outcome sign-off" })).toBeVisible();
  await expectAccessible(page);
  const languages = ["English", "Russian"];
  const version = (language: string) => page.getByRole("article", { name: `${language} version` });
  await version("English").getByRole("button", { name: "Sign off the English version" }).dblclick();
  await version("Russian").getByRole("button", { name: "Sign off the Russian version" }).click();
  for (const language of languages) {
    await expect(version(language).getByText(/^You signed off this version on/)).toBeVisible();
  }
  if (screen === "phone") {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
  }
  // After a reload the signer sees exactly which versions are signed.
  await page.reload();
  for (const language of languages) {
    await expect(version(language).getByText(/^You signed off this version on/)).toBeVisible();
    await expect(version(language).getByRole("button")).toHaveCount(0);
  }
  return { context, page };
}

test("two heads sign off both language versions in their own browsers; the organizer publishes and corrects", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const id = uniqueSuffix();
  const az = { name: `Azerbaijani Head ${id}`, email: `az.head.${id}@example.org` };
  const am = { name: `Armenian Head ${id}`, email: `am.head.${id}@example.org` };
  const english = `Joint statement ${id}: both delegations agree to meet again in spring.`;
  const russian = `Совместное заявление ${id}: делегации договорились встретиться снова весной.`;

  await signInByRequest(page, DEMO_ORGANIZER);
  await openFollowUpEvent(page);
  await page.getByRole("link", { name: "Delegations" }).click();
  await addHead(page, "Azerbaijan", az);
  await addHead(page, "Armenia", am);

  await page.getByRole("link", { name: "Outcome" }).click();
  await page.getByLabel("Statement in English").fill(english);
  await page.getByLabel("Statement in Russian").fill(russian);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  // The press conference and links go out with the statement.
  await page.getByLabel("Starts at (Asia/Baku)").fill("2027-03-19T16:00");
  await page.getByLabel("Place", { exact: true }).fill(`Press hall ${id}`);
  await page.getByRole("group", { name: "Speakers for Azerbaijan" }).getByRole("checkbox", { name: az.name }).check();
  await page.getByLabel("Links: photos, video, press coverage").fill(`Photos ${id}\nVideo https://video.example.org/${id}`);
  await page.getByRole("button", { name: "Save press conference, links and wording" }).click();
  await expect(page.getByText("Each line needs a web address (https://…) at its end.")).toBeVisible();
  await page.getByLabel("Links: photos, video, press coverage").fill(`Photos https://photos.example.org/${id}\nVideo https://video.example.org/${id}`);
  await page.getByRole("button", { name: "Save press conference, links and wording" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
  const table = page.getByRole("table", { name: "Sign-off of each language version by each party" });
  await expect(table.getByText("Waiting")).toHaveCount(4);
  await expectAccessible(page);

  // The heads are asked by mail; the outbox lists the requests (their sign-in links hidden).
  await page.getByRole("button", { name: "Ask the signatories to sign off" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The signatories still to sign were asked by mail" })).toBeVisible();
  const outcomeUrl = page.url();
  await page.getByRole("link", { name: "Outbox" }).first().click();
  await expect(page.getByText(`Please sign off the outcome of ${FOLLOW_UP_EVENT.title} · ${az.name} · to ${az.email}`)).toBeVisible();
  await expect(page.getByText(`Please sign off the outcome of ${FOLLOW_UP_EVENT.title} · ${am.name} · to ${am.email}`)).toBeVisible();
  await page.goto(outcomeUrl);

  // Each head signs off in their own browser.
  const { context: azContext, page: azPage } = await signOffBoth(browser, az, "desktop");
  const { context: amContext } = await signOffBoth(browser, am, "phone");

  await page.reload();
  await expect(page.getByText("Every party has signed off every language version.")).toBeVisible();
  await expect(table.getByText(/^Signed by /)).toHaveCount(4);
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Outcome published." })).toBeVisible();

  // The public reads both language versions, jointly signed.
  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  await publicPage.goto(FOLLOW_UP_EVENT.path);
  const outcome = publicPage.getByRole("region", { name: "Outcome" });
  await expect(outcome.getByRole("region", { name: "English" })).toContainText(english);
  await expect(outcome.getByRole("region", { name: "Russian" })).toContainText(russian);
  await expect(publicPage.getByText(/^Not jointly signed/)).toHaveCount(0);
  const press = outcome.getByRole("region", { name: "Final press conference" });
  await expect(press).toContainText(`Press hall ${id}`);
  // Added without a listing consent: the speaker is not named publicly.
  await expect(press).not.toContainText(az.name);
  await expect(outcome.getByRole("link", { name: "Photos" })).toHaveAttribute("href", `https://photos.example.org/${id}`);
  await expectAccessible(publicPage);

  // A correction: the edit withdraws the English sign-offs; published anyway with a reason and a note.
  await page.getByLabel("Statement in English").fill(`${english} Corrected date.`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await page.reload();
  await expect(table.getByText("Waiting")).toHaveCount(2);
  await page.getByLabel("What was corrected (shown to the public)").fill("The date of the next meeting.");
  await page.getByRole("checkbox", { name: "Publish without every sign-off" }).check();
  await page.getByLabel("Why (shown to the public beside “not jointly signed”)").fill("A typo fix agreed by phone.");
  await page.getByRole("button", { name: "Publish correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Outcome published." })).toBeVisible();

  await publicPage.reload();
  await expect(publicPage.getByText(/· corrected on /)).toBeVisible();
  await expect(publicPage.getByText("The date of the next meeting.", { exact: false })).toBeVisible();
  await expect(publicPage.getByText("Not jointly signed: A typo fix agreed by phone.")).toBeVisible();
  await publicPage.getByText("Earlier versions").click();
  await expect(publicPage.getByRole("region", { name: /^Version 1, published on/ })).toContainText(english);
  // The outcome alone, for paper or PDF.
  await publicPage.getByRole("link", { name: "Print the outcome or save it as PDF" }).click();
  await expect(publicPage.getByRole("heading", { level: 1, name: /^Outcome of “/ })).toBeVisible();
  await expect(publicPage.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  await expect(publicPage.getByRole("region", { name: "English" })).toContainText(`${english} Corrected date.`);
  await expectAccessible(publicPage);

  // The head reads the corrected English text; the organizer edits it again meanwhile: signing off
  // what is on the head's screen is refused next to that version, and the new text is shown to read.
  await azPage.reload();
  const azEnglish = azPage.getByRole("article", { name: "English version" });
  await expect(azEnglish).toContainText(`${english} Corrected date.`);
  await page.getByLabel("Statement in English").fill(`${english} Corrected date and place.`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await azEnglish.getByRole("button", { name: "Sign off the English version" }).click();
  await expect(azEnglish.getByRole("alert")).toHaveText("The text changed while you were reading it. Read the new text, then sign off.");
  await expect(azPage.getByRole("article", { name: "Russian version" }).getByRole("alert")).toHaveCount(0);
  await expect(azEnglish).toContainText(`${english} Corrected date and place.`);
  await expectAccessible(azPage);
  await azEnglish.getByRole("button", { name: "Sign off the English version" }).click();
  await expect(azEnglish.getByText(/^You signed off this version on/)).toBeVisible();
  await Promise.all([azContext.close(), amContext.close(), anonymous.close()]);
});
