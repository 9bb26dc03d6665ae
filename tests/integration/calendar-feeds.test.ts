// Calendar feeds: a secret URL per delegate that calendar apps fetch without cookies. Only the
// token's hash is stored; rotating or turning it off stops the old URL at once; a token shows its
// own delegate's schedule and nobody else's; the single-entry download is the signed-in delegate's
// own entries only. Only the request context is mocked (session, next-intl's request lookup).
import ICAL from "ical.js";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { calendarFeeds, delegationMembers, people, users } from "@/db/schema";
import { COOPERATION_SESSION_TITLE } from "@/db/seed/demo-agenda";
import { createAgendaItem, deleteAgendaItem, listAgendaForOrganizer } from "@/lib/agenda/queries";
import { listReleasesForOrganizer, releaseAgenda } from "@/lib/agenda/releases";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { getFeedStatus, getOrCreateFeed, resolveFeed, revokeFeed, rotateFeed } from "@/lib/calendar/feeds";
import { hashFeedToken } from "@/lib/calendar/token";
import { getPersonalSchedule } from "@/lib/schedule/personal";
import { agendaItem, delegateViewer, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { GET as feedGET } from "@/app/calendar/[token]/route";
import { GET as entryGET } from "@/app/[locale]/(delegate)/schedule/ics/route";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;
let nigar: DelegateViewer; // the demo delegate: Azerbaijani, on both crossing manifests, moderates a session
let armenian: DelegateViewer; // a confirmed Armenian delegate with an account of their own

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  nigar = await delegateViewer(db(), ids.delegateId);
  const [member] = await db()
    .select({ personId: delegationMembers.personId })
    .from(delegationMembers)
    .where(and(eq(delegationMembers.delegationId, ids.delegations.Armenia), eq(delegationMembers.status, "confirmed")))
    .limit(1);
  const [user] = await db()
    .insert(users)
    .values({ email: `${unique("armenian")}@example.org`, role: "delegate" })
    .returning({ id: users.id });
  await db().update(people).set({ userId: user!.id }).where(eq(people.id, member!.personId));
  armenian = await delegateViewer(db(), user!.id);
});

// Each test starts with both feeds off.
afterEach(async () => {
  await revokeFeed(nigar);
  await revokeFeed(armenian);
});

async function created(viewer: DelegateViewer): Promise<string> {
  const result = await getOrCreateFeed(viewer);
  if (!result.ok || !result.value.created) throw new Error("expected a new feed");
  return result.value.feed.token;
}

function fetchFeed(token: string, query = "") {
  return feedGET(new Request(`http://localhost/calendar/${token}${query}`), { params: Promise.resolve({ token }) });
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const vevents = calendar.getAllSubcomponents("vevent");
  return {
    calendar,
    vevents,
    uids: vevents.map((v) => String(v.getFirstPropertyValue("uid"))),
    summaries: vevents.map((v) => String(v.getFirstPropertyValue("summary"))),
    byUid: (uid: string) => vevents.find((v) => v.getFirstPropertyValue("uid") === uid),
  };
}

async function activeFeeds(userId: string) {
  return db()
    .select({
      tokenHash: calendarFeeds.tokenHash,
      tokenHint: calendarFeeds.tokenHint,
      fetchCount: calendarFeeds.fetchCount,
      lastFetchedAt: calendarFeeds.lastFetchedAt,
    })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
}

