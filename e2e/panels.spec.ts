// Issue #19.1: a panel never looks one-sided. Where the public may not see a speaker's name (the
// person did not agree to be listed publicly), the public programme says, per party, how many are
// not listed, on a desktop and on a phone. The demo's "Regional security" session has one speaker
// of each side who agreed to be listed for delegates only.
import { DEMO_EVENT_PATH, expect, expectAccessible, test } from "./fixtures";

const SESSION = "Regional security and the economic opportunities of peace";

for (const viewport of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 740 },
]) {
  test(`the public programme counts unlisted speakers per party (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto(`${DEMO_EVENT_PATH}/programme/2026-02-13`);
    const session = page.getByRole("listitem").filter({ has: page.getByText(SESSION, { exact: true }) });
    await expect(session).toContainText("Speakers");
    await expect(session).toContainText("1 speaker from Armenia who is not listed and 1 speaker from Azerbaijan who is not listed");
    // A count, never who: neither name reaches the page.
    const html = await page.content();
    expect(html).not.toContain("Tural Babayev");
    expect(html).not.toContain("Davit Avetisyan");
    if (viewport.width === 360) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
    }
    await expectAccessible(page);
  });
}
