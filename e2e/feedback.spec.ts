// Issue #16 points 4 and 5: the feedback survey after the event. The organizer defines three
// questions (one blank row at a time, no script needed) and sends the survey; the demo delegate
// answers on a 360-px phone from the mailed link, anonymously, once; the organizer reads the results
// per party at 1280 px and downloads the CSV. Axe clean on each screen.
import fs from "node:fs";
import { devices } from "@playwright/test";
import { DEMO_DELEGATE, DEMO_ORGANIZER, expect, expectAccessible, mailedLink, signInByRequest, test, uniqueSuffix } from "./fixtures";

const EVENT_TITLE = "Bilateral round table in Tsaghkadzor";

test("organizer defines and sends the survey, a delegate answers on a phone, the organizer reads the results and the CSV", async ({ page, browser }) => {
  const id = uniqueSuffix();
  const rating = `How useful was the round table? ${id}`;
  const choice = `Would you come again? ${id}`;
  const text = `What should we change? ${id}`;

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: EVENT_TITLE }).first().click();
  await page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Feedback", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Feedback survey" })).toBeVisible();
  const eventPath = new URL(page.url()).pathname.replace(/\/feedback$/, "");
  // Anonymous unless the organizer says otherwise.
  await expect(page.getByRole("checkbox", { name: "Anonymous answers" })).toBeChecked();
  await expectAccessible(page);

  // One question per save: the blank row becomes a question and a new blank row appears.
  const newRow = page.getByRole("group", { name: "New question" });
  await newRow.getByLabel("Kind of answer").selectOption({ label: "Rating 1–5" });
  await newRow.getByLabel("Question", { exact: true }).fill(rating);
  await page.getByRole("checkbox", { name: "Send automatically after the last day" }).uncheck();
  await page.getByRole("button", { name: "Save survey" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Survey saved." })).toBeVisible();
  await expect(page.getByRole("group", { name: "Question 1" }).getByLabel("Question", { exact: true })).toHaveValue(rating);

  // A choice with a single option is refused next to its field, and what was typed stays.
  await newRow.getByLabel("Kind of answer").selectOption({ label: "Choice" });
  await newRow.getByLabel("Question", { exact: true }).fill(choice);
  await newRow.getByLabel("Options (choice only)").fill("Yes");
  await page.getByRole("button", { name: "Save survey" }).click();
  await expect(page.getByText("A choice needs at least two options, one per line.")).toBeVisible();
  await expect(newRow.getByLabel("Question", { exact: true })).toHaveValue(choice);
  await expectAccessible(page);
  await newRow.getByLabel("Options (choice only)").fill("Yes\nNo");
  await page.getByRole("button", { name: "Save survey" }).click();
  await expect(page.getByRole("group", { name: "Question 2" }).getByLabel("Question", { exact: true })).toHaveValue(choice);

  await newRow.getByLabel("Kind of answer").selectOption({ label: "Free text" });
  await newRow.getByLabel("Question", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Save survey" }).click();
  await expect(page.getByRole("group", { name: "Question 3" }).getByLabel("Question", { exact: true })).toHaveValue(text);

  // The rating question in Russian too, side by side; the choice stays in English only.
  const ratingRu = `Насколько полезным был круглый стол? ${id}`;
  await page.getByRole("group", { name: "Question 1" }).getByLabel("Question in Russian").fill(ratingRu);
  await page.getByRole("button", { name: "Save survey" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Survey saved." })).toBeVisible();
  await expect(page.getByRole("group", { name: "Question 1" }).getByLabel("Question in Russian")).toHaveValue(ratingRu);

  await page.getByRole("button", { name: "Send to confirmed delegates now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Sent to \d+ delegates\.$/ })).toBeVisible();
  await expect(page.getByText(/^Sent on /)).toBeVisible();
  // Sending again mails nobody twice.
  await page.getByRole("button", { name: "Send to confirmed delegates now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Every confirmed delegate has been sent the survey already." })).toBeVisible();
  await expectAccessible(page);

  // The delegate, on a phone: the schedule asks for feedback; the mailed link opens the survey.
  const phone = await browser.newContext({ ...devices["Pixel 5"], viewport: { width: 360, height: 740 } });
  const mobile = await phone.newPage();
  await signInByRequest(mobile, DEMO_DELEGATE);
  await mobile.goto("/en/schedule");
  await expect(mobile.getByRole("link", { name: `Answer the short survey about ${EVENT_TITLE}` })).toBeVisible();
  const link = await mailedLink(DEMO_DELEGATE.email, /^\/en\/feedback\/[0-9a-f-]{36}$/);
  await mobile.goto(link);
  await expect(mobile.getByRole("heading", { level: 1, name: `Your feedback on ${EVENT_TITLE}` })).toBeVisible();
  await expect(mobile.getByText("Your answers are anonymous: the organizers see only your party, never your name.")).toBeVisible();
  await expectAccessible(mobile);

  // Read in Russian: the rating question in its Russian version; the choice, which has none, in
  // English, marked as such and read in English.
  await mobile.goto(link.replace(/^\/en\//, "/ru/"));
  await expect(mobile.getByRole("group", { name: ratingRu })).toBeVisible();
  const untranslated = mobile.getByRole("group", { name: new RegExp(`^${choice.replace(/[?]/g, "\\?")} Без перевода: на английском$`) });
  await expect(untranslated).toBeVisible();
  await expect(untranslated.locator("legend").locator('[lang="en"]')).toHaveText(choice);
  await expectAccessible(mobile);
  await mobile.goto(link);

  // Required answers missing: said next to each, the text kept.
  const comment = `Longer breaks, please ${id}`;
  await mobile.getByRole("textbox", { name: text }).fill(comment);
  await mobile.getByRole("button", { name: "Send my answers" }).click();
  await expect(mobile.getByText("Please choose an answer.")).toHaveCount(2);
  await expect(mobile.getByRole("textbox", { name: text })).toHaveValue(comment);
  await expectAccessible(mobile);

  await mobile.getByRole("group", { name: rating }).getByRole("radio", { name: "4 — very good" }).check();
  await mobile.getByRole("group", { name: choice }).getByRole("radio", { name: "Yes" }).check();
  await mobile.getByRole("button", { name: "Send my answers" }).click();
  await expect(mobile.getByText("Thank you for your feedback.")).toBeVisible();
  await expect(mobile.getByText("Your answers are recorded. Each delegate answers once.")).toBeVisible();
  const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
  await expectAccessible(mobile);
  // Answered: the form does not come back, and the schedule no longer asks.
  await mobile.reload();
  await expect(mobile.getByRole("button", { name: "Send my answers" })).toHaveCount(0);
  await mobile.goto("/en/schedule");
  await expect(mobile.getByRole("link", { name: `Answer the short survey about ${EVENT_TITLE}` })).toHaveCount(0);
  await phone.close();

  // The organizer's results at 1280 px: one response, kept inside the total (fewer than 3 for its party).
  await page.goto(`${eventPath}/feedback`);
  await expect(page.getByText("1 response.")).toBeVisible();
  await expect(page.getByText(/^Azerbaijan: 1 response — fewer than 3/)).toBeVisible();
  const ratingTable = page.getByRole("table", { name: `Answers to “${rating}” by party` });
  await expect(ratingTable.getByRole("columnheader")).toHaveText(["Rating", "All parties"]);
  await expect(ratingTable.getByRole("row", { name: /4 — very good/ })).toContainText("1");
  await expect(ratingTable.getByRole("row", { name: /Average/ })).toContainText("4.0");
  await expect(page.getByRole("table", { name: `Answers to “${choice}” by party` }).getByRole("row", { name: /^Yes/ })).toContainText("1");
  await expect(page.getByText(comment)).toBeVisible();
  // Anonymous: the delegate's name is nowhere in the results.
  await expect(page.getByText("Nigar Rzayeva")).toHaveCount(0);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the responses (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/-feedback-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split("\r\n");
  expect(lines[0]).toBe(`Party,${rating},${choice},${text}`);
  expect(lines.slice(1)).toEqual([`(withheld: fewer than 3 responses),4,Yes,"${comment}"`]);
  expect(csv).not.toContain("Nigar Rzayeva");

  // The organizer's page on a phone too: the results' tables scroll inside their box, not the page.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Results" })).toBeVisible();
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(pageOverflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
