import { DEMO_DELEGATE, expect, expectAccessible, signInByRequest, test } from "./fixtures";

test("a delegate makes a calendar link, a calendar app reads it without cookies, and turning it off stops it", async ({ page, context, playwright }) => {
  await signInByRequest(page, DEMO_DELEGATE);
  await page.goto("/en/schedule");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  await expect(page.getByText("The link is off")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Google Calendar" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Create my calendar link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your calendar link is ready" })).toBeVisible();
  const box = page.getByLabel("Calendar link (subscription address)");
  const url = await box.inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("link", { name: "Open in my calendar app" })).toHaveAttribute("href", url.replace(/^http:/, "webcal:"));
  await expect(page.getByText("The link is on.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Make a new link" })).toBeVisible();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expectAccessible(page);

  // A calendar app: no cookies, no locale prefix.
  const app = await playwright.request.newContext();
  try {
    const feed = await app.get(url, { maxRedirects: 0 });
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const body = (await feed.text()).replace(/\r\n[ \t]/g, "");
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain("TZID:Asia/Yerevan");
    expect(body).toContain("SUMMARY:Final press conference");
    expect(body).toContain("SUMMARY:Border crossing (entry): Ashagy Eskipara – Voskepar (delimited section)");
    expect(body).not.toContain("Organizers' logistics briefing");
    expect(body).not.toMatch(/@example\.org/);

    // The page says a calendar has read it; the URL itself is not shown again.
    await page.reload();
    await expect(page.getByText(/Last read by a calendar on .* \(1 time in all\)\./)).toBeVisible();
    await expect(page.getByLabel("Calendar link (subscription address)")).toHaveCount(0);

    await page.getByRole("button", { name: "Turn off the link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The link is turned off." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create my calendar link" })).toBeVisible();
    const gone = await app.get(url, { maxRedirects: 0 });
    expect(gone.status()).toBe(404);
    expect(await gone.text()).not.toContain("BEGIN:VCALENDAR");
  } finally {
    await app.dispose();
  }
});