describe("feed lifecycle", () => {
  it("creates one feed, stores only its hash, and resolves the token to its delegate, counting fetches", async () => {
    expect(await getFeedStatus(nigar)).toEqual({ on: false });
    const token = await created(nigar);
    const [stored] = await activeFeeds(nigar.userId);
    expect(stored).toMatchObject({ tokenHash: hashFeedToken(token), tokenHint: token.slice(0, 6), fetchCount: 0, lastFetchedAt: null });
    const everything = JSON.stringify(await db().select().from(calendarFeeds));
    expect(everything).not.toContain(token);

    expect(await resolveFeed(token)).toEqual({ userId: nigar.userId, personIds: [ids.delegatePersonId] });
    expect(await resolveFeed(token)).not.toBeNull();
    const [after] = await activeFeeds(nigar.userId);
    expect(after!.fetchCount).toBe(2);
    expect(after!.lastFetchedAt).toBeInstanceOf(Date);
    expect(await getFeedStatus(nigar)).toMatchObject({ on: true, hint: token.slice(0, 6), fetchCount: 2 });

    // Asking again changes nothing and cannot show the token again.
    const again = await getOrCreateFeed(nigar);
    expect(again).toMatchObject({ ok: true, value: { created: false, status: { on: true, hint: token.slice(0, 6) } } });
    expect(JSON.stringify(again)).not.toContain(token);
    expect(await activeFeeds(nigar.userId)).toHaveLength(1);
  });

  it("rotating replaces the URL: the old token stops at once, the new one works", async () => {
    const old = await created(nigar);
    const rotated = await rotateFeed(nigar);
    if (!rotated.ok) throw new Error(rotated.reason);
    expect(rotated.value.token).not.toBe(old);
    expect(await resolveFeed(old)).toBeNull();
    expect((await fetchFeed(old)).status).toBe(404);
    expect(await resolveFeed(rotated.value.token)).toEqual({ userId: nigar.userId, personIds: [ids.delegatePersonId] });
    expect((await fetchFeed(rotated.value.token)).status).toBe(200);
    expect(await activeFeeds(nigar.userId)).toHaveLength(1);
  });

  it("turning it off makes the URL answer 404, and a revoked feed's fetches are not counted", async () => {
    const token = await created(nigar);
    expect(await revokeFeed(nigar)).toEqual({ revoked: 1 });
    expect(await getFeedStatus(nigar)).toEqual({ on: false });
    expect(await resolveFeed(token)).toBeNull();
    expect((await fetchFeed(token)).status).toBe(404);
    const [row] = await db()
      .select({ fetchCount: calendarFeeds.fetchCount })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.tokenHash, hashFeedToken(token)));
    expect(row!.fetchCount).toBe(0);
    expect(await revokeFeed(nigar)).toEqual({ revoked: 0 });
  });

  it("answers malformed, unknown and revoked tokens alike", async () => {
    const revoked = await created(nigar);
    await revokeFeed(nigar);
    const unknownToken = "A".repeat(43);
    const answers = [];
    for (const token of ["", "short", `${"a".repeat(42)}.`, "a".repeat(44), `${"a".repeat(40)}%2F`, unknownToken, revoked]) {
      expect(await resolveFeed(token), token).toBeNull();
      const response = await fetchFeed(token);
      answers.push({ status: response.status, type: response.headers.get("content-type"), body: await response.text() });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toMatchObject({ status: 404, type: "text/plain; charset=utf-8" });
  });

  it("has no feed for an organizer's or a person-less account", async () => {
    const [loner] = await db()
      .insert(users)
      .values({ email: `${unique("loner")}@example.org`, role: "delegate" })
      .returning({ id: users.id });
    expect(await getOrCreateFeed(await delegateViewer(db(), loner!.id))).toEqual({ ok: false, reason: "errors.notFound" });
    // A feed row pointing at an organizer (never made by the app) still shows nothing.
    const token = "B".repeat(43);
    await db()
      .insert(calendarFeeds)
      .values({ userId: organizer.userId, tokenHash: hashFeedToken(token), tokenHint: "BBBBBB" });
    expect(await resolveFeed(token)).toBeNull();
  });
});

