import { devices } from "@playwright/test";
import {
  DEMO_ORGANIZER,
  addSessionAndRelease,
  expect,
  expectAccessible,
  mailedLink,
  registerFromMailedInvitation,
  signInByRequest,
  test,
  uniqueSuffix,
} from "./fixtures";

const ZONE = "Asia/Yerevan";

/** Wall-clock parts of an instant in the event's zone. */
function local(at: Date) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

test("a delegate signs in by link on a phone, sees what is on now, is told of a change, and browses a crowded day", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const id = uniqueSuffix();
  const email = `phone.${id}@example.org`;
  const name = `Phone Delegate ${id}`;
  const session = `Live plenary ${id}`;
  // An item running now in Yerevan (clamped to today), and the next day so the event has two days.
  const now = new Date();
  const today = local(now).day;
  const tomorrow = local(new Date(now.getTime() + 24 * 3600_000)).day;
  const startAt = new Date(Math.max(now.getTime() - 10 * 60_000, Date.parse(`${today}T00:00:00+04:00`)));
  const endAt = new Date(Math.min(startAt.getTime() + 60 * 60_000, Date.parse(`${today}T23:59:00+04:00`)));

  // The organizer sets up a round table happening today, with one delegate and one session.
  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "New event in Peace Bridge" }).click();
  await page.getByLabel("Title").fill(`Round table today ${id}`);
  await page.getByLabel("Host party").selectOption({ label: "Armenia" });
  await page.getByLabel("Venue").fill("Pine Valley Conference Centre");
  await page.getByLabel("City").fill("Dilijan");
  await page.getByLabel("Country").fill("Armenia");
  await page.getByLabel("Time zone").fill(ZONE);
  await page.getByLabel("First day").fill(today);
  await page.getByLabel("Last day").fill(tomorrow);
  await page.getByRole("checkbox", { name: "English" }).check();
  await page.getByLabel("Status").selectOption({ label: "Announced" });
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();
  const agendaUrl = page.url();
  await addSessionAndRelease(page, { title: session, day: today, start: local(startAt).time, end: local(endAt).time });

  await page.getByRole("link", { name: "Delegations" }).click();
  const addForm = page.getByRole("region", { name: "Add a person" });
  await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Azerbaijan" });
  await addForm.getByLabel("Name (Latin script)").fill(name);
  await addForm.getByLabel("Email", { exact: true }).fill(email);
  await addForm.getByLabel("Registration status").selectOption({ label: "Confirmed" });
  await addForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person added and invitation sent." })).toBeVisible();
  // She registered from the mailed invitation earlier, on a laptop, with a password of her own.
  const laptop = await browser.newContext();
  await registerFromMailedInvitation(await laptop.newPage(), email, `pw-${id}-long-enough`);
  await laptop.close();

  // On the phone: ask for a link; the answer does not say whether the email is known.
  const phone = await browser.newContext({ ...devices["Pixel 5"], viewport: { width: 360, height: 740 } });
  const mobile = await phone.newPage();
  await mobile.goto("/en/sign-in");
  await expectAccessible(mobile);
  await mobile.getByLabel("Your email").fill(email);
  await mobile.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(mobile.getByRole("status")).toHaveText("If this address belongs to a delegate, a sign-in link is on its way. It works once, for 15 minutes.");

  // The link reaches her mailbox only: the organizers' outbox does not even list it.
  const link = await mailedLink(email, /\/en\/sign-in\/link\/[A-Za-z0-9_-]{43}$/);
  await page.getByRole("link", { name: "Outbox" }).first().click();
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  await expect(page.getByText(/Your sign-in link/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: /\/sign-in\/link\// })).toHaveCount(0);

  await mobile.goto(link);
  await expectAccessible(mobile);
  await mobile.getByRole("button", { name: "Sign in and see my schedule" }).click();
  await expect(mobile.getByRole("heading", { level: 1, name: "My schedule" })).toBeVisible();
  const todaySection = mobile.getByRole("region", { name: /^Today · / });
  const entry = todaySection.getByRole("article", { name: session });
  await expect(entry).toContainText("Now");
  await expect(entry).toContainText("Hall A");
  // One entry into the phone's calendar.
  const icsHref = await entry.getByRole("link", { name: `Add “${session}” to my calendar` }).getAttribute("href");
  const ics = await mobile.request.get(icsHref!);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain(`SUMMARY:${session}`);
  const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling at 360 px").toBeLessThanOrEqual(0);
  await expectAccessible(mobile);

  // The link worked once.
  const other = await browser.newContext();
  const again = await other.newPage();
  await again.goto(link);
  await again.getByRole("button", { name: "Sign in and see my schedule" }).click();
  await expect(again.getByRole("alert").filter({ hasText: "This link has expired or was already used." })).toBeVisible();
  await other.close();

  // The organizer moves the session to another hall and releases: the delegate is told.
  await page.goto(agendaUrl);
  await page.getByRole("link", { name: `Edit “${session}”` }).click();
  await expect(page.getByRole("heading", { name: `Edit “${session}”` })).toBeVisible();
  await page.getByLabel("Room or place").fill("Hall B");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("region", { name: "Release" })).toContainText("Changes not yet released");
  await page.getByRole("region", { name: "Release" }).getByRole("button", { name: "Release version 2" }).click();
  await expect(page.getByRole("region", { name: "Release" })).toContainText("1 delegate was sent the changes of version 2 that concern them.");
  await page.getByRole("link", { name: "Outbox" }).first().click();
  await page
    .getByText(/^Programme changed: Round table today/)
    .first()
    .click();
  await expect(page.getByText(`${session}: moved from Hall A to Hall B`)).toBeVisible();

  await mobile.reload();
  await expect(mobile.getByRole("status").filter({ hasText: "1 item changed since you last looked" })).toBeVisible();
  await expect(todaySection.getByRole("article", { name: session })).toContainText("Changed");
  await expect(todaySection.getByRole("article", { name: session })).toContainText("Hall B");
  // To the other day and back: the change is still marked (the day links count from the same release).
  const dayLinks = mobile.getByRole("navigation", { name: `Days of Round table today ${id}` });
  await dayLinks.getByRole("link").nth(1).click();
  await expect(dayLinks.getByRole("link").nth(1)).toHaveAttribute("aria-current", "page");
  await dayLinks.getByRole("link", { name: "Today" }).click();
  await expect(todaySection.getByRole("article", { name: session })).toContainText("Changed");
  // Seen: the next visit has nothing new to mark.
  await mobile.goto("/en/schedule");
  await expect(todaySection.getByRole("article", { name: session })).toBeVisible();
  await expect(mobile.getByText("changed since you last looked")).toHaveCount(0);

  // Tomorrow has six parallel working groups: the phone shows the first and links to them all.
  await page.goto(agendaUrl);
  for (let n = 1; n <= 6; n++) {
    await page.getByLabel("Title").fill(`Working group ${n} ${id}`);
    await page.getByLabel("Kind").selectOption({ label: "Working group" });
    await page.getByLabel("Day", { exact: true }).selectOption(tomorrow);
    await page.getByLabel("Starts at").fill("09:00");
    await page.getByLabel("Ends at").fill("10:30");
    await page.getByLabel("Room or place").fill(`Room ${n}`);
    await page.getByRole("button", { name: "Add item" }).click();
    // Listed before the next is typed: the form keeps one create key until its item exists.
    await expect(page.getByRole("link", { name: `Edit “Working group ${n} ${id}”` })).toBeVisible();
  }
  await page.getByRole("region", { name: "Release" }).getByRole("button", { name: "Release version 3" }).click();
  await expect(page.getByRole("region", { name: "Release" })).toContainText("Delegates and the public read version 3");

  await mobile.reload();
  await expect(dayLinks.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");
  await dayLinks.getByRole("link").nth(1).click();
  const tomorrowSection = mobile.getByRole("region", {
    name: new RegExp(`^${new Date(`${tomorrow}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" })}`),
  });
  await expect(tomorrowSection.getByRole("article")).toHaveCount(1);
  await expect(tomorrowSection.getByRole("article", { name: `Working group 1 ${id}` })).toBeVisible();
  await expect(mobile.getByRole("article", { name: session })).toHaveCount(0);
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(mobile);
  await tomorrowSection.getByRole("link", { name: "5 more sessions at 9:00 AM GMT+4: see all" }).click();
  await expect(mobile.getByRole("heading", { level: 1, name: /^Sessions at 9:00\sAM GMT\+4, / })).toBeVisible();
  await expect(mobile.getByText("6 sessions start at this time. Yours come first.")).toBeVisible();
  for (let n = 1; n <= 6; n++) await expect(mobile.getByRole("article", { name: `Working group ${n} ${id}` })).toContainText(`Room ${n}`);
  await expectAccessible(mobile);
  await mobile.getByRole("link", { name: /^Back to my schedule for / }).click();
  await expect(mobile.getByRole("article", { name: `Working group 1 ${id}` })).toBeVisible();
  await phone.close();
});
