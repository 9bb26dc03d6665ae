// The public site's outcomes: the list, the search, an initiative's archive and both Atom feeds.
// The rule under test everywhere: a revision is public only once its published_at has come, and
// never for a draft event; a scheduled (embargoed) revision appears nowhere before its instant.
// Real PostgreSQL; only the request context is mocked (next/headers for publicOrigin, next-intl's
// request lookups, and the locale-aware Link for the pages rendered to HTML).
import { createElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "use-intl/core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseAtomFeed } from "feedsmith";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { events, outcomeRevisions, outcomes } from "@/db/schema";
import { DEMO_EVENT_SLUG, DEMO_INITIATIVE_SLUG } from "@/db/seed/demo";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { upcomingReleaseTimes } from "@/lib/cache/release-times";
import { outcomeEntryId } from "@/lib/outcomes/atom";
import { getPublicInitiative, listPublishedOutcomes } from "@/lib/outcomes/public";
import { getPublishedOutcome } from "@/lib/outcomes/queries";
import { createTestEvent, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { GET as allFeedGET } from "@/app/feeds/outcomes/route";
import { GET as initiativeFeedGET } from "@/app/feeds/initiatives/[slug]/route";
import HomePage, { generateMetadata as homeMetadata } from "@/app/[locale]/(public)/page";
import OutcomesPage, { generateMetadata as outcomesMetadata } from "@/app/[locale]/(public)/outcomes/page";
import InitiativePage, { generateMetadata as initiativeMetadata } from "@/app/[locale]/(public)/initiatives/[slug]/page";
import PrintableOutcomePage from "@/app/[locale]/(public)/events/[slug]/outcome/page";
import AdoptedRecommendationsPage, {
  generateMetadata as recommendationsMetadata,
} from "@/app/[locale]/(public)/events/[slug]/outcome/recommendations/[[...page]]/page";
import { OUTCOME_PAGE_RECOMMENDATIONS, THEME_PREVIEW } from "@/lib/public-event/recommendations";

vi.mock("next/headers", () => ({ headers: vi.fn(async () => new Headers({ host: "localhost:3000" })) }));
// The feeds' cache exists only inside a Next.js server (e2e/public-cache.spec.ts checks it there):
// here every request builds the feed anew, which is what a refreshed cache gives.
vi.mock("next/cache", () => ({ unstable_cache: <F>(build: F) => build, revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({
  getLocale: vi.fn(async () => "en"),
  setRequestLocale: vi.fn(),
  getTranslations: vi.fn(async (arg: string | { locale: Locale; namespace: string }) => {
    const { locale, namespace } = typeof arg === "string" ? { locale: "en" as Locale, namespace: arg } : arg;
    return createTranslator({ locale, messages: await loadMessages(locale), namespace });
  }),
}));
vi.mock("@/i18n/navigation", async () => {
  const { createElement: h } = await import("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children?: React.ReactNode }) => h("a", { href: `/en${href === "/" ? "" : href}`, ...rest }, children),
  };
});

const { db } = setupTestDatabase();

const HOUR = 60 * 60 * 1000;
const ORIGIN = "http://localhost:3000";
const DEMO_TITLE = "Bilateral round table in Tsaghkadzor";

let ids: DemoIds;
let organizer: OrganizerViewer;
let outcomeId: string;

// Words that exist in exactly one revision each, so a search or a feed shows which one it read.
const FIRST = "Firstwordalpha";
const CORRECTED = "Correctedwordbeta";
const EMBARGOED = "Embargowordgamma";

/** Publication times, fixed at the start so every test reads the same timeline. */
const now = Date.now();
const firstAt = new Date(now - 3 * HOUR);
const correctedAt = new Date(now - HOUR);
const scheduledAt = new Date(now + HOUR);
const afterEmbargo = new Date(now + 2 * HOUR);

async function addRevision(values: {
  outcomeId?: string;
  revision: number;
  publishedAt: Date;
  statements: { language: string; text: string }[];
  note?: string;
  jointlySigned?: boolean;
  unsignedReason?: string;
}) {
  await db()
    .insert(outcomeRevisions)
    .values({ outcomeId: values.outcomeId ?? outcomeId, ...values });
}

async function setEventStatus(eventId: string, status: "draft" | "announced" | "in_progress" | "concluded") {
  await db().update(events).set({ status }).where(eq(events.id, eventId));
}

async function fetchFeed(path: string, slug?: string) {
  const request = new Request(`${ORIGIN}${path}`);
  const response = slug === undefined ? await allFeedGET(request) : await initiativeFeedGET(request, { params: Promise.resolve({ slug }) });
  const text = await response.text();
  return { response, text };
}

/** Fetches a feed and parses it with real parsers: well-formed XML, and Atom as a reader sees it. */
async function readFeed(path: string, slug?: string) {
  const { response, text } = await fetchFeed(path, slug);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("public, max-age=15");
  expect(XMLValidator.validate(text)).toBe(true);
  const feed = parseAtomFeed(text);
  return { text, feed, entries: feed.entries ?? [] };
}

/** xml:lang of the feed and of each entry, read by fast-xml-parser (not by the writer, `feed`). */
function languagesOf(text: string): { feed: string; entries: string[] } {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "entry" }).parse(text) as {
    feed: { "@xml:lang": string; entry?: { "@xml:lang": string }[] };
  };
  return { feed: parsed.feed["@xml:lang"], entries: (parsed.feed.entry ?? []).map((entry) => entry["@xml:lang"]) };
}

const allFeed = (query = "") => readFeed(`/feeds/outcomes${query}`);
const initiativeFeed = (query = "") => readFeed(`/feeds/initiatives/${DEMO_INITIATIVE_SLUG}${query}`, DEMO_INITIATIVE_SLUG);

async function demoEventOnInitiativePage(at?: Date) {
  const initiative = await getPublicInitiative(DEMO_INITIATIVE_SLUG, at);
  return initiative?.events.find((e) => e.slug === DEMO_EVENT_SLUG);
}

beforeAll(async () => {
  vi.stubEnv("APP_URL", "");
  vi.stubEnv("AUTH_URL", "");
  ({ ids, organizer } = await seedDemoContext(db()));
  const [row] = await db().select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
  outcomeId = row!.id;
  // The demo event is concluded (public); its outcome is a draft with no revision.
  const [event] = await db().select({ status: events.status }).from(events).where(eq(events.id, ids.eventId));
  expect(event?.status).toBe("concluded");
});

describe("public outcomes", () => {
  it("shows nothing while the outcome is only a draft: the feeds are valid and empty", async () => {
    expect(await listPublishedOutcomes()).toEqual([]);
    expect(await getPublishedOutcome(ids.eventId)).toBeNull();
    const event = await demoEventOnInitiativePage();
    expect(event?.outcome).toBeNull();
    expect((await allFeed()).entries).toHaveLength(0);
    expect((await initiativeFeed()).entries).toHaveLength(0);
    // No embargo-release job has anything to wait for.
    expect(await upcomingReleaseTimes(db())).toEqual([]);
  });

  it("keeps a scheduled first publication out of every public read until its time", async () => {
    await addRevision({
      revision: 1,
      publishedAt: scheduledAt,
      statements: [
        { language: "en", text: `The delegations agreed. ${FIRST}.` },
        { language: "ru", text: `Делегации договорились. Мирная повестка. ${FIRST}.` },
      ],
    });

    expect(await listPublishedOutcomes()).toEqual([]);
    expect(await listPublishedOutcomes({ query: FIRST })).toEqual([]);
    expect(await listPublishedOutcomes({ query: "Tsaghkadzor" })).toEqual([]);
    expect(await listPublishedOutcomes({ initiativeSlug: DEMO_INITIATIVE_SLUG })).toEqual([]);
    expect(await getPublishedOutcome(ids.eventId)).toBeNull();
    expect((await demoEventOnInitiativePage())?.outcome).toBeNull();
    for (const feed of [await allFeed(), await initiativeFeed(), await allFeed("?lang=ru")]) {
      expect(feed.entries).toHaveLength(0);
      expect(feed.text).not.toContain(FIRST);
    }

    // Read after the embargo, it is there.
    const [later] = await listPublishedOutcomes({ at: afterEmbargo });
    expect(later).toMatchObject({ eventId: ids.eventId, slug: DEMO_EVENT_SLUG, revision: 1, publishedAt: scheduledAt, firstPublishedAt: scheduledAt });
    expect(await listPublishedOutcomes({ query: FIRST, at: afterEmbargo })).toHaveLength(1);
    expect((await getPublishedOutcome(ids.eventId, afterEmbargo))?.revision).toBe(1);
    expect((await demoEventOnInitiativePage(afterEmbargo))?.outcome).toMatchObject({ revision: 1, publishedAt: scheduledAt });
  });

  it("publishes once the time has come: the feeds carry the entry with its id, title, link and dates", async () => {
    // The embargo lifts: the same revision, now in the past (the route handlers read at "now").
    await db()
      .update(outcomeRevisions)
      .set({ publishedAt: firstAt })
      .where(and(eq(outcomeRevisions.outcomeId, outcomeId), eq(outcomeRevisions.revision, 1)));

    const [listed] = await listPublishedOutcomes();
    expect(listed).toMatchObject({
      eventId: ids.eventId,
      slug: DEMO_EVENT_SLUG,
      title: DEMO_TITLE,
      city: "Tsaghkadzor",
      country: "Armenia",
      firstDay: "2026-02-13",
      lastDay: "2026-02-14",
      timeZone: "Asia/Yerevan",
      initiativeName: "Peace Bridge",
      initiativeSlug: DEMO_INITIATIVE_SLUG,
      revision: 1,
      jointlySigned: true,
    });
    expect(listed?.publishedAt).toEqual(firstAt);
    expect(listed?.firstPublishedAt).toEqual(firstAt);
    expect(listed?.statements.map((s) => s.language)).toEqual(["en", "ru"]);

    const english = await allFeed();
    expect(english.feed.id).toBe("urn:roundtable:outcomes");
    expect(english.feed.title?.value).toBe("Roundtable: published outcomes");
    expect(english.feed.updated).toBe(firstAt.toISOString());
    expect(english.feed.links).toEqual(expect.arrayContaining([expect.objectContaining({ rel: "self", href: `${ORIGIN}/feeds/outcomes` })]));
    expect(english.entries).toHaveLength(1);
    const [entry] = english.entries;
    expect(entry?.id).toBe(outcomeEntryId(ids.eventId));
    expect(entry?.id).toBe(`urn:roundtable:outcome:${ids.eventId}`);
    expect(entry?.title?.value).toBe(DEMO_TITLE);
    expect(entry?.links?.[0]?.href).toBe(`${ORIGIN}/en/events/${DEMO_EVENT_SLUG}`);
    expect(entry?.updated).toBe(firstAt.toISOString());
    expect(entry?.published).toBe(firstAt.toISOString());
    expect(entry?.content?.value).toContain("The delegations agreed.");
    expect(entry?.content?.value).not.toContain("Делегации");

    // ?lang=ru: Russian labels, the Russian statement, links to the Russian pages.
    const russian = await allFeed("?lang=ru");
    expect(russian.feed.title?.value).toBe("Roundtable: опубликованные итоги");
    expect(russian.entries[0]?.id).toBe(outcomeEntryId(ids.eventId));
    expect(russian.entries[0]?.links?.[0]?.href).toBe(`${ORIGIN}/ru/events/${DEMO_EVENT_SLUG}`);
    expect(russian.entries[0]?.content?.value).toContain("Делегации договорились.");
    // Each feed says the language of its text, each entry that of its statement.
    expect(languagesOf(english.text)).toEqual({ feed: "en", entries: ["en"] });
    expect(languagesOf(russian.text)).toEqual({ feed: "ru", entries: ["ru"] });

    // ?lang=hy and ?lang=az: the parties' own languages, links to their pages.
    const armenian = await allFeed("?lang=hy");
    expect(armenian.feed.title?.value).toBe("Roundtable․ հրապարակված արդյունքներ");
    expect(armenian.entries[0]?.links?.[0]?.href).toBe(`${ORIGIN}/hy/events/${DEMO_EVENT_SLUG}`);
    const azerbaijani = await allFeed("?lang=az");
    expect(azerbaijani.feed.title?.value).toBe("Roundtable: dərc edilmiş nəticələr");
    expect(azerbaijani.entries[0]?.links?.[0]?.href).toBe(`${ORIGIN}/az/events/${DEMO_EVENT_SLUG}`);
    // No Armenian or Azerbaijani statement: the entry carries the first one, in English, and says so.
    expect(languagesOf(armenian.text)).toEqual({ feed: "hy", entries: ["en"] });
    expect(languagesOf(azerbaijani.text)).toEqual({ feed: "az", entries: ["en"] });

    const initiative = await initiativeFeed();
    expect(initiative.feed.title?.value).toBe("Peace Bridge: published outcomes");
    expect(initiative.entries.map((e) => e.id)).toEqual([outcomeEntryId(ids.eventId)]);
    expect(initiative.entries[0]?.updated).toBe(firstAt.toISOString());
    expect(languagesOf(initiative.text)).toEqual({ feed: "en", entries: ["en"] });
    expect(languagesOf((await initiativeFeed("?lang=ru")).text)).toEqual({ feed: "ru", entries: ["ru"] });

    expect((await getPublishedOutcome(ids.eventId))?.revision).toBe(1);
    expect((await demoEventOnInitiativePage())?.outcome).toEqual({ revision: 1, jointlySigned: true, firstPublishedAt: firstAt, publishedAt: firstAt });
  });

  it("updates the same entry for a correction: same id, updated = the correction, published = the first", async () => {
    await addRevision({
      revision: 2,
      publishedAt: correctedAt,
      note: "The date of the next round table was corrected.",
      jointlySigned: false,
      unsignedReason: "One head of delegation could not be reached before the deadline.",
      statements: [
        { language: "en", text: `The delegations agreed. ${CORRECTED}. Costs fell by 50% in a year.` },
        { language: "ru", text: `Делегации договорились. Мирная повестка. ${CORRECTED}.` },
      ],
    });

    const [listed] = await listPublishedOutcomes();
    expect(listed).toMatchObject({ revision: 2, jointlySigned: false, publishedAt: correctedAt, firstPublishedAt: firstAt });

    for (const { entries } of [await allFeed(), await initiativeFeed()]) {
      expect(entries).toHaveLength(1);
      expect(entries[0]?.id).toBe(outcomeEntryId(ids.eventId));
      expect(entries[0]?.updated).toBe(correctedAt.toISOString());
      expect(entries[0]?.published).toBe(firstAt.toISOString());
      expect(entries[0]?.content?.value).toContain(CORRECTED);
      expect(entries[0]?.content?.value).not.toContain(FIRST);
      expect(entries[0]?.content?.value).toContain("Correction (revision 2): The date of the next round table was corrected.");
      expect(entries[0]?.content?.value).toContain("Not jointly signed: One head of delegation could not be reached before the deadline.");
    }
  });

  it("keeps a scheduled correction out of the list, the search, both feeds and the event page until its time", async () => {
    await addRevision({
      revision: 3,
      publishedAt: scheduledAt,
      note: "Scheduled correction",
      statements: [
        { language: "en", text: `The delegations agreed. ${EMBARGOED}.` },
        { language: "ru", text: `Делегации договорились. ${EMBARGOED}.` },
      ],
    });

    const [listed] = await listPublishedOutcomes();
    expect(listed?.revision).toBe(2);
    expect(JSON.stringify(listed)).not.toContain(EMBARGOED);
    // A server starting now schedules the embargo-release job for the scheduled correction only.
    expect(await upcomingReleaseTimes(db())).toEqual([scheduledAt]);
    expect(await listPublishedOutcomes({ query: EMBARGOED })).toEqual([]);
    expect(await listPublishedOutcomes({ query: EMBARGOED.toLowerCase(), initiativeSlug: DEMO_INITIATIVE_SLUG })).toEqual([]);
    expect(await listPublishedOutcomes({ query: "Scheduled correction" })).toEqual([]);
    const published = await getPublishedOutcome(ids.eventId);
    expect(published?.revision).toBe(2);
    expect(JSON.stringify(published)).not.toContain(EMBARGOED);
    expect((await demoEventOnInitiativePage())?.outcome?.revision).toBe(2);
    for (const feed of [await allFeed(), await initiativeFeed(), await allFeed("?lang=ru"), await initiativeFeed("?lang=ru")]) {
      expect(feed.text).not.toContain(EMBARGOED);
      expect(feed.text).not.toContain("Scheduled correction");
      expect(feed.entries[0]?.updated).toBe(correctedAt.toISOString());
    }

    // After its time, the scheduled correction is the one the public reads.
    const [later] = await listPublishedOutcomes({ at: afterEmbargo });
    expect(later).toMatchObject({ revision: 3, publishedAt: scheduledAt, firstPublishedAt: firstAt });
    expect(await listPublishedOutcomes({ query: EMBARGOED, at: afterEmbargo })).toHaveLength(1);
    expect((await getPublishedOutcome(ids.eventId, afterEmbargo))?.revision).toBe(3);
    expect((await demoEventOnInitiativePage(afterEmbargo))?.outcome?.revision).toBe(3);
  });

  it("searches the latest public revision only, case-insensitively, in the statements and the event title", async () => {
    const found = async (query: string) => (await listPublishedOutcomes({ query })).map((o) => o.eventId);
    expect(await found(CORRECTED.toUpperCase())).toEqual([ids.eventId]);
    expect(await found("МИРНАЯ повестка")).toEqual([ids.eventId]);
    expect(await found("tsaghkadzor")).toEqual([ids.eventId]);
    expect(await found("  bilateral   ROUND table ")).toEqual([ids.eventId]);
    // Text that only an earlier, corrected revision had is not found.
    expect(await found(FIRST)).toEqual([]);
    // Only the statement texts are searched, not the jsonb around them.
    expect(await found("language")).toEqual([]);
    expect(await found('"text"')).toEqual([]);
    expect(await found("Nothing like this anywhere")).toEqual([]);
    // Filtered to an initiative: this one has it, an unknown one has nothing.
    expect(await listPublishedOutcomes({ query: CORRECTED, initiativeSlug: DEMO_INITIATIVE_SLUG })).toHaveLength(1);
    expect(await listPublishedOutcomes({ query: CORRECTED, initiativeSlug: "no-such-initiative" })).toEqual([]);
  });

  it("never shows the outcome of a draft event, in the list, the search, the initiative page or the feeds", async () => {
    const draftEventId = await createTestEvent(organizer, ids, { title: "Draft round table", status: "draft", firstDay: "2026-06-01", lastDay: "2026-06-01" });
    const [draftOutcome] = await db().insert(outcomes).values({ eventId: draftEventId, status: "published" }).returning({ id: outcomes.id });
    const secret = unique("Draftword");
    await addRevision({ outcomeId: draftOutcome!.id, revision: 1, publishedAt: firstAt, statements: [{ language: "en", text: `Not public: ${secret}` }] });

    const listedIds = (await listPublishedOutcomes({ at: afterEmbargo })).map((o) => o.eventId);
    expect(listedIds).toEqual([ids.eventId]);
    expect(await listPublishedOutcomes({ query: secret })).toEqual([]);
    expect(await listPublishedOutcomes({ query: "Draft round table" })).toEqual([]);
    const initiative = await getPublicInitiative(DEMO_INITIATIVE_SLUG);
    expect(initiative?.events.map((e) => e.slug)).toEqual([DEMO_EVENT_SLUG]);
    for (const feed of [await allFeed(), await initiativeFeed()]) {
      expect(feed.text).not.toContain(secret);
      expect(feed.entries.map((e) => e.id)).toEqual([outcomeEntryId(ids.eventId)]);
    }

    // Once the event is announced, its outcome is public (it was published in the past).
    await setEventStatus(draftEventId, "announced");
    expect(await listPublishedOutcomes({ query: secret })).toHaveLength(1);
    expect((await allFeed()).entries.map((e) => e.id)).toEqual([outcomeEntryId(ids.eventId), outcomeEntryId(draftEventId)]);
    await setEventStatus(draftEventId, "draft");

    // The demo event back to draft: nothing of the initiative is public, its feed is a 404.
    await setEventStatus(ids.eventId, "draft");
    try {
      expect(await listPublishedOutcomes({ at: afterEmbargo })).toEqual([]);
      expect(await listPublishedOutcomes({ query: CORRECTED })).toEqual([]);
      expect(await getPublicInitiative(DEMO_INITIATIVE_SLUG)).toBeNull();
      expect((await allFeed()).entries).toHaveLength(0);
      const { response, text } = await fetchFeed(`/feeds/initiatives/${DEMO_INITIATIVE_SLUG}`, DEMO_INITIATIVE_SLUG);
      expect(response.status).toBe(404);
      expect(text).not.toContain(CORRECTED);
    } finally {
      await setEventStatus(ids.eventId, "concluded");
    }
  });

  it("lists newest publication first and honours the limit", async () => {
    const otherEventId = await createTestEvent(organizer, ids, {
      title: "Later round table",
      status: "concluded",
      firstDay: "2026-07-01",
      lastDay: "2026-07-02",
    });
    const [other] = await db().insert(outcomes).values({ eventId: otherEventId, status: "published" }).returning({ id: outcomes.id });
    const latestAt = new Date(now - 10 * 60 * 1000);
    await addRevision({ outcomeId: other!.id, revision: 1, publishedAt: latestAt, statements: [{ language: "ru", text: "Только по-русски." }] });

    const listed = await listPublishedOutcomes();
    expect(listed.map((o) => o.eventId)).toEqual([otherEventId, ids.eventId]);
    expect((await listPublishedOutcomes({ limit: 1 })).map((o) => o.eventId)).toEqual([otherEventId]);

    const { feed, entries } = await allFeed();
    expect(entries.map((e) => e.id)).toEqual([outcomeEntryId(otherEventId), outcomeEntryId(ids.eventId)]);
    expect(feed.updated).toBe(latestAt.toISOString());
    // No English statement: the English feed shows the first one there is.
    expect(entries[0]?.content?.value).toContain("Только по-русски.");

    const initiative = await getPublicInitiative(DEMO_INITIATIVE_SLUG);
    expect(initiative?.events.map((e) => e.slug)[0]).not.toBe(DEMO_EVENT_SLUG); // newest event first
    expect(initiative?.events.find((e) => e.slug === DEMO_EVENT_SLUG)?.outcome?.revision).toBe(2);
  });

  it("matches %, _ and \\ in the search literally", async () => {
    // Two public outcomes now; only the demo event's statement has a literal "%" ("by 50% in a year").
    const found = async (query: string) => (await listPublishedOutcomes({ query })).map((o) => o.eventId);
    expect(await listPublishedOutcomes()).toHaveLength(2);
    // Unescaped, "%" and "_" would match both outcomes.
    expect(await found("%")).toEqual([ids.eventId]);
    expect(await found("by 50% in")).toEqual([ids.eventId]);
    expect(await found("_")).toEqual([]);
    expect(await found("\\")).toEqual([]);
    // Unescaped, these would match the demo statement as wildcards.
    expect(await found("agreed%year")).toEqual([]);
    expect(await found("by 5_%")).toEqual([]);
    expect(await found("by 5\\0% in")).toEqual([]);
  });

  it("gives an initiative's public facts with its parties in alphabetical order", async () => {
    const initiative = await getPublicInitiative(DEMO_INITIATIVE_SLUG);
    expect(initiative).toMatchObject({ slug: DEMO_INITIATIVE_SLUG, name: "Peace Bridge" });
    expect(initiative?.description).toContain("civil-society dialogue track");
    // Entered as Azerbaijan, Armenia; shown by name.
    expect(initiative?.parties).toEqual(["Armenia", "Azerbaijan"]);
    // The demo's follow-up event (Gabala) is a draft.
    expect(initiative?.events.some((e) => e.slug === "peace-bridge-gabala-2027")).toBe(false);
    expect(await getPublicInitiative("no-such-initiative")).toBeNull();
  });

  it("answers 404 for an unknown initiative's feed", async () => {
    const { response, text } = await fetchFeed("/feeds/initiatives/no-such-initiative", "no-such-initiative");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text).toContain("no public initiative");
  });
});

// The pages, rendered to HTML: the async server components are awaited one by one, then the plain
// tree goes through react-dom/server. Link is a plain <a> here (it needs the locale's client context).
describe("public pages", () => {
  async function resolveTree(node: ReactNode): Promise<ReactNode> {
    if (Array.isArray(node)) return Promise.all(node.map(resolveTree));
    if (!isValidElement(node)) return node;
    const { type, props } = node as ReactElement<{ children?: ReactNode }>;
    if (typeof type === "function") return resolveTree(await (type as (p: unknown) => ReactNode | Promise<ReactNode>)(props));
    return createElement(type, { ...props, key: node.key }, await resolveTree(props.children));
  }

  async function html(element: ReactNode | Promise<ReactNode>) {
    return renderToStaticMarkup(await resolveTree(await element));
  }

  const params = (slug?: string) => Promise.resolve({ locale: "en", ...(slug ? { slug } : {}) }) as Promise<{ locale: string; slug: string }>;

  it("the search page has a labelled search box, lists the latest outcomes, and never a scheduled text", async () => {
    const page = await html(OutcomesPage({ params: params(), searchParams: Promise.resolve({}) }));
    expect(page).toMatch(/<form role="search"[^>]* method="get"/);
    expect(page).toContain('<label for="outcome-search"');
    expect(page).toMatch(/<input id="outcome-search" type="search"[^>]* name="q"/);
    expect(page).toContain("<h1");
    expect(page).toContain(">Latest outcomes</h2>");
    expect(page).toContain(`href="/en/events/${DEMO_EVENT_SLUG}"`);
    expect(page).toContain(CORRECTED);
    expect(page).not.toContain(EMBARGOED);
    expect(page).toContain(`href="/feeds/outcomes"`);
  });

  it("the search page shows matches with the words marked, and says when nothing matches", async () => {
    const results = await html(OutcomesPage({ params: params(), searchParams: Promise.resolve({ q: CORRECTED.toLowerCase() }) }));
    expect(results).toContain(">Search results</h2>");
    expect(results).toContain(`<mark class="bg-yellow-100 text-ink">${CORRECTED}</mark>`);
    expect(results).toContain(`value="${CORRECTED.toLowerCase()}"`);
    expect(results).toContain("1 outcome matches");
    const none = await html(OutcomesPage({ params: params(), searchParams: Promise.resolve({ q: EMBARGOED }) }));
    expect(none).toContain(`No published outcome matches “${EMBARGOED}”`);
    expect(none).not.toContain(`href="/en/events/${DEMO_EVENT_SLUG}"`);
  });

  it("the initiative page lists the parties by name and the public events with their outcomes", async () => {
    const page = await html(InitiativePage({ params: params(DEMO_INITIATIVE_SLUG) }));
    expect(page).toContain(">Peace Bridge</h1>");
    expect(page.indexOf(">Armenia</li>")).toBeGreaterThan(-1);
    expect(page.indexOf(">Armenia</li>")).toBeLessThan(page.indexOf(">Azerbaijan</li>"));
    expect(page).toContain(`href="/en/events/${DEMO_EVENT_SLUG}"`);
    expect(page).not.toContain("peace-bridge-gabala-2027");
    expect(page).toContain("corrected on");
    expect(page).toContain("Not jointly signed by all parties");
    expect(page).toContain(`href="/feeds/initiatives/${DEMO_INITIATIVE_SLUG}"`);
    expect(page).not.toContain(EMBARGOED);
  });

  it("the home page keeps its events and adds the latest outcomes", async () => {
    const page = await html(HomePage({ params: params() } as never));
    expect(page).toContain(">Latest outcomes</h2>");
    expect(page).toContain(">Events</h2>");
    expect(page.indexOf(">Latest outcomes</h2>")).toBeLessThan(page.indexOf(">Events</h2>"));
    expect(page).toContain('href="/en/outcomes"');
    expect(page).not.toContain(EMBARGOED);
  });

  // Issue #14 point 3: at 100× the demo an outcome adopts ~1,000 recommendations (180 KB of page).
  it("the outcome page lists a few adopted recommendations in full; past that, each theme with its count and first ones, the rest on pages of their own", async () => {
    const themes = ["security", "economy", "borders"] as const;
    const many = Array.from({ length: 150 }, (_, i) => ({ theme: themes[i % 3]!, text: `Recommendation number ${i + 1}.` }));
    const few = many.slice(0, OUTCOME_PAGE_RECOMMENDATIONS);
    const setRecommendations = (recommendations: { theme: string; text: string }[]) =>
      db()
        .update(outcomeRevisions)
        .set({ recommendations })
        .where(and(eq(outcomeRevisions.outcomeId, outcomeId), eq(outcomeRevisions.revision, 2)));
    const slugParams = (page?: string[]) => Promise.resolve({ locale: "en", slug: DEMO_EVENT_SLUG, page }) as never;
    const props = (page?: string[]) => ({ params: slugParams(page), searchParams: Promise.resolve({}) }) as never;
    try {
      await setRecommendations(few);
      const whole = await html(PrintableOutcomePage(props()));
      for (const r of few) expect(whole).toContain(`<li>${r.text}</li>`);
      expect(whole).not.toContain("/outcome/recommendations");

      await setRecommendations(many);
      const summary = await html(PrintableOutcomePage(props()));
      expect(summary).toContain(CORRECTED);
      expect(summary).toContain(
        `href="/en/events/${DEMO_EVENT_SLUG}/outcome/recommendations" class="text-accent underline">All 150 adopted recommendations, page by page</a>`,
      );
      expect(summary).toContain("Security: 50 recommendations");
      // Each theme's first THEME_PREVIEW, and a link to the rest where the theme starts in the full list.
      for (const text of ["Recommendation number 1.", "Recommendation number 4.", "Recommendation number 7.", "Recommendation number 2."]) {
        expect(summary).toContain(`<li>${text}</li>`);
      }
      expect(summary).not.toContain("<li>Recommendation number 10.</li>");
      expect(summary).toContain(
        `href="/en/events/${DEMO_EVENT_SLUG}/outcome/recommendations" class="text-accent underline">The other 47 recommendations on “Security”</a>`,
      );
      expect(summary).toContain(
        `href="/en/events/${DEMO_EVENT_SLUG}/outcome/recommendations/2" class="text-accent underline">The other 47 recommendations on “Borders”</a>`,
      );
      expect(summary.split("<li>").length - 1).toBe(3 * THEME_PREVIEW);

      // The full list: every recommendation on exactly one page, by theme; no page past the end.
      const first = await html(AdoptedRecommendationsPage(props()));
      const second = await html(AdoptedRecommendationsPage(props(["2"])));
      expect(first).toContain("Recommendations 1–100 of 150.");
      expect(second).toContain("Recommendations 101–150 of 150.");
      for (const r of many) expect([first, second].filter((page) => page.includes(`<li>${r.text}</li>`))).toHaveLength(1);
      expect(first.indexOf(">Security</h2>")).toBeLessThan(first.indexOf(">Economy</h2>"));
      expect(await recommendationsMetadata(props(["3"]))).toEqual({ title: "Page not found" });
      expect(await recommendationsMetadata(props())).toMatchObject({
        title: `Adopted recommendations · ${DEMO_TITLE}`,
        alternates: { canonical: "/en/events/peace-bridge-tsaghkadzor-2026/outcome/recommendations" },
      });
      // The second page names its own address (with its number) in every language.
      expect((await recommendationsMetadata(props(["2"]))).alternates).toMatchObject({
        canonical: "/en/events/peace-bridge-tsaghkadzor-2026/outcome/recommendations/2",
        languages: { hy: "/hy/events/peace-bridge-tsaghkadzor-2026/outcome/recommendations/2" },
      });
    } finally {
      await setRecommendations([]);
    }
  });

  // Relative addresses: the pages are cached, so Next.js makes them absolute with the configured
  // origin (metadataBase in the locale layout), never with a request's host.
  it("gives link previews and the feed as an alternate", async () => {
    const outcomesMeta = await outcomesMetadata({ params: params(), searchParams: Promise.resolve({}) });
    expect(outcomesMeta).toMatchObject({
      title: "Published outcomes",
      openGraph: {
        title: "Published outcomes",
        type: "website",
        url: "/en/outcomes",
        siteName: "Roundtable",
        images: [{ url: "/og-default.png", width: 1200, height: 630 }],
      },
      twitter: { card: "summary_large_image", title: "Published outcomes", images: ["/og-default.png"] },
      alternates: { types: { "application/atom+xml": [{ url: "/feeds/outcomes" }] } },
    });
    expect(outcomesMeta.description).toBeTruthy();

    const initiativeMeta = await initiativeMetadata({ params: params(DEMO_INITIATIVE_SLUG) });
    expect(initiativeMeta).toMatchObject({
      title: "Peace Bridge",
      openGraph: { title: "Peace Bridge", type: "website", url: `/en/initiatives/${DEMO_INITIATIVE_SLUG}`, images: [{ url: "/og-default.png" }] },
      twitter: { card: "summary_large_image", title: "Peace Bridge" },
      alternates: { types: { "application/atom+xml": [{ url: `/feeds/initiatives/${DEMO_INITIATIVE_SLUG}` }] } },
    });
    expect(String(initiativeMeta.description)).toContain("Peace Bridge is a civil-society dialogue track");
    // An unknown initiative is the 404 page, titled as such (components/layout/not-found-view.tsx).
    expect(await initiativeMetadata({ params: params("no-such-initiative") })).toEqual({ title: "Page not found" });

    const homeMeta = await homeMetadata({ params: params() });
    expect(homeMeta.alternates?.types?.["application/atom+xml"]).toEqual([{ url: "/feeds/outcomes", title: "Published outcomes (Atom)" }]);
  });
});
