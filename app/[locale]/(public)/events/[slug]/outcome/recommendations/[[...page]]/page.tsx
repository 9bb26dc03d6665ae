import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundInPage, notFoundMetadata } from "@/components/layout/not-found-view";
import { EventSubpageHeader } from "@/components/events/event-subpage-header";
import { Pager } from "@/components/ui/pager";
import { ContentText } from "@/components/content/content-text";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getPublicEvent } from "@/lib/events/queries";
import { getPublishedOutcome } from "@/lib/outcomes/queries";
import { pageFromSegments } from "@/lib/pagination";
import { recommendationsPage } from "@/lib/public-event/recommendations";
import { themeLabel, type RecommendationThemeKey } from "@/lib/records/themes";
import { languageAlternates, pageSuffix } from "@/lib/seo/alternates";

// The adopted recommendations of a published outcome, split off the outcome page and cut into
// pages (…/outcome/recommendations, …/2); cached and refreshed with it (lib/cache/public-pages.ts).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/events/[slug]/outcome/recommendations/[[...page]]">;

/** The event, its published outcome and the page of the list this address names, or null (not public, or past the end). */
async function resolve(slug: string, segments: string[] | undefined, reader: string) {
  const page = pageFromSegments(segments);
  if (page === null) return null;
  const event = await getPublicEvent(slug, reader);
  if (!event) return null;
  const outcome = await getPublishedOutcome(event.id, undefined, reader);
  if (!outcome) return null;
  const list = recommendationsPage(outcome.recommendations, page);
  return page > list.pages ? null : { event, page, list };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale, page: segments } = await params;
  const found = await resolve(slug, segments, locale);
  if (!found) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "event" });
  return {
    title: `${t("adoptedRecommendations")} · ${found.event.title}`,
    alternates: languageAlternates(locale, `/events/${encodeURIComponent(found.event.slug)}/outcome/recommendations${pageSuffix(found.page)}`),
  };
}

export default async function AdoptedRecommendationsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, page: segments } = await params;
  const found = await resolve(slug, segments, locale);
  if (!found) return <NotFoundInPage />;
  const { event, page, list } = found;
  const t = await getTranslations("event");
  const pages = await getTranslations("eventPages");
  const themes = await getTranslations("themes");
  const shown = list.groups.reduce((sum, group) => sum + group.texts.length, 0);
  return (
    <article className="space-y-4">
      <EventSubpageHeader event={event} title={t("adoptedRecommendations")}>
        <p className="text-sm">
          <Link href={`/events/${event.slug}/outcome`} className="text-accent underline">
            {pages("backToOutcome", { title: event.title })}
          </Link>
        </p>
        <p className="text-sm text-muted">
          {pages("adoptedSummary", { count: list.total })}
          {list.pages > 1 && (
            <>
              {" · "}
              {pages("recommendationsShown", { from: list.from, to: list.from + shown - 1, total: list.total })} {pages("pageOf", { page, pages: list.pages })}
            </>
          )}
        </p>
      </EventSubpageHeader>
      <section aria-label={t("adoptedRecommendations")} className="space-y-3">
        {list.groups.map(({ theme, texts, shownIn }) => (
          <div key={theme}>
            <h2 className="font-medium">{themeLabel(theme, (key: RecommendationThemeKey) => themes(key))}</h2>
            <ul className="list-disc pl-6">
              {texts.map((text, i) => (
                <li key={i}>
                  <ContentText text={text} shownIn={shownIn?.[i]} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <Pager base={`/events/${event.slug}/outcome/recommendations`} page={page} pages={list.pages} />
    </article>
  );
}
