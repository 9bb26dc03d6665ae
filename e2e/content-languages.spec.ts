// Issue #15: what organizers type, in the event's working languages. An organizer writes an event
// and a session in English with Armenian and Azerbaijani versions; each reader gets their own
// language, and where a version is missing the English text, marked as English. Then the demo
// round table (seeded with versions of some titles) read in all four interface languages on the
// public event page, a delegate's phone schedule and the organizer's agenda: accessible, and no
// page wider than the screen however long the Armenian and Azerbaijani words.
import { devices, type Page, type TestInfo } from "@playwright/test";
import {
  DEMO_DELEGATE,
  DEMO_EVENT_PATH,
  DEMO_ORGANIZER,
  expect,
  expectAccessible,
  signInByRequest,
  test,
  uniqueSuffix,
  confirmPastEventRecord,
} from "./fixtures";

test("an organizer writes a session in three languages and each reader gets theirs, a missing version marked", async ({ page }) => {
  test.setTimeout(120_000);
  const id = uniqueSuffix();
  const names = {
    event: `Water round table ${id}`,
    eventHy: `Ջրի կլոր սեղան ${id}`,
    session: `Water and the border villages ${id}`,
    sessionHy: `Ջուրը և սահմանամերձ գյուղերը ${id}`,
    placeAz: `Böyük zal ${id}`,
  };

  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "New event in Peace Bridge" }).click();
  await page.getByLabel("Title").fill(names.event);
  await page.getByLabel("Host party").selectOption({ label: "Armenia" });
  await page.getByLabel("Venue").fill("Dilijan Conference Hall");
  await page.getByLabel("City").fill("Dilijan");
  await page.getByLabel("Country").fill("Armenia");
  await page.getByLabel("Time zone").fill("Asia/Yerevan");
  await page.getByLabel("First day").fill("2026-06-10");
  await page.getByLabel("Last day").fill("2026-06-10");
  // Ticked in the form's order (Azerbaijani first); the event is still written in English.
  for (const language of ["Azerbaijani", "Armenian", "English"]) await page.getByRole("checkbox", { name: language }).check();
  await expect(page.getByLabel("Language you write in")).toHaveValue("en");
  await page.getByLabel("Status").selectOption({ label: "Announced" });
  await page.getByRole("button", { name: "Create event" }).click();
  await confirmPastEventRecord(page); // its days are over: a record of a past event
  await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();
  const agendaUrl = page.url();
  const publicPath = (await page.getByRole("link", { name: "Public page" }).getAttribute("href"))!;

  // The session: English title and place, an Armenian title, an Azerbaijani place.
  await expect(page.getByText("The event's first language is English")).toBeVisible();
  await page.getByLabel("Title").fill(names.session);
  await page.getByRole("group", { name: "Title in the other languages" }).getByLabel("Armenian").fill(names.sessionHy);
  await page.getByLabel("Room or place").fill("Main hall");
  await page.getByRole("group", { name: "Room or place in the other languages" }).getByLabel("Azerbaijani").fill(names.placeAz);
  await page.getByLabel("Starts at").fill("10:00");
  await page.getByLabel("Ends at").fill("11:00");
  await page.getByLabel("Who can see it").selectOption({ label: "Public" });
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("status")).toHaveText("Agenda item added.");
  const releasePanel = page.getByRole("region", { name: "Release" });
  await releasePanel.getByRole("button", { name: "Release version 1" }).click();
  await expect(releasePanel).toContainText("Delegates and the public read version 1");

  // The event's own title in Armenian, beside the English.
  await page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Overview" }).click();
  const translations = page.getByRole("region", { name: "Title, venue and city in the other languages" });
  await translations.getByRole("group", { name: "Title in the other languages" }).getByLabel("Armenian").fill(names.eventHy);
  await expectAccessible(page);
  await translations.getByRole("button", { name: "Save translations" }).click();
  await expect(translations.getByRole("status")).toHaveText("Translations saved.");
  await expect(translations.getByRole("group", { name: "Title in the other languages" }).getByLabel("Armenian")).toHaveValue(names.eventHy);

  // An Armenian reader: their title for the event and the session; the English place, marked.
  await page.goto(publicPath.replace("/en/", "/hy/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(names.eventHy);
  const armenian = page.getByRole("listitem").filter({ hasText: names.sessionHy });
  await expect(armenian).toBeVisible();
  await expect(armenian.locator('[lang="en"]', { hasText: "Main hall" })).toBeVisible();
  await expect(armenian).toContainText("անգլերեն");
  await expectAccessible(page);

  // An Azerbaijani reader: the English title, marked as English, and their own place.
  await page.goto(publicPath.replace("/en/", "/az/"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(names.event);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ingilis dilində");
  const azerbaijani = page.getByRole("listitem").filter({ hasText: names.session });
  await expect(azerbaijani.locator('[lang="en"]', { hasText: names.session })).toBeVisible();
  await expect(azerbaijani).toContainText("ingilis dilində");
  await expect(azerbaijani).toContainText(names.placeAz);
  await expect(azerbaijani).not.toContainText(names.sessionHy);
  await expectAccessible(page);

  // An English reader: the source text, nothing marked.
  await page.goto(publicPath);
  const english = page.getByRole("listitem").filter({ hasText: names.session });
  await expect(english).toContainText("Main hall");
  await expect(english).not.toContainText("in English");

  // The printed programme in Armenian.
  await page.goto(`${agendaUrl}/print`);
  await page.getByRole("navigation", { name: "Language of the printed programme" }).getByRole("link", { name: "Armenian" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(names.eventHy);
  await expect(page.getByText(names.sessionHy)).toBeVisible();
  await expectAccessible(page);
});

test("an organizer names a crossing point in Armenian and the delegate reads it on their schedule in their language", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const id = uniqueSuffix();
  const point = { en: `Voskepar section ${id}`, hy: `Ոսկեպարի հատված ${id}`, ru: `Участок Воскепар ${id}` };

  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).first().click();
  await page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Border crossings" }).click();

  // The name in the event's first language (English), its Armenian version beside it.
  const points = page.getByRole("region", { name: "Crossing points" });
  await points.getByLabel("Name", { exact: true }).fill(point.en);
  const versions = points.getByRole("group", { name: "Name in the other languages" });
  await expect(versions.getByLabel("Armenian")).toHaveAttribute("lang", "hy");
  await versions.getByLabel("Armenian").fill(point.hy);
  await points.getByRole("button", { name: "Add crossing point" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Crossing point added.");

  // Later, a Russian version too, among the versions in every working language.
  await points.getByText(`Name in other languages: ${point.en}`).click();
  const every = points.getByRole("group", { name: "Name in each working language" });
  await expect(every.getByLabel("Armenian")).toHaveValue(point.hy);
  await every.getByLabel("Russian").fill(point.ru);
  await expectAccessible(page);
  await points.getByRole("button", { name: "Save the versions" }).click();
  await expect(points.getByText("Versions of the name saved.")).toBeVisible();

  // An exit crossing of the demo delegate through it.
  await page.getByRole("region", { name: "Delegation of Azerbaijan" }).getByRole("link", { name: "Plan a crossing for the delegation of Azerbaijan" }).click();
  await page.getByLabel("Direction").selectOption({ label: "Exit" });
  await page.getByLabel("Crossing point").selectOption({ label: point.en });
  await page.getByLabel("Planned day").fill("2026-02-14");
  await page.getByLabel("Planned time").fill("21:15");
  const manifest = page.getByRole("group", { name: "People crossing (the manifest)" });
  for (const box of await manifest.getByRole("checkbox").all()) await box.uncheck();
  await manifest.getByRole("checkbox", { name: /^Nigar Rzayeva/ }).check();
  await page.getByRole("button", { name: "Plan crossing" }).click();
  await expect(page.getByRole("article", { name: `Exit · ${point.en}` })).toBeVisible();

  const phone = await browser.newContext({ ...devices["Pixel 7"], viewport: { width: 360, height: 780 } });
  const delegate = await phone.newPage();
  await signInByRequest(delegate, DEMO_DELEGATE);
  // In Armenian: the Armenian name, nothing marked.
  await delegate.goto("/hy/schedule?day=2026-02-14");
  const armenian = delegate.getByRole("heading", { level: 4, name: `Սահմանահատում (ելք)՝ ${point.hy}` });
  await expect(armenian).toBeVisible();
  await expect(armenian.locator("[lang]")).toHaveCount(0);
  await expectAccessible(delegate);
  // In Russian: the version written afterwards.
  await delegate.goto("/ru/schedule?day=2026-02-14");
  await expect(delegate.getByRole("heading", { level: 4, name: new RegExp(point.ru) })).toBeVisible();
  // In Azerbaijani, with no version: the English name, marked as English and carrying its lang.
  await delegate.goto("/az/schedule?day=2026-02-14");
  const azerbaijani = delegate.getByRole("heading", { level: 4, name: new RegExp(point.en) });
  await expect(azerbaijani.locator('[lang="en"]')).toHaveText(point.en);
  await expect(azerbaijani).toContainText("ingilis dilində");
  await expectAccessible(delegate);
  await phone.close();
});

/** Nothing wider than the screen: a long word that does not wrap pushes the page sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `the page is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

const LOCALES = [
  { locale: "en", opening: "Opening plenary", marker: null },
  { locale: "ru", opening: "Открывающее пленарное заседание", marker: "на английском" },
  { locale: "az", opening: "Açılış plenar iclası", marker: "ingilis dilində" },
  { locale: "hy", opening: "Բացման լիագումար նիստ", marker: "անգլերեն" },
] as const;

for (const { locale, opening, marker } of LOCALES) {
  test(`the demo round table in ${locale}: public page, a delegate's phone schedule, the organizer's agenda`, async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    // The public event page on a 360-px phone: the seeded version of the opening plenary, or the English marked.
    const phone = await browser.newContext({ ...devices["Pixel 7"], viewport: { width: 360, height: 780 } });
    const reader = await phone.newPage();
    await reader.goto(`${DEMO_EVENT_PATH.replace("/en/", `/${locale}/`)}/programme/2026-02-13`);
    await expect(reader.locator("html")).toHaveAttribute("lang", locale);
    await expect(reader.getByText(opening, { exact: true })).toBeVisible();
    // A session without a version in this language: its English title, marked as English.
    const untranslated = reader.getByRole("listitem").filter({ hasText: "Regional security and the economic opportunities of peace" });
    if (marker) await expect(untranslated).toContainText(marker);
    else await expect(untranslated.locator("[lang]")).toHaveCount(0);
    await expectAccessible(reader);
    await expectNoSidewaysScroll(reader);
    await attachScreenshot(reader, testInfo, `public-programme-${locale}`);

    // The delegate's schedule on the same phone.
    const delegate = await phone.newPage();
    await signInByRequest(delegate, DEMO_DELEGATE);
    await delegate.goto(`/${locale}/schedule?day=2026-02-13`);
    await expect(delegate.locator("html")).toHaveAttribute("lang", locale);
    await expect(delegate.getByRole("heading", { level: 4, name: opening })).toBeVisible();
    await expectAccessible(delegate);
    await expectNoSidewaysScroll(delegate);
    await attachScreenshot(delegate, testInfo, `delegate-schedule-${locale}`);
    await phone.close();

    // The organizer's agenda on a desktop, its add-item form with the versions in the other languages.
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const organizer = await desk.newPage();
    await signInByRequest(organizer, DEMO_ORGANIZER);
    await organizer.goto(`/${locale}/organize`);
    await organizer.getByRole("link", { name: "Bilateral round table in Tsaghkadzor" }).first().click();
    await organizer
      .getByRole("navigation")
      .getByRole("link", { name: /^(Agenda|Повестка дня|Gündəlik|Օրակարգ)$/ })
      .first()
      .click();
    await expect(organizer).toHaveURL(/\/agenda$/);
    await expect(organizer.locator('input[name="title_hy"]')).toHaveAttribute("lang", "hy");
    await expectAccessible(organizer);
    await expectNoSidewaysScroll(organizer);
    await attachScreenshot(organizer, testInfo, `organizer-agenda-${locale}`);
    await desk.close();
  });
}

test("a statement's language is named in the page's language and upper-cased by its rules, not the statement's", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const id = uniqueSuffix();
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "New event in Peace Bridge" }).click();
  await page.getByLabel("Title").fill(`Statement labels ${id}`);
  await page.getByLabel("Host party").selectOption({ label: "Azerbaijan" });
  await page.getByLabel("Venue").fill("Gabala Conference Hall");
  await page.getByLabel("City").fill("Gabala");
  await page.getByLabel("Country").fill("Azerbaijan");
  await page.getByLabel("Time zone").fill("Asia/Baku");
  await page.getByLabel("First day").fill("2026-05-20");
  await page.getByLabel("Last day").fill("2026-05-20");
  for (const language of ["Azerbaijani", "English"]) await page.getByRole("checkbox", { name: language }).check();
  await page.getByLabel("Status").selectOption({ label: "Concluded" });
  await page.getByRole("button", { name: "Create event" }).click();
  await confirmPastEventRecord(page); // its days are over: a record of a past event
  await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();
  const publicPath = (await page.getByRole("link", { name: "Public page" }).getAttribute("href"))!;
  await page.getByRole("link", { name: "Outcome" }).click();
  await page.getByLabel("Statement in English").fill(`The delegations agreed ${id}.`);
  await page.getByLabel("Statement in Azerbaijani").fill(`Nümayəndə heyətləri razılaşdılar ${id}.`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await page.getByRole("checkbox", { name: "Publish without every sign-off" }).check();
  await page.getByLabel("Why (shown to the public beside “not jointly signed”)").fill("No signatories were named for this test.");
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Outcome published." })).toBeVisible();

  // On a desktop and on a 360-px phone.
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    const reader = await (await browser.newContext({ viewport })).newPage();
    await reader.goto(publicPath);
    const statement = reader.getByRole("region", { name: "Outcome" }).getByRole("region", { name: "Azerbaijani" });
    await expect(statement).toHaveAttribute("lang", "az");
    // innerText is the text as rendered, after `uppercase`: Azerbaijani rules would make İ of i.
    await expect(statement.getByRole("heading", { level: 3 })).toHaveText("AZERBAIJANI", { useInnerText: true });
    await expectAccessible(reader);
  }
});
