import "server-only";
// The Atom feeds of published outcomes (app/feeds/…/route.ts): all of them, or one initiative's.
// Read without cookies or a locale prefix, so the labels come from a translator of our own over the
// same catalogs (as the calendar feed does); `?lang=` picks one of our locales, anything else English.
import { gzipSync } from "node:zlib";
import { unstable_cache } from "next/cache";
import { createTranslator } from "next-intl";
import { localeOr } from "@/i18n/locale-of";
import { PUBLIC_PAGE_SECONDS } from "@/lib/cache/public-pages";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { acceptsGzip } from "@/lib/http/accept-encoding.mjs";
import { publicOrigin } from "@/lib/http/origin";
import { precompressedBodiesServed } from "@/lib/http/precompressed";
import { initiativeFeedPath, outcomesFeedPath } from "./feed-paths";
import { atomResponse, buildOutcomesAtom, type AtomLabels } from "./atom";
import { getPublicInitiative, listPublishedOutcomes } from "./public";

export type FeedLocale = Locale;

/** How many entries a feed carries: the most recent publications. */
const FEED_SIZE = 50;

export function feedLocale(value: string | null | undefined): FeedLocale {
  return localeOr(value);
}

async function feedText(locale: FeedLocale) {
  const messages = (await loadMessages(locale)) as { publicFeed?: Record<string, string> };
  const t = createTranslator({ locale, messages: { publicFeed: messages.publicFeed! }, namespace: "publicFeed" });
  const labels: AtomLabels = {
    correction: (revision, note) => t("correction", { revision, note }),
    corrected: (revision) => t("corrected", { revision }),
    notJointlySigned: t("notJointlySigned"),
    notJointlySignedReason: (reason) => t("notJointlySignedReason", { reason }),
  };
  return { t, labels };
}

/**
 * A feed as served: its Atom document and the same compressed once (base64: the cache keeps
 * JSON), or null when the initiative has no public event (a 404). At 100× the demo a feed is
 * 150 KB of XML: gzipping it for every request cost half the feed's throughput.
 */
type FeedDocument = { xml: string; gzipped?: string } | null;

/**
 * The feed of all published outcomes, or of one initiative's (`initiativeSlug`; 404 when it has
 * no public event). Every entry comes from listPublishedOutcomes, which never returns a
 * scheduled revision before its time.
 *
 * Served from Next.js's cache (the shared Redis cache with REDIS_URL), like the public pages: one
 * copy per feed and language, built from the configured origin only (never from the request),
 * kept at most PUBLIC_PAGE_SECONDS and dropped at once, on every server, by refreshPublicPages()
 * (a publication, a correction, an event's status, an embargo's end: lib/cache/public-pages.ts).
 */
export async function outcomeFeedResponse(request: Request, scope: { initiativeSlug?: string } = {}): Promise<Response> {
  const locale = feedLocale(new URL(request.url).searchParams.get("lang"));
  const document = await cachedFeed(locale, scope.initiativeSlug ?? null);
  if (!document) {
    const { t } = await feedText(locale);
    return new Response(`${t("notFound")}\n`, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  // A copy cached before the compressed one was kept has none: the server compresses it then.
  const gzipped =
    document.gzipped && precompressedBodiesServed()
      ? { bytes: Buffer.from(document.gzipped, "base64"), acceptedByClient: acceptsGzip(request.headers.get("accept-encoding")) }
      : undefined;
  return atomResponse(document.xml, gzipped);
}

/**
 * The cached copy. Its implicit tags are the route's (`_N_T_/feeds/layout` among them): that is
 * the tag refreshPublicPages() marks, so no other bookkeeping is needed.
 */
const cachedFeed = unstable_cache(buildFeed, ["outcome-feed"], { revalidate: PUBLIC_PAGE_SECONDS });

async function buildFeed(locale: FeedLocale, initiativeSlug: string | null): Promise<FeedDocument> {
  const at = new Date();
  const [{ t, labels }, origin] = await Promise.all([feedText(locale), publicOrigin()]);

  let feed: { id: string; title: string; subtitle: string; author: string; selfPath: string; alternatePath: string };
  if (initiativeSlug === null) {
    feed = {
      id: "urn:roundtable:outcomes",
      title: t("allTitle"),
      subtitle: t("allSubtitle"),
      author: t("author"),
      selfPath: outcomesFeedPath(locale),
      alternatePath: `/${locale}/outcomes`,
    };
  } else {
    const initiative = await getPublicInitiative(initiativeSlug, at, locale);
    if (!initiative) return null;
    feed = {
      id: `urn:roundtable:initiative:${initiative.id}:outcomes`,
      title: t("initiativeTitle", { initiative: initiative.name }),
      subtitle: t("initiativeSubtitle", { initiative: initiative.name }),
      author: initiative.name,
      selfPath: initiativeFeedPath(initiative.slug, locale),
      alternatePath: `/${locale}/initiatives/${encodeURIComponent(initiative.slug)}`,
    };
  }

  const outcomes = await listPublishedOutcomes({ initiativeSlug: initiativeSlug ?? undefined, at, limit: FEED_SIZE, reader: locale });
  const xml = buildOutcomesAtom({
    id: feed.id,
    title: feed.title,
    subtitle: feed.subtitle,
    author: feed.author,
    selfUrl: `${origin}${feed.selfPath}`,
    alternateUrl: `${origin}${feed.alternatePath}`,
    language: locale,
    labels,
    now: at,
    outcomes: outcomes.map((o) => ({
      eventId: o.eventId,
      title: o.title,
      link: `${origin}/${locale}/events/${encodeURIComponent(o.slug)}`,
      initiativeName: o.initiativeName,
      revision: o.revision,
      statements: o.statements,
      note: o.note,
      jointlySigned: o.jointlySigned,
      unsignedReason: o.unsignedReason,
      firstPublishedAt: o.firstPublishedAt,
      publishedAt: o.publishedAt,
    })),
  });
  return { xml, gzipped: gzipSync(xml).toString("base64") };
}