describe("GET /calendar/<token>", () => {
  it("serves the delegate's own schedule as text/calendar that ical.js reads, private and cacheable for 5 minutes", async () => {
    const token = await created(nigar);
    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('inline; filename="roundtable.ics"');
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const body = await response.text();
    expect(body).not.toMatch(/@example\.org|\+994|\+374|Passports and the delegation list/);
    const feed = parse(body);
    expect(feed.calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(feed.calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Asia/Yerevan"]);
    expect(feed.summaries).toContain("Final press conference");
    expect(feed.summaries).toContain("Meeting with the Secretary of the Security Council of Armenia");
    expect(feed.summaries).not.toContain("Organizers' logistics briefing");
    expect(feed.summaries).toContain("Border crossing (entry): Ashagy Eskipara – Voskepar (delimited section)");

    const [schedule] = await getPersonalSchedule(nigar.personIds);
    expect(feed.uids.sort()).toEqual(schedule!.entries.map((e) => e.uid).sort());
    const press = schedule!.entries.find((e) => e.title === "Final press conference")!;
    expect((feed.byUid(press.uid)!.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(press.startsAt.toISOString());
    const cooperation = schedule!.entries.find((e) => e.title === COOPERATION_SESSION_TITLE)!;
    expect(String(feed.byUid(cooperation.uid)!.getFirstPropertyValue("description"))).toContain("You moderate this item.");
  });

  it("speaks Russian with ?lang=ru", async () => {
    const token = await created(nigar);
    const feed = parse(await (await fetchFeed(token, "?lang=ru")).text());
    expect(feed.summaries).toContain("Пересечение границы (въезд): Ashagy Eskipara – Voskepar (delimited section)");
    expect(feed.calendar.getFirstProperty("x-wr-calname")!.toICALString()).toBe("X-WR-CALNAME:Roundtable: мой график");
  });

  it("speaks Armenian with ?lang=hy and Azerbaijani with ?lang=az", async () => {
    const token = await created(nigar);
    const armenian = parse(await (await fetchFeed(token, "?lang=hy")).text());
    expect(armenian.summaries).toContain("Սահմանահատում (մուտք)՝ Ashagy Eskipara – Voskepar (delimited section)");
    expect(armenian.calendar.getFirstProperty("x-wr-calname")!.toICALString()).toBe("X-WR-CALNAME:Roundtable․ իմ ժամանակացույցը");
    const azerbaijani = parse(await (await fetchFeed(token, "?lang=az")).text());
    expect(azerbaijani.summaries).toContain("Sərhəd keçidi (giriş): Ashagy Eskipara – Voskepar (delimited section)");
    expect(azerbaijani.calendar.getFirstProperty("x-wr-calname")!.toICALString()).toBe("X-WR-CALNAME:Roundtable: mənim cədvəlim");
  });

  it("never shows one delegate another's entries", async () => {
    const mine = await created(nigar);
    const theirs = await created(armenian);
    const nigarFeed = parse(await (await fetchFeed(mine)).text());
    const armenianFeed = parse(await (await fetchFeed(theirs)).text());
    const nigarCrossings = nigarFeed.uids.filter((uid) => uid.startsWith("crossing-"));
    expect(nigarCrossings).toHaveLength(2);
    expect(armenianFeed.uids.filter((uid) => uid.startsWith("crossing-"))).toEqual([]);
    const [armenianSchedule] = await getPersonalSchedule(armenian.personIds);
    expect(armenianFeed.uids.sort()).toEqual(armenianSchedule!.entries.map((e) => e.uid).sort());
    const cooperation = armenianFeed.vevents.find((v) => v.getFirstPropertyValue("summary") === COOPERATION_SESSION_TITLE)!;
    expect(String(cooperation.getFirstPropertyValue("description") ?? "")).not.toContain("You moderate");
  });

  it("lists an item taken off the agenda in a new release as CANCELLED, with the same UID", async () => {
    const token = await created(nigar);
    const made = await createAgendaItem(
      organizer,
      ids.eventId,
      agendaItem({ title: "Short-lived side meeting", visibility: "delegates", startTime: "07:00", endTime: "07:30", place: "" }),
    );
    if (!made.ok) throw new Error(made.reason);
    const release = async (note: string) => {
      const { nextVersion } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
      const result = await releaseAgenda(organizer, ids.eventId, { note, expectedVersion: nextVersion });
      if (!result.ok) throw new Error(result.reason);
      return result.value.version;
    };
    const v1 = await release("side meeting added");
    const uid = `agenda-${made.value.id}@roundtable`;
    const first = parse(await (await fetchFeed(token)).text()).byUid(uid)!;
    expect(first.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(first.getFirstPropertyValue("sequence")).toBe(v1);

    expect((await deleteAgendaItem(organizer, ids.eventId, made.value.id)).ok).toBe(true);
    const v2 = await release("side meeting cancelled");
    expect((await listAgendaForOrganizer(organizer, ids.eventId))!.map((i) => i.id)).not.toContain(made.value.id);
    const second = parse(await (await fetchFeed(token)).text()).byUid(uid)!;
    expect(second.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(second.getFirstPropertyValue("summary")).toBe("Cancelled: Short-lived side meeting");
    expect(second.getFirstPropertyValue("sequence")).toBe(v2);
  });
});

describe("GET /<locale>/schedule/ics?uid=… (one entry)", () => {
  function download(userId: string | null, uid: string, locale = "en") {
    session.current = userId ? { user: { id: userId } } : null;
    return entryGET(new Request(`http://localhost/${locale}/schedule/ics?uid=${encodeURIComponent(uid)}`), { params: Promise.resolve({ locale }) });
  }

  it("gives the signed-in delegate one entry of their own schedule as an attachment, with its VTIMEZONE", async () => {
    const [schedule] = await getPersonalSchedule(nigar.personIds);
    const press = schedule!.entries.find((e) => e.title === "Final press conference")!;
    const response = await download(nigar.userId, press.uid);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="final-press-conference.ics"');
    const file = parse(await response.text());
    expect(file.uids).toEqual([press.uid]);
    expect(file.calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Asia/Yerevan"]);
    expect((file.vevents[0]!.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString()).toBe(press.endsAt.toISOString());

    const crossing = schedule!.entries.find((e) => e.source === "crossing" && e.crossing?.direction === "exit")!;
    const own = await download(nigar.userId, crossing.uid, "ru");
    expect(own.status).toBe(200);
    expect(own.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+\.ics"$/);
    expect(parse(await own.text()).summaries).toEqual(["Пересечение границы (выезд): Ashagy Eskipara – Voskepar (delimited section)"]);
  });

  it("refuses another delegate's entry, organizer-only items, unknown uids, organizers and anonymous visitors", async () => {
    const [schedule] = await getPersonalSchedule(nigar.personIds);
    const crossing = schedule!.entries.find((e) => e.source === "crossing")!;
    expect((await download(armenian.userId, crossing.uid)).status).toBe(404);
    const organizerOnly = (await listAgendaForOrganizer(organizer, ids.eventId))!.find((i) => i.visibility === "organizers")!;
    expect((await download(nigar.userId, `agenda-${organizerOnly.id}@roundtable`)).status).toBe(404);
    expect((await download(nigar.userId, "agenda-not-a-uid@roundtable")).status).toBe(404);
    expect((await download(nigar.userId, "")).status).toBe(404);
    expect((await download(organizer.userId, crossing.uid)).status).toBe(404);
    expect((await download(nigar.userId, crossing.uid, "xx")).status).toBe(404);
    const anonymous = await download(null, crossing.uid);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("BEGIN:VCALENDAR");
  });
});

describe("calendar files as strict readers take them: CRLF after every line, a URL back to the schedule", () => {
  const ORIGIN = "https://roundtable.example";
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.APP_URL;
    process.env.APP_URL = ORIGIN;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = saved;
  });

  /** The checks both files pass, on the bytes a calendar app receives, read by ical.js (the writer is ical-generator). */
  function expectStrict(ics: string, locale: string) {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const { vevents } = parse(ics);
    expect(vevents.length).toBeGreaterThan(0);
    for (const vevent of vevents) {
      const url = new URL(String(vevent.getFirstPropertyValue("url")));
      // The configured origin, never the host the request named.
      expect(`${url.origin}${url.pathname}`).toBe(`${ORIGIN}/${locale}/schedule`);
      expect(url.searchParams.get("day")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(url.hash).toBe(`#entry-${String(vevent.getFirstPropertyValue("uid"))}`);
    }
  }

  it("the feed", async () => {
    const token = await created(nigar);
    const response = await feedGET(new Request(`http://attacker.example/calendar/${token}?lang=ru`), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    expectStrict(await response.text(), "ru");
  });

  it("a single entry's download", async () => {
    const [schedule] = await getPersonalSchedule(nigar.personIds);
    const press = schedule!.entries.find((e) => e.title === "Final press conference")!;
    session.current = { user: { id: nigar.userId } };
    const response = await entryGET(new Request(`http://attacker.example/az/schedule/ics?uid=${encodeURIComponent(press.uid)}`), {
      params: Promise.resolve({ locale: "az" }),
    });
    expect(response.status).toBe(200);
    const ics = await response.text();
    expectStrict(ics, "az");
    expect(String(parse(ics).vevents[0]!.getFirstPropertyValue("url"))).toBe(`${ORIGIN}/az/schedule?day=2026-02-14#entry-${press.uid}`);
  });
});
