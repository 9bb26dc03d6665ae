import type { Metadata } from "next";
import { ContentText } from "@/components/content/content-text";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { NotFoundInPage, notFoundMetadata } from "@/components/layout/not-found-view";
import { initiativeFeedPath } from "@/lib/outcomes/feed-paths";
import { getPublicInitiative } from "@/lib/outcomes/public";
import { excerpt } from "@/lib/outcomes/search-text";
import { formatDateTime, formatDayRange } from "@/lib/time/format";
import { previewMetadata } from "@/lib/seo/preview";
import { languageAlternates } from "@/lib/seo/alternates";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** "Armenia and Azerbaijan": the parties as the page's language joins a list (already in name order). */
function partyList(parties: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(parties);
}

// Served from the cache (lib/cache/public-pages.ts): rendered on the first visit, refreshed at once
// when something it shows is published or changed, and at the latest after this many seconds.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const initiative = await getPublicInitiative(slug, undefined, locale);
  if (!initiative) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "publicInitiative" });
  const url = `/${locale}/initiatives/${encodeURIComponent(initiative.slug)}`;
  const description = initiative.description.trim()
    ? excerpt(initiative.description, "", 200).before
    : t("description", { name: initiative.name, parties: partyList(initiative.parties, locale) });
  return {
    title: initiative.name,
    description,
    alternates: {
      ...languageAlternates(locale, `/initiatives/${encodeURIComponent(initiative.slug)}`),
      types: { "application/atom+xml": [{ url: initiativeFeedPath(initiative.slug, locale), title: t("feedTitle", { name: initiative.name }) }] },
    },
    ...previewMetadata({ title: initiative.name, description, url, siteName: (await getTranslations({ locale, namespace: "site" }))("name") }),
  };
}

/** An initiative's public page: its parties as equals, and the archive of its public events with their outcomes. */
export default async function PublicInitiativePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const initiative = await getPublicInitiative(slug, undefined, locale);
  if (!initiative) return <NotFoundInPage />;
  const t = await getTranslations("publicInitiative");
  const outcomeText = await getTranslations("publicOutcome");
  const status = await getTranslations("eventStatus");
  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-3xl font-semibold break-words">{initiative.name}</h1>
        {initiative.description.trim() && <div className="mt-3 max-w-3xl space-y-3 whitespace-pre-line leading-relaxed">{initiative.description}</div>}
        <p className="mt-4">
          {/* A plain <a>: the feed is outside the locale prefix and is not a page. */}
          <a href={initiativeFeedPath(initiative.slug, locale)} type="application/atom+xml" className="text-accent underline underline-offset-4">
            {t("feed")}
          </a>
        </p>
      </header>

      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading" className="text-2xl font-semibold">
          {t("parties")}
        </h2>
        <p className="text-sm text-muted">{t("partiesHint")}</p>
        {/* Side by side and alike: no party is styled or placed as the first one. */}
        <ul className="mt-2 flex flex-wrap gap-2">
          {initiative.parties.map((party) => (
            <li key={party} className="rounded border border-line bg-white px-3 py-1">
              {party}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="text-2xl font-semibold">
          {t("events")}
        </h2>
        {/* Never empty: an initiative with no public event has no public page. */}
        <ul className="mt-3 grid gap-3">
          {initiative.events.map((event) => (
            <li key={event.slug} className="rounded border border-line bg-white p-4">
              <h3 className="text-lg font-semibold break-words">
                <Link href={`/events/${event.slug}`} className="text-accent underline-offset-4 hover:underline">
                  <ContentText text={event.title} shownIn={event.shownIn.title} />
                </Link>
              </h3>
              <p className="text-sm text-muted">
                {event.format} · {status(event.status)}
              </p>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="font-medium">{t("dates")}</dt>
                <dd>{formatDayRange(event.firstDay, event.lastDay, locale)}</dd>
                <dt className="font-medium">{t("place")}</dt>
                <dd>
                  <ContentText text={event.city} shownIn={event.shownIn.city} />, {event.country}
                </dd>
                <dt className="font-medium">{t("outcome")}</dt>
                <dd>
                  {event.outcome ? (
                    event.outcome.revision > 1 ? (
                      t("outcomeCorrected", {
                        date: formatDateTime(event.outcome.firstPublishedAt, event.timeZone, locale),
                        corrected: formatDateTime(event.outcome.publishedAt, event.timeZone, locale),
                        zone: event.timeZone,
                      })
                    ) : (
                      <time dateTime={event.outcome.firstPublishedAt.toISOString()}>
                        {t("outcomePublished", { date: formatDateTime(event.outcome.firstPublishedAt, event.timeZone, locale), zone: event.timeZone })}
                      </time>
                    )
                  ) : (
                    <span className="text-muted">{t("noOutcome")}</span>
                  )}
                  {event.outcome && !event.outcome.jointlySigned && <span className="block font-medium text-warn">{outcomeText("notJointlySigned")}</span>}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      </section>

      <p>
        <Link href="/outcomes" className="text-accent underline underline-offset-4">
          {t("allOutcomes")}
        </Link>
      </p>
    </article>
  );
}
