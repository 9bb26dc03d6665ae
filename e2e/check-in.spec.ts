// Issue #16 point 3, check-in: an organizer at the venue door, on a 360-px phone and a 1280-px
// desktop, finds delegates by name in any script and checks them in; the network drops, two more
// are checked in on the phone and wait; back online they sync, the counts per party are right,
// and a reload shows them from the server. A delegate's personal code (from their own schedule)
// checks them in through the code field; a code of another event or a forged one is refused next
// to the field. Axe-clean throughout; the records page shows the attendance, numbers only.
import type { Browser, Page } from "@playwright/test";
import { createSevanEvent, DEMO_ORGANIZER, expect, expectAccessible, registerFromMailedInvitation, signInByRequest, test, uniqueSuffix } from "./fixtures";

type Names = { anahit: string; gor: string; lilit: string; aysel: string; murad: string };

/** A round table of the test's own with five confirmed delegates (three Armenian, two Azerbaijani); Murad registers himself and reads his code. */
async function setUpRoundTable(page: Page, browser: Browser, id: string, names: Names): Promise<string> {
  await signInByRequest(page, DEMO_ORGANIZER);
  await createSevanEvent(page, { title: `Check-in round table ${id}`, firstDay: "2027-06-10", lastDay: "2027-06-11" });
  await page.getByRole("link", { name: "Delegations" }).click();
  await page.getByRole("link", { name: "Invite from a list (CSV)" }).click();
  const murad = `murad.${id}@example.org`;
  await page
    .getByLabel("Paste the list")
    .fill(
      [
        "name;native name;email;party;sector",
        `${names.anahit};Անահիտ;anahit.${id}@example.org;Armenia;civil society`,
        `${names.gor};Գոռ;gor.${id}@example.org;Armenia;expert`,
        `${names.lilit};Լիլիթ;lilit.${id}@example.org;Armenia;media`,
        `${names.aysel};Aysel;aysel.${id}@example.org;Azerbaijan;expert`,
        `${names.murad};Мурад;${murad};Azerbaijan;media`,
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText("5 people ready to import")).toBeVisible();
  await page.getByRole("radio", { name: "Not listed: each person chooses when they register" }).check();
  await page.getByRole("button", { name: "Import 5 people" }).click();
  await expect(page.getByRole("status")).toHaveText("5 people added; 5 invitations sent.");

  // Murad registers from his invitation (his own browser) …
  const own = await browser.newContext();
  const phone = await own.newPage();
  await registerFromMailedInvitation(phone, murad, `murad-password-${id}`);

  // … and the organizer confirms all five.
  await page.getByRole("link", { name: "Back to the delegations" }).click();
  await page.getByRole("checkbox", { name: "Select all 5 people shown" }).check();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Confirmed 5." })).toBeVisible();

  // His schedule shows his personal check-in code: a QR and the same code as text.
  await phone.goto("/en/schedule");
  const codeSection = phone.getByRole("region", { name: "My check-in code" });
  await expect(codeSection.getByRole("img", { name: "QR code for check-in" })).toBeVisible();
  const code = (await codeSection.locator("code").textContent())!.trim();
  expect(code).toMatch(/^rt1\.[0-9a-f-]{36}\.[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
  expect(code).not.toContain(murad);
  await expectAccessible(phone);
  // The check-in screen is the organizers': a delegate finds no such page.
  const eventId = code.split(".")[1];
  const refused = await phone.goto(`/en/organize/events/${eventId}/check-in`);
  expect(refused?.status()).toBe(404);
  await expect(phone.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await own.close();
  return code;
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
}

for (const viewport of [
  { name: "phone", width: 360, height: 740 },
  { name: "desktop", width: 1280, height: 900 },
]) {
  test(`check in at the venue door, offline and back online, and by personal code (${viewport.name})`, async ({ page, browser, context }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const id = uniqueSuffix();
    const names: Names = {
      anahit: `Anahit Door ${id}`,
      gor: `Gor Door ${id}`,
      lilit: `Lilit Door ${id}`,
      aysel: `Aysel Door ${id}`,
      murad: `Murad Door ${id}`,
    };
    const code = await setUpRoundTable(page, browser, id, names);

    await page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Check-in" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Check-in", exact: true })).toBeVisible();
    const checkInUrl = page.url();
    await expect(page.getByLabel("Checkpoint")).toHaveValue("venue:2027-06-10");
    const counts = page.getByTestId("check-in-counts");
    const status = page.getByRole("status").filter({ hasText: /Online|Offline/ });
    await expect(counts).toHaveText("Armenia 0/3 · Azerbaijan 0/2");
    // The camera is allowed here (to scan codes), and only here.
    const headers = (await page.request.get(page.url())).headers();
    expect(headers["permissions-policy"]).toContain("camera=(self)");
    expect((await page.request.get("/en/organize")).headers()["permissions-policy"]).toContain("camera=()");
    await expectAccessible(page);
    if (viewport.width === 360) await noSidewaysScroll(page);

    // Search in any script: Armenian letters in any case, Cyrillic, Latin without capitals.
    const search = page.getByLabel("Search by name");
    const personButtons = page.getByRole("button", { name: new RegExp(`^Check in .+ ${id}$`) });
    await search.fill("ԳՈՌ");
    await expect(personButtons).toHaveCount(1);
    await expect(page.getByRole("button", { name: `Check in ${names.gor}` })).toBeVisible();
    await search.fill("мурад");
    await expect(personButtons).toHaveCount(1);
    await expect(page.getByRole("button", { name: `Check in ${names.murad}` })).toBeVisible();
    await search.fill(`anahit door ${id}`);
    await expect(personButtons).toHaveCount(1);
    await page.getByRole("button", { name: `Check in ${names.anahit}` }).click();
    await expect(page.getByRole("button", { name: `Undo check-in of ${names.anahit}` })).toBeVisible();
    await expect(counts).toHaveText("Armenia 1/3 · Azerbaijan 0/2");
    // Saved on the server (by whom, when) before the network goes.
    await expect(page.getByText(/^Armenia · Checked in at .+ by /)).toHaveCount(1);
    await expect(status).toHaveText("Online: every check-in is synced.");

    // The network drops: two more are checked in on the phone and wait.
    await context.setOffline(true);
    await expect(status).toHaveText("Offline: nothing waiting to sync.");
    await search.fill("");
    await page.getByRole("button", { name: `Check in ${names.gor}` }).click();
    await page.getByRole("button", { name: `Check in ${names.aysel}` }).click();
    await expect(status).toHaveText("Offline: 2 check-ins waiting to sync.");
    await expect(counts).toHaveText("Armenia 2/3 · Azerbaijan 1/2");
    await expect(page.getByText(/Checked in at .+, waiting to sync$/)).toHaveCount(2);
    await expectAccessible(page);
    if (viewport.width === 360) await noSidewaysScroll(page);

    // Back online: they sync on their own, counted once each.
    await context.setOffline(false);
    await expect(status).toHaveText("Online: every check-in is synced.");
    await expect(page.getByText(/Checked in at .+, waiting to sync$/)).toHaveCount(0);
    await expect(page.getByText(/ · Checked in at .+ by /)).toHaveCount(3);
    await expect(counts).toHaveText("Armenia 2/3 · Azerbaijan 1/2");

    // A reload reads them from the server.
    await page.reload();
    await expect(counts).toHaveText("Armenia 2/3 · Azerbaijan 1/2");
    for (const name of [names.anahit, names.gor, names.aysel]) await expect(page.getByRole("button", { name: `Undo check-in of ${name}` })).toBeVisible();
    await expect(page.getByRole("button", { name: `Check in ${names.lilit}` })).toBeVisible();

    // The code field: another event's code and a forged one are refused next to the field, kept as typed.
    const field = page.getByRole("textbox", { name: "Check-in code" });
    const [, eventId, memberId, signature] = code.split(".");
    const otherEvent = `rt1.${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}.${memberId}.${signature}`;
    await field.fill(otherEvent);
    await page.getByRole("button", { name: "Check in by code" }).click();
    await expect(page.getByText("This code is for another event.")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveValue(otherEvent);
    const forged = `rt1.${eventId}.${memberId}.${signature!.slice(0, -2)}${signature!.endsWith("AA") ? "BB" : "AA"}`;
    await field.fill(forged);
    await page.getByRole("button", { name: "Check in by code" }).click();
    await expect(page.getByText("This code is not valid: it was not issued for this event.")).toBeVisible();
    await expect(field).toHaveValue(forged);
    await expect(counts).toHaveText("Armenia 2/3 · Azerbaijan 1/2");
    await expectAccessible(page);

    // Murad's own code checks him in.
    await field.fill(code);
    await page.getByRole("button", { name: "Check in by code" }).click();
    await expect(page.getByRole("button", { name: `Undo check-in of ${names.murad}` })).toBeVisible();
    await expect(counts).toHaveText("Armenia 2/3 · Azerbaijan 2/2");
    await expect(field).toHaveValue("");
    await expect(field).not.toHaveAttribute("aria-invalid", "true");
    await expect(status).toHaveText("Online: every check-in is synced.");

    // Undo, then the records page shows the attendance, numbers only.
    await page.getByRole("button", { name: `Undo check-in of ${names.anahit}` }).click();
    await expect(counts).toHaveText("Armenia 1/3 · Azerbaijan 2/2");
    await expect(page.getByRole("button", { name: `Check in ${names.anahit}` })).toBeVisible();
    await expect(status).toHaveText("Online: every check-in is synced.");
    await page.reload();
    await expect(counts).toHaveText("Armenia 1/3 · Azerbaijan 2/2");
    await page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Records" }).click();
    const attendance = page.getByRole("region", { name: "Attendance" });
    await expect(attendance).toContainText("Attendance: Armenia 1, Azerbaijan 2");
    await expect(attendance).not.toContainText(names.gor);
    await expectAccessible(page);

    // The phone loses the network and the screen is opened again there (a reload at a border
    // crossing): it opens from what the phone kept, and a check-in made then waits and syncs.
    await page.goto(checkInUrl);
    await expect(counts).toHaveText("Armenia 1/3 · Azerbaijan 2/2");
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration(location.pathname);
      const kept = await (await caches.open("roundtable-check-in-v1")).match(location.href);
      return Boolean(registration?.active && kept);
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "Check-in", exact: true })).toBeVisible();
    await expect(status).toHaveText("Offline: nothing waiting to sync.");
    await expect(counts).toHaveText("Armenia 1/3 · Azerbaijan 2/2");
    await page.getByRole("button", { name: `Check in ${names.lilit}` }).click();
    await expect(status).toHaveText("Offline: 1 check-in waiting to sync.");
    await expect(counts).toHaveText("Armenia 2/3 · Azerbaijan 2/2");
    await context.setOffline(false);
    await expect(status).toHaveText("Online: every check-in is synced.");
    await page.reload();
    await expect(counts).toHaveText("Armenia 2/3 · Azerbaijan 2/2");

    // What the phone kept, with the names in it, does not outlive the session: whoever uses the
    // phone or laptop next cannot open the screen offline. On the desk the organizer signs out
    // here; the phone's session ends elsewhere (here: its cookie is gone), and its next load of
    // the screen, sent to sign-in, drops the copy.
    const keptCopy = () =>
      page.evaluate(async (address) => Boolean(await (await caches.open("roundtable-check-in-v1")).match(address, { ignoreSearch: true })), checkInUrl);
    if (viewport.width === 360) {
      await context.clearCookies();
      await page.goto(checkInUrl);
      await expect(page).toHaveURL(/\/en\/sign-in/);
      await expect.poll(keptCopy).toBe(false);
    } else {
      await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/en$/);
      await expect
        .poll(() =>
          page.evaluate(async () => ({
            kept: await caches.has("roundtable-check-in-v1"),
            workers: (await navigator.serviceWorker.getRegistrations()).length,
            rosters: Object.keys(localStorage).filter((key) => key.startsWith("roundtable:check-in:list:")).length,
          })),
        )
        .toEqual({ kept: false, workers: 0, rosters: 0 });
    }
    await context.setOffline(true);
    await page.goto(checkInUrl).catch(() => undefined);
    await expect(page.getByText(names.gor)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Check-in", exact: true })).toHaveCount(0);
    await context.setOffline(false);
  });
}
