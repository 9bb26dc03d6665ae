// Issue #14 point 4: "My schedule" is served from the cache, one copy per delegate, and any change
// an organizer makes reaches it on the next load. Two delegates of one event on phones: each gets
// their own copy (never the other's crossing), an organizer's new border crossing is on the next
// load, signing out ends it, and nobody reaches a cached copy's own address.
import { devices, type Page, type Response } from "@playwright/test";
import {
  DEMO_ORGANIZER,
  addSessionAndRelease,
  createSevanEvent,
  expect,
  expectAccessible,
  registerFromMailedInvitation,
  signInByRequest,
  test,
  uniqueSuffix,
} from "./fixtures";

const ZONE = "Asia/Yerevan";

/** The calendar day `days` from today in the event's zone. */
function dayFromToday(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** Loads the page and answers how the server served it ("HIT": from the cache). */
async function load(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path);
  expect(response, `${path} answered`).not.toBeNull();
  expect(response!.status()).toBe(200);
  return response!;
}

/** Opens the phone header's menu, unless it is open. */
async function openMenu(page: Page) {
  const menu = page.locator("header.site-header details");
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator("summary").click();
}

async function checkInCode(page: Page): Promise<string> {
  return (await page.getByRole("region", { name: "My check-in code" }).locator("code").textContent())!.trim();
}

