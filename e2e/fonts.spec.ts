// Armenian, Azerbaijani Latin (ə ğ ı ş) and Cyrillic are drawn with the fonts the app ships
// (app/globals.css), on screen and in print/PDF: no letter is left to whatever the system has,
// which may lack a script and draw boxes. Chromium's DevTools protocol names the fonts it used.
import type { Page } from "@playwright/test";
import { DEMO_EVENT_PATH, expect, test } from "./fixtures";

const EVENT = DEMO_EVENT_PATH.replace(/^\/en\//, "/");

type UsedFont = { familyName: string; isCustomFont: boolean; glyphCount: number };

/** The fonts Chromium drew the first element matching `selector` with. */
async function fontsOf(page: Page, selector: string): Promise<UsedFont[]> {
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts as UsedFont[];
}

function expectShipped(fonts: UsedFont[], family: RegExp) {
  expect(fonts.length, "some text drawn").toBeGreaterThan(0);
  for (const font of fonts) expect(font, "every glyph from a shipped web font, none from the system").toMatchObject({ isCustomFont: true });
  expect(fonts.map((f) => f.familyName)).toContainEqual(expect.stringMatching(family));
}

test("an Armenian heading is drawn in the shipped Noto Sans Armenian, on screen and in print", async ({ page }) => {
  await page.goto("/hy");
  await expect(page.getByRole("heading", { level: 1, name: "Երկխոսության կլոր սեղաններ" })).toBeVisible();
  expect(await page.locator("h1").evaluate((h1) => getComputedStyle(h1).fontFamily)).toMatch(/^"Noto Sans Variable", "Noto Sans Armenian Variable"/);
  expectShipped(await fontsOf(page, "h1"), /Noto Sans Armenian/);

  await page.emulateMedia({ media: "print" });
  expectShipped(await fontsOf(page, "h1"), /Noto Sans Armenian/);
});

test("Azerbaijani Latin letters and Cyrillic are drawn in the shipped Noto Sans", async ({ page }) => {
  await page.goto("/az");
  await expect(page.getByRole("heading", { level: 1, name: "Dialoq dəyirmi masaları" })).toBeVisible();
  // Every letter Azerbaijani adds to Latin, in the page's own style.
  await page.locator("main").evaluate((main) => {
    const p = document.createElement("p");
    p.id = "azerbaijani-letters";
    p.textContent = "Ə ə Ğ ğ I ı İ i Ş ş Ç ç Ö ö Ü ü";
    main.append(p);
  });
  expectShipped(await fontsOf(page, "#azerbaijani-letters"), /Noto Sans/);
  // The check tells the two apart: text set in a system font is reported as such.
  await page.locator("main").evaluate((main) => {
    const code = document.createElement("code");
    code.id = "system-font";
    code.style.fontFamily = "monospace";
    code.textContent = "0123";
    main.append(code);
  });
  expect(await fontsOf(page, "#system-font")).toContainEqual(expect.objectContaining({ isCustomFont: false }));
  expectShipped(await fontsOf(page, "h1"), /Noto Sans/);

  await page.goto("/ru");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  expectShipped(await fontsOf(page, "h1"), /Noto Sans/);
});

test("a page printed to PDF embeds the shipped fonts", async ({ page }) => {
  await page.goto(`/hy${EVENT}`);
  await expect(page.getByRole("heading", { level: 2, name: "Օրակարգ", exact: true })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  // Subset fonts are named "ABCDEF+Family-Style" in the PDF's font descriptors.
  expect(pdf).toMatch(/\/FontName\s*\/[A-Z]{6}\+NotoSansArmenian-/);
  expect(pdf).toMatch(/\/FontName\s*\/[A-Z]{6}\+NotoSans-/);
});
