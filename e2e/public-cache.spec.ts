import type { APIResponse } from "@playwright/test";
import { DateTime } from "luxon";
import postgres from "postgres";
import {
  DEMO_DELEGATE,
  DEMO_EVENT_PATH,
  DEMO_ORGANIZER,
  expect,
  expectAccessible,
  mailedLink,
  signInByRequest,
  suiteDatabaseUrl,
  test,
  uniqueSuffix,
  confirmPastEventRecord,
} from "./fixtures";
import { SERVED_FROM_COPY_HEADER } from "../scripts/server/public-page-copies.mjs";

// Issue #7: public pages are served from the cache, one copy for everyone; publishing refreshes
// them at once, and an embargoed outcome appears on them the moment its embargo ends.

/** Next.js says whether the page came from its cache: HIT (fresh copy), STALE, or MISS (rendered now). */
function cacheState(response: APIResponse): string | undefined {
  return response.headers()["x-nextjs-cache"];
}

test("public pages come from the cache; a signed-in reader's header is filled in by the browser, never cached", async ({ page, request }) => {
  for (const path of [
    "/en",
    DEMO_EVENT_PATH,
    `${DEMO_EVENT_PATH}/programme/2026-02-14`,
    `${DEMO_EVENT_PATH}/participants`,
    `${DEMO_EVENT_PATH}/records`,
    "/en/initiatives/peace-bridge",
  ]) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.status(), path).toBe(200);
    expect(cacheState(again), `${path} served from the cache`).toBe("HIT");
    expect(again.headers()["cache-control"], path).toContain("s-maxage=60");
    // From then on the production server answers from what Next.js sent (scripts/server/public-page-copies.mjs):
    // the same page and headers, with this response's own nonce.
    const copy = await request.get(path);
    expect(copy.headers()[SERVED_FROM_COPY_HEADER], `${path} answered from the server's copy`).toBe("1");
    expect(cacheState(copy), path).toBe("HIT");
    expect(copy.headers()["cache-control"], path).toBe(again.headers()["cache-control"]);
    const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "none";
    const copyHtml = await copy.text();
    expect(copyHtml, `${path}: the scripts carry the response's nonce`).toContain(`nonce="${nonceOf(copy)}"`);
    const withoutNonce = async (response: APIResponse) => (await response.text()).split(nonceOf(response)).join("NONCE");
    expect(await withoutNonce(copy), path).toBe(await withoutNonce(again));
  }
  // A browser reads a copy (gzipped once, its nonce written in) as it reads Next.js's answer, and
  // runs its scripts: the inline ones carry the response's nonce.
  await expect.poll(async () => (await page.goto(DEMO_EVENT_PATH))?.headers()[SERVED_FROM_COPY_HEADER], { timeout: 10_000 }).toBe("1");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f))).toBe(true);

  // Screens about one person are never cached.
  const signIn = await request.get("/en/sign-in");
  expect(cacheState(signIn)).toBeUndefined();
  expect(signIn.headers()["cache-control"]).toContain("no-store");

  await signInByRequest(page, DEMO_DELEGATE);
  const whoAmI = (await (await page.request.get("/api/viewer/nav")).json()) as { nav: { kind: string; label: string } };
  expect(whoAmI.nav.kind).toBe("delegate");
  // The cached copy a signed-in delegate is sent is the anonymous one: no name, no own links.
  const asDelegate = await page.request.get(DEMO_EVENT_PATH);
  expect(cacheState(asDelegate)).toBe("HIT");
  // (The words "Sign out" travel in the header's message catalog; only a rendered control counts.)
  const html = await asDelegate.text();
  expect(html.includes('aria-label="Signed in as"'), "the cached copy shows no account").toBe(false);
  expect(html.includes(DEMO_DELEGATE.email), "the cached copy holds no email").toBe(false);
  expect(html.includes('href="/en/schedule"'), "the cached copy links to no one's schedule").toBe(false);

  // In the browser the header then shows whose page it is and their own screens.
  await page.goto(DEMO_EVENT_PATH);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByLabel("Signed in as")).toHaveText(whoAmI.nav.label);
  await expect(nav.getByRole("link", { name: "My schedule" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expectAccessible(page);
  await nav.getByRole("link", { name: "My schedule" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My schedule" })).toBeVisible();

  // Signing out from a cached page (the home page: the redirect lands on the same address): the
  // header says so at once, and the session is gone.
  await page.goto("/en");
  await nav.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(nav.getByLabel("Signed in as")).toHaveCount(0);
  expect(((await (await page.request.get("/api/viewer/nav")).json()) as { nav: unknown }).nav).toBeNull();
  await page.reload();
  await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();

  // Anonymous readers of the same copy are offered sign-in.
  const anonymous = await page.context().browser()!.newContext();
  const reader = await anonymous.newPage();
  await reader.goto(DEMO_EVENT_PATH);
  await expect(reader.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await anonymous.close();
});

test("an embargoed outcome is on no cached page or feed before its time, and on all of them the moment it ends", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const id = uniqueSuffix();
  const zone = "Asia/Baku";
  const title = `Embargo round table ${id}`;
  const statement = `Embargoed statement ${id}: the delegations agree on a joint monitoring group.`;
  const today = DateTime.now().setZone(zone);

  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "New event in Peace Bridge" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Host party").selectOption({ label: "Azerbaijan" });
  await page.getByLabel("Venue").fill("Gabala Conference Hall");
  await page.getByLabel("City").fill("Gabala");
  await page.getByLabel("Country").fill("Azerbaijan");
  await page.getByLabel("Time zone").fill(zone);
  await page.getByLabel("First day").fill(today.toISODate()!);
  await page.getByLabel("Last day").fill(today.toISODate()!);
  await page.getByRole("checkbox", { name: "English" }).check();
  await page.getByLabel("Status").selectOption({ label: "Announced" });
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();
  const publicPath = (await page.getByRole("link", { name: "Public page" }).getAttribute("href"))!;
  expect(publicPath).toMatch(/^\/en\/events\//);

  await page.getByRole("link", { name: "Outcome" }).click();
  await page.getByLabel("Statement in English").fill(statement);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

  // Neither party has a head yet: each party's signatory choice has a label of its own.
  for (const party of ["Armenia", "Azerbaijan"]) {
    await expect(page.getByRole("combobox", { name: `Signatory for ${party}`, exact: true })).toBeVisible();
  }
  const outcomeUrl = page.url();

  // The Azerbaijani head is on the roster without an account: the request mails a one-time link.
  const head = { name: `Head Without Account ${id}`, email: `head.${id}@example.org` };
  await page.getByRole("link", { name: "Delegations" }).click();
  const addForm = page.getByRole("region", { name: "Add a person" });
  await addForm.getByLabel("Party", { exact: true }).selectOption({ label: "Azerbaijan" });
  await addForm.getByLabel("Name (Latin script)").fill(head.name);
  await addForm.getByLabel("Email", { exact: true }).fill(head.email);
  await addForm.getByLabel("Registration status").selectOption({ label: "Confirmed" });
  await addForm.getByRole("checkbox", { name: "Head of delegation" }).check();
  await addForm.getByLabel("Email an invitation link").uncheck();
  await addForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person added." })).toBeVisible();
  await page.goto(outcomeUrl);
  await expect(page.getByText(`${head.name} signs for Azerbaijan and has no account yet`)).toBeVisible();
  await page.getByRole("button", { name: "Ask the signatories to sign off" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The signatories still to sign were asked by mail" })).toBeVisible();
  // The link is in the head's mailbox (the server's mail folder here), never in the outbox.
  const link = await mailedLink(head.email, /\/en\/sign-in\/link\/[A-Za-z0-9_-]{43}$/);
  const headContext = await browser.newContext();
  const headPage = await headContext.newPage();
  await headPage.goto(link);
  await headPage.getByRole("button", { name: "Sign in and continue" }).click();
  await expect(headPage.getByRole("heading", { level: 1, name: "Outcome sign-off" })).toBeVisible();
  const english = headPage.getByRole("article", { name: "English version" });
  await english.getByRole("button", { name: "Sign off the English version" }).click();
  await expect(english.getByText(/^You signed off this version on/)).toBeVisible();
  await headContext.close();
  await page.goto(outcomeUrl);
  const table = page.getByRole("table", { name: "Sign-off of each language version by each party" });
  await expect(table.getByText(`Signed by ${head.name}`, { exact: false })).toBeVisible();
  await expect(table.getByText("Waiting")).toHaveCount(1);

  // The press conference starts at the beginning of a minute at least 25 seconds away (in the
  // event's zone); the embargo is set to it with one choice.
  const release = DateTime.now().setZone(zone).plus({ seconds: 25 }).startOf("minute").plus({ minutes: 1 });
  const releaseLocal = release.toFormat("yyyy-MM-dd'T'HH:mm");
  await page.getByLabel(`Starts at (${zone})`).fill(releaseLocal);
  await page.getByRole("button", { name: "Save press conference, links and wording" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
  const embargo = page.getByRole("checkbox", { name: "Embargo until the press conference" });
  await expect(embargo).toBeEnabled();
  await embargo.check();
  await page.getByRole("checkbox", { name: "Publish without every sign-off" }).check();
  await page.getByLabel("Why (shown to the public beside “not jointly signed”)").fill("Signed on paper at the venue.");
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page.getByText(/^Publication is scheduled for .*Until then nothing of it is public\.$/)).toBeVisible();

  // Before its time: the cached pages and the feed hold nothing of it.
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  const feed = async () => (await anonymous.request.get("/feeds/outcomes")).text();
  await reader.goto(publicPath);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText("The outcome has not been published yet.")).toBeVisible();
  const cached = await anonymous.request.get(publicPath);
  expect(cacheState(cached)).toBe("HIT");
  expect(await cached.text()).not.toContain(statement);
  expect(await (await anonymous.request.get("/en")).text()).not.toContain(statement);
  expect(await feed()).not.toContain(statement);
  expect(release.toMillis()).toBeGreaterThan(Date.now());

  // Two seconds after the embargo ends, one reload shows it: no one had to touch anything.
  await reader.waitForTimeout(release.toMillis() - Date.now() + 2_000);
  await reader.reload();
  const outcome = reader.getByRole("region", { name: "Outcome" });
  await expect(outcome.getByRole("region", { name: "English" })).toContainText(statement);
  await expect(reader.getByText("Not jointly signed: Signed on paper at the venue.")).toBeVisible();
  expect(await (await anonymous.request.get("/en")).text()).toContain(statement.slice(0, 40));
  expect(await feed()).toContain(statement);
  await expectAccessible(reader);
  await anonymous.close();
});

test("the feeds come from the cache, and a publication or an event made a draft again changes them at once", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const databaseUrl = suiteDatabaseUrl();
  // CI runs the suite on PostgreSQL: there the check that the feeds are cached must run.
  if (process.env.CI) expect(databaseUrl, "CI runs the suite on PostgreSQL").toBeTruthy();
  const id = uniqueSuffix();
  const title = `Feed round table ${id}`;
  const statement = `Feed statement ${id}: the delegations open a joint press office.`;

  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "New event in Peace Bridge" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Host party").selectOption({ label: "Armenia" });
  await page.getByLabel("Venue").fill("Dilijan Conference Hall");
  await page.getByLabel("City").fill("Dilijan");
  await page.getByLabel("Country").fill("Armenia");
  await page.getByLabel("Time zone").fill("Asia/Yerevan");
  await page.getByLabel("First day").fill("2026-05-04");
  await page.getByLabel("Last day").fill("2026-05-04");
  await page.getByRole("checkbox", { name: "English" }).check();
  await page.getByLabel("Status").selectOption({ label: "Announced" });
  await page.getByRole("button", { name: "Create event" }).click();
  await confirmPastEventRecord(page); // its days are over: a record of a past event
  await expect(page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();
  const overviewUrl = page.url().replace(/\/agenda$/, "");
  await page.getByRole("link", { name: "Outcome" }).click();
  await page.getByLabel("Statement in English").fill(statement);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

  // Both feeds are read (and so cached) before the publication: nothing of it is there.
  const anonymous = await browser.newContext();
  const feeds = ["/feeds/outcomes", "/feeds/initiatives/peace-bridge", "/feeds/outcomes?lang=ru"];
  const read = async (feed: string) => {
    const response = await anonymous.request.get(feed);
    expect(response.status(), feed).toBe(200);
    expect(response.headers()["content-type"], feed).toContain("application/atom+xml");
    return response.text();
  };
  for (const feed of feeds) {
    expect(await read(feed)).not.toContain(statement);
    expect(await read(feed)).not.toContain(statement);
    // Then the server answers from its own copy of the cached feed (scripts/server/public-page-copies.mjs).
    await expect
      .poll(async () => (await anonymous.request.get(feed)).headers()[SERVED_FROM_COPY_HEADER], {
        message: `${feed} answered from the server's copy`,
        timeout: 5_000,
      })
      .toBe("1");
  }

  // Published: the very next read of every feed carries it (a feed that ignored the refresh would
  // still serve the copies made above).
  await page.getByRole("checkbox", { name: "Publish without every sign-off" }).check();
  await page.getByLabel("Why (shown to the public beside “not jointly signed”)").fill("Signed on paper.");
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Outcome published." })).toBeVisible();
  for (const feed of feeds) expect(await read(feed), feed).toContain(title);
  expect(await read("/feeds/outcomes")).toContain(statement);

  if (databaseUrl) {
    // The feeds are served from the cache: a change written behind the application's back (no
    // refresh) is not in them.
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await sql`update events set title = ${`${title} renamed in the database`} where title = ${title}`;
    } finally {
      await sql.end();
    }
    for (const feed of feeds) {
      const text = await read(feed);
      expect(text, `${feed} is served from the cache`).toContain(title);
      expect(text, `${feed} is served from the cache`).not.toContain("renamed in the database");
    }
  }

  // Made a draft again: its outcome is no longer public, and no feed carries it from the next read on.
  await page.goto(overviewUrl);
  await page.getByLabel("Event status").selectOption({ label: "Draft" });
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByRole("status")).toHaveText("Status saved.");
  for (const feed of feeds) {
    const text = await read(feed);
    expect(text, feed).not.toContain(statement);
    expect(text, feed).not.toContain(title);
  }
  await anonymous.close();
});
