import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { PublishedOutcomeItem } from "@/components/outcomes/published-outcome-item";
import { Link } from "@/i18n/navigation";
import { outcomesFeedPath } from "@/lib/outcomes/feed-paths";
import { listPublishedOutcomes } from "@/lib/outcomes/public";
import { normalizeQuery } from "@/lib/outcomes/search-text";
import { previewMetadata } from "@/lib/seo/preview";
import { languageAlternates } from "@/lib/seo/alternates";

// Per search text, so rendered per request (the reads are cheap; the result pages are not cached).
export const dynamic = "force-dynamic";

/** How many results the page shows; the search narrows them down. */
const PAGE_SIZE = 50;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "publicOutcomes" });
  const url = `/${locale}/outcomes`;
  const title = t("title");
  const description = t("description");
  return {
    title,
    description,
    alternates: {
      ...languageAlternates(locale, "/outcomes"),
      types: { "application/atom+xml": [{ url: outcomesFeedPath(locale), title: t("feedTitle") }] },
    },
    ...previewMetadata({ title, description, url, siteName: (await getTranslations({ locale, namespace: "site" }))("name") }),
  };
}

/** Search across published outcomes; with no search text, the latest outcomes. */
export default async function OutcomesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = normalizeQuery((await searchParams).q);
  const t = await getTranslations("publicOutcomes");
  const outcomes = await listPublishedOutcomes({ query, limit: PAGE_SIZE, reader: locale });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2 max-w-2xl text-muted">{t("description")}</p>
      </div>

      <form role="search" method="get" className="max-w-2xl">
        <label htmlFor="outcome-search" className="block font-medium">
          {t("searchLabel")}
        </label>
        <p id="outcome-search-hint" className="text-sm text-muted">
          {t("searchHint")}
        </p>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id="outcome-search"
            type="search"
            name="q"
            defaultValue={query}
            maxLength={200}
            aria-describedby="outcome-search-hint"
            className="block min-w-0 flex-1 basis-56 rounded border border-line bg-white px-3 py-2 text-base"
          />
          <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong">
            {t("submit")}
          </button>
        </div>
      </form>

      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading" className="text-xl font-semibold">
          {query ? t("results") : t("latest")}
        </h2>
        {query && outcomes.length > 0 && <p className="mt-2 text-sm">{t("resultCount", { count: outcomes.length, query })}</p>}
        {outcomes.length === 0 ? (
          <p className="mt-2 text-muted">{query ? t("noResults", { query }) : t("none")}</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {outcomes.map((outcome) => (
              <PublishedOutcomeItem key={outcome.eventId} outcome={outcome} query={query} />
            ))}
          </ul>
        )}
        {outcomes.length === PAGE_SIZE && <p className="mt-3 text-sm text-muted">{t("more", { count: PAGE_SIZE })}</p>}
        {query && (
          <p className="mt-3">
            <Link href="/outcomes" className="text-accent underline underline-offset-4">
              {t("clear")}
            </Link>
          </p>
        )}
      </section>

      <p>
        {/* A plain <a>: the feed is outside the locale prefix and is not a page. */}
        <a href={outcomesFeedPath(locale)} type="application/atom+xml" className="text-accent underline underline-offset-4">
          {t("feed")}
        </a>
      </p>
    </div>
  );
}
