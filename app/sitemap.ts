import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { publicOrigin } from "@/lib/http/origin";
import { listPublishedOutcomes } from "@/lib/outcomes/public";
import { listSitemapEvents, publicEventPaths } from "@/lib/public-event/sitemap";
import { languageAlternates, localizedPath } from "@/lib/seo/alternates";

// Read at request time: the database is not there at build time, and an embargoed outcome must
// not show up here (its lastModified included) before its publication time.
export const dynamic = "force-dynamic";

/**
 * Public pages for search engines: home, outcome search, initiatives, and each public event's pages
 * (lib/public-event/sitemap.ts: the event page, dated by its latest public outcome, the outcome
 * itself once published, and every page of its programme days, participants and records).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await publicOrigin();
  const [events, outcomes] = await Promise.all([listSitemapEvents(), listPublishedOutcomes({ limit: 200 })]);
  const published = new Map(outcomes.map((o) => [o.slug, o.publishedAt]));
  const initiatives = [...new Set(outcomes.map((o) => o.initiativeSlug))];
  const eventPaths = await Promise.all(events.map(async (event) => ({ event, paths: await publicEventPaths(event) })));
  const url = (path: string) => `${origin}${path}`;
  // The event page and its outcome change with a publication; the lists have no date of their own.
  const dated = (path: string, slug: string) => path === `/events/${slug}` || path === `/events/${slug}/outcome`;
  const pages: { path: string; lastModified?: Date; changeFrequency?: "daily" }[] = [
    { path: "/", changeFrequency: "daily" },
    { path: "/outcomes", changeFrequency: "daily" },
    ...initiatives.map((slug) => ({ path: `/initiatives/${slug}` })),
    ...eventPaths.flatMap(({ event, paths }) => paths.map((path) => ({ path, lastModified: dated(path, event.slug) ? published.get(event.slug) : undefined }))),
  ];
  // Each page once per language, each naming its three other languages (hreflang) as the page does.
  return routing.locales.flatMap((locale) =>
    pages.map(({ path, ...rest }) => {
      const { languages } = languageAlternates(locale, path);
      return {
        url: url(localizedPath(locale, path)),
        ...rest,
        alternates: { languages: Object.fromEntries(Object.entries(languages).map(([language, href]) => [language, url(href)])) },
      };
    }),
  );
}