test("each delegate's schedule is served from a cache of its own, and an organizer's change is on the next load", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const id = uniqueSuffix();
  const first = dayFromToday(0);
  const day = dayFromToday(2);
  const session = `Cached plenary ${id}`;
  const point = `Cache crossing ${id}`;
  const people = [
    { name: `Leyla Cache ${id}`, email: `leyla.cache.${id}@example.org` },
    { name: `Kamran Cache ${id}`, email: `kamran.cache.${id}@example.org` },
  ];

  // The organizer: a round table from today, one session on its third day, released; two delegates.
  await signInByRequest(page, DEMO_ORGANIZER);
  await createSevanEvent(page, { title: `Cache round table ${id}`, firstDay: first, lastDay: day });
  await addSessionAndRelease(page, { title: session, day, start: "10:00", end: "11:00" });

  await page.getByRole("link", { name: "Delegations" }).click();
  const addForm = page.getByRole("region", { name: "Add a person" });
  for (const person of people) {
    await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Azerbaijan" });
    await addForm.getByLabel("Name (Latin script)").fill(person.name);
    await addForm.getByLabel("Email", { exact: true }).fill(person.email);
    await addForm.getByLabel("Registration status").selectOption({ label: "Confirmed" });
    await addForm.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Person added and invitation sent." })).toBeVisible();
  }

  // Each registers from the invitation on a phone of their own, then opens the session's day.
  const phones = [];
  for (const person of people) {
    const context = await browser.newContext({ ...devices["Pixel 5"], viewport: { width: 360, height: 740 } });
    const phone = await context.newPage();
    await registerFromMailedInvitation(phone, person.email, `pw-${id}-long-enough`);
    phones.push({ context, phone });
  }
  const [leyla, kamran] = phones.map((p) => p.phone) as [Page, Page];
  const dayPath = `/en/schedule?day=${day}`;

  // The first load is rendered for her; the copy kept then serves the next ones.
  await load(leyla, dayPath);
  await load(leyla, dayPath);
  const cached = await load(leyla, dayPath);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  // One person's page: no cache on the way (a CDN, an office proxy) may keep it.
  expect(cached.headers()["cache-control"]).toMatch(/private/);
  expect(cached.headers()["cache-control"]).toMatch(/no-store/);
  await expect(leyla.getByRole("heading", { level: 1, name: "My schedule" })).toBeVisible();
  await expect(leyla.getByRole("heading", { name: session })).toBeVisible();
  // The header names the account, as on every signed-in page.
  await leyla.locator("header.site-header summary", { hasText: "Menu" }).click();
  await expect(leyla.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectAccessible(leyla);
  const leylaCode = await checkInCode(leyla);

  // His copy is his own, also once it comes from the cache.
  await load(kamran, dayPath);
  await load(kamran, dayPath);
  expect((await load(kamran, dayPath)).headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(kamran.getByRole("heading", { name: session })).toBeVisible();
  const kamranCode = await checkInCode(kamran);
  expect(kamranCode).not.toBe(leylaCode);
  expect(await checkInCode(leyla)).toBe(leylaCode);

  // A tap on "My schedule" from another screen (a client-side navigation) is served from his copy
  // too: its React payload, kept beside the HTML (the first load of the address keeps both).
  await load(kamran, "/en/schedule");
  await load(kamran, "/en/schedule");
  await openMenu(kamran);
  await kamran.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Participants" }).click();
  await expect(kamran).toHaveURL(/\/en\/participants$/);
  const payload = kamran.waitForResponse((response) => new URL(response.url()).pathname === "/en/schedule" && response.request().headers()["rsc"] === "1");
  await openMenu(kamran);
  await kamran.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My schedule" }).click();
  expect((await payload).headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(kamran).toHaveURL(/\/en\/schedule$/);
  await expect(kamran.getByRole("heading", { level: 1, name: "My schedule" })).toBeVisible();
  expect(await checkInCode(kamran)).toBe(kamranCode);
  // The router goes on from there as from any page: back and forward again.
  await kamran.goBack();
  await expect(kamran).toHaveURL(/\/en\/participants$/);
  await kamran.goForward();
  await expect(kamran.getByRole("heading", { level: 1, name: "My schedule" })).toBeVisible();

  // The organizer plans her border crossing that morning: on her next load, not on his.
  await page.getByRole("link", { name: "Border crossings" }).first().click();
  const points = page.getByRole("region", { name: "Crossing points" });
  await points.getByLabel("Name").fill(point);
  await points.getByRole("button", { name: "Add crossing point" }).click();
  await expect(page.getByRole("status")).toHaveText("Crossing point added.");
  await page.getByRole("region", { name: "Delegation of Azerbaijan" }).getByRole("link", { name: "Plan a crossing for the delegation of Azerbaijan" }).click();
  await page.getByLabel("Direction").selectOption({ label: "Entry" });
  await page.getByLabel("Crossing point").selectOption({ label: point });
  await page.getByLabel("Planned day").fill(day);
  await page.getByLabel("Planned time").fill("08:00");
  const manifest = page.getByRole("group", { name: "People crossing (the manifest)" });
  for (const box of await manifest.getByRole("checkbox").all()) await box.uncheck();
  await manifest.getByRole("checkbox", { name: new RegExp(`^${people[0]!.name}`) }).check();
  await page.getByRole("button", { name: "Plan crossing" }).click();
  await expect(page.getByRole("article", { name: `Entry · ${point}` })).toBeVisible();

  const afterChange = await load(leyla, dayPath);
  expect(afterChange.headers()["x-nextjs-cache"]).not.toBe("HIT");
  await expect(leyla.getByRole("heading", { name: new RegExp(point) })).toBeVisible();
  expect((await load(leyla, dayPath)).headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(leyla.getByRole("heading", { name: new RegExp(point) })).toBeVisible();
  await load(kamran, dayPath);
  await expect(kamran.getByRole("heading", { name: session })).toBeVisible();
  await expect(kamran.getByText(point)).toHaveCount(0);

  // A cached copy's own address is nobody's way in, not even its owner's.
  for (const path of ["/en/schedule-view/anything", "/en/schedule%2Dview/anything", "/en/schedule-view"]) {
    expect((await leyla.request.get(path)).status(), path).toBe(404);
  }

  // Signed out, the address asks for a sign-in again: the copy is not served without a live
  // session, not even to a copy of the cookie made before (another tab, a stolen cookie).
  const copied = await leyla.context().cookies();
  await leyla.locator("header.site-header summary", { hasText: "Menu" }).click();
  await leyla.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" }).click();
  await expect(leyla).toHaveURL(/\/en$/);
  await leyla.goto(dayPath);
  await expect(leyla).toHaveURL(/\/en\/sign-in/);
  await expect(leyla.getByRole("heading", { name: session })).toHaveCount(0);
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const replayed = await replay.newPage();
  await replayed.goto(dayPath);
  await expect(replayed).toHaveURL(/\/en\/sign-in/);
  await replay.close();
  // Naming a copy in the proxy's own header leads nowhere: the proxy removes it from every request.
  const forged = await leyla.request.get(dayPath, { headers: { "x-roundtable-cached-view": "abc.def" }, maxRedirects: 0 });
  expect(forged.status()).toBe(307);
  expect(forged.headers()["location"]).toMatch(/\/en\/sign-in/);

  for (const { context } of phones) await context.close();
});
