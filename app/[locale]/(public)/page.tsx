import type { Metadata } from "next";
import { ContentText } from "@/components/content/content-text";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { PublishedOutcomeItem } from "@/components/outcomes/published-outcome-item";
import { Link } from "@/i18n/navigation";
import { listPublicEvents } from "@/lib/events/queries";
import { outcomesFeedPath } from "@/lib/outcomes/feed-paths";
import { listPublishedOutcomes } from "@/lib/outcomes/public";
import { formatDayRange } from "@/lib/time/format";
import { languageAlternates } from "@/lib/seo/alternates";

// Served from the cache (lib/cache/public-pages.ts): rendered on the first visit, refreshed at once
// when something it shows is published or changed, and at the latest after this many seconds.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "publicHome" });
  return {
    alternates: { ...languageAlternates(locale, "/"), types: { "application/atom+xml": [{ url: outcomesFeedPath(locale), title: t("feedTitle") }] } },
  };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("home");
  const site = await getTranslations("publicHome");
  const status = await getTranslations("eventStatus");
  const [events, outcomes] = await Promise.all([listPublicEvents(locale), listPublishedOutcomes({ limit: 5, reader: locale })]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2 max-w-2xl text-muted">{t("intro")}</p>
      </div>
      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading" className="text-xl font-semibold">
          {site("latestOutcomes")}
        </h2>
        {outcomes.length === 0 ? (
          <p className="mt-2 text-muted">{site("noOutcomes")}</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {outcomes.map((outcome) => (
              <PublishedOutcomeItem key={outcome.eventId} outcome={outcome} />
            ))}
          </ul>
        )}
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/outcomes" className="text-accent underline underline-offset-4">
            {site("searchOutcomes")}
          </Link>
          {/* A plain <a>: the feed is outside the locale prefix and is not a page. */}
          <a href={outcomesFeedPath(locale)} type="application/atom+xml" className="text-accent underline underline-offset-4">
            {site("feed")}
          </a>
        </p>
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="text-xl font-semibold">
          {t("events")}
        </h2>
        {events.length === 0 ? (
          <p className="mt-2 text-muted">{t("noEvents")}</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {events.map((event) => (
              <li key={event.slug} className="rounded border border-line bg-white p-4">
                <p className="text-sm text-muted">{event.initiativeName}</p>
                <h3 className="mt-1 text-lg font-semibold">
                  <Link href={`/events/${event.slug}`} className="text-accent underline-offset-4 hover:underline">
                    <ContentText text={event.title} shownIn={event.shownIn.title} />
                  </Link>
                </h3>
                <p className="text-sm">
                  {formatDayRange(event.firstDay, event.lastDay, locale)} · <ContentText text={event.city} shownIn={event.shownIn.city} />, {event.country}
                </p>
                <p className="mt-1 text-sm text-muted">{status(event.status)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
