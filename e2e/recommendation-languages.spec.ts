// Issue #15, point 2: recommendation texts in the event's working languages. An organizer writes a
// recommendation in English and Russian side by side in the records editor (desktop), adopts it
// and publishes the outcome; the public outcome page gives a Russian reader the Russian version
// and an Armenian reader, who has none, the English text marked as English: on a desktop and on a
// 360-px phone, accessible.
import type { Browser } from "@playwright/test";
import { DEMO_ORGANIZER, confirmPastEventRecord, expect, expectAccessible, signInByRequest, test, uniqueSuffix } from "./fixtures";

async function readOutcome(browser: Browser, path: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

test("an organizer writes a recommendation in two languages side by side; each reader gets theirs or the English, marked", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const id = uniqueSuffix();
  const names = {
    event: `Media round table ${id}`,
    session: `Joint projects of journalists ${id}`,
    english: `Open a joint newsroom for journalists of both societies ${id}`,
    russian: `Открыть общую редакцию для журналистов обоих обществ ${id}`,
  };

  // An event in English, Russian and Armenian, written in English.
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "New event in Peace Bridge" }).click();
  await page.getByLabel("Title").fill(names.event);
  await page.getByLabel("Host party").selectOption({ label: "Armenia" });
  await page.getByLabel("Venue").fill("Lake Hall");
  await page.getByLabel("City").fill("Sevan");
  await page.getByLabel("Country").fill("Armenia");
  await page.getByLabel("Time zone").fill("Asia/Yerevan");
  await page.getByLabel("First day").fill("2026-06-12");
  await page.getByLabel("Last day").fill("2026-06-12");
  for (const language of ["English", "Russian", "Armenian"]) await page.getByRole("checkbox", { name: language }).check();
  await page.getByLabel("Language you write in").selectOption("en");
  await page.getByLabel("Status").selectOption({ label: "Announced" });
  await page.getByRole("button", { name: "Create event" }).click();
  await confirmPastEventRecord(page);
  await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();
  const publicPath = (await page.getByRole("link", { name: "Public page" }).getAttribute("href"))!;

  await page.getByLabel("Title").fill(names.session);
  await page.getByLabel("Starts at").fill("10:00");
  await page.getByLabel("Ends at").fill("12:00");
  await page.getByLabel("Who can see it").selectOption({ label: "Public" });
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("status")).toHaveText("Agenda item added.");

  // The record: the recommendation in English and, beside it, in Russian; Armenian left empty.
  await page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Records", exact: true }).click();
  await page.getByRole("link", { name: `Write the record of “${names.session}”` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Record of “${names.session}”` })).toBeVisible();
  await page.getByRole("button", { name: "Add a recommendation" }).click();
  await page.getByLabel("Theme of recommendation 1").selectOption({ label: "Public diplomacy" });
  const english = page.getByRole("textbox", { name: "Recommendation 1", exact: true });
  const versions = page.getByRole("group", { name: "Recommendation 1 in the other languages" });
  const russian = versions.getByRole("textbox", { name: "Russian" });
  const armenian = versions.getByRole("textbox", { name: "Armenian" });
  await expect(english).toHaveAttribute("lang", "en");
  await expect(russian).toHaveAttribute("lang", "ru");
  await english.fill(names.english);
  await russian.fill(names.russian);
  await expect(page.getByRole("status").filter({ hasText: /^All changes saved/ })).toBeVisible();
  // Side by side on a desktop: the versions in the other languages beside the English text.
  const [en, ru, hy] = [(await english.boundingBox())!, (await russian.boundingBox())!, (await armenian.boundingBox())!];
  expect(ru.x).toBeGreaterThan(en.x + en.width - 1);
  expect(hy.x).toBeGreaterThan(en.x + en.width - 1);
  expect(Math.min(ru.y, hy.y)).toBeLessThan(en.y + en.height);
  await expectAccessible(page);
  // Kept: a reload reads both versions back, the Armenian still empty.
  await page.reload();
  await expect(russian).toHaveValue(names.russian);
  await expect(english).toHaveValue(names.english);
  await expect(armenian).toHaveValue("");

  // Adopted on the board, then the outcome is published (no delegation signs here: published with a reason).
  await page.goBack();
  await page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Recommendations", exact: true }).click();
  // The board shortens a long text in the button's name.
  await page.getByRole("button", { name: /^Adopt “Open a joint newsroom/ }).click();
  await expect(page.getByRole("article", { name: /^Open a joint newsroom/ }).getByText("Adopted", { exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Outcome", exact: true }).click();
  await page.getByLabel("Statement in English").fill(`The delegations agreed on joint media projects ${id}.`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Wording in the outcome: Public diplomacy, in Russian/ })).toBeVisible();
  await page.getByRole("checkbox", { name: "Publish without every sign-off" }).check();
  await page.getByLabel("Why (shown to the public beside “not jointly signed”)").fill("No delegations at this test event.");
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Outcome published." })).toBeVisible();

  const outcomePath = `${publicPath}/outcome`;
  for (const width of [1280, 360]) {
    // A Russian reader: the Russian version, unmarked.
    const ruReader = await readOutcome(browser, outcomePath.replace("/en/", "/ru/"), width);
    const ruList = ruReader.page.getByRole("region", { name: "Принятые рекомендации" });
    await expect(ruList.getByRole("listitem").filter({ hasText: names.russian })).toBeVisible();
    await expect(ruList.getByText(names.english)).toHaveCount(0);
    await expect(ruList.getByText("на английском")).toHaveCount(0);
    await expectAccessible(ruReader.page);
    await ruReader.context.close();

    // An Armenian reader: no Armenian version, so the English text, marked as English (in Armenian).
    const hyReader = await readOutcome(browser, outcomePath.replace("/en/", "/hy/"), width);
    const item = hyReader.page.getByRole("listitem").filter({ hasText: names.english });
    await expect(item).toBeVisible();
    await expect(item.locator('[lang="en"]')).toHaveText(names.english);
    await expect(item).toContainText("անգլերեն");
    await expect(item).toContainText("Թարգմանված չէ՝");
    await expect(hyReader.page.getByText(names.russian)).toHaveCount(0);
    await expectAccessible(hyReader.page);
    const overflow = await hyReader.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
    await hyReader.context.close();
  }
});
