import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { listPublicEvents } from "@/lib/events/queries";
import { publicOrigin } from "@/lib/http/origin";
import { listPublishedOutcomes } from "@/lib/outcomes/public";

// Read at request time: the database is not there at build time, and an embargoed outcome must
// not show up here (its lastModified included) before its publication time.
export const dynamic = "force-dynamic";

/** Public pages for search engines: home, outcome search, initiatives, events (dated by their latest public outcome). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await publicOrigin();
  const [events, outcomes] = await Promise.all([listPublicEvents(), listPublishedOutcomes({ limit: 200 })]);
  const published = new Map(outcomes.map((o) => [o.slug, o.publishedAt]));
  const initiatives = [...new Set(outcomes.map((o) => o.initiativeSlug))];
  const url = (path: string) => `${origin}${path}`;
  return routing.locales.flatMap((locale) => [
    { url: url(`/${locale}`), changeFrequency: "daily" as const },
    { url: url(`/${locale}/outcomes`), changeFrequency: "daily" as const },
    ...initiatives.map((slug) => ({ url: url(`/${locale}/initiatives/${slug}`) })),
    ...events.map((event) => ({ url: url(`/${locale}/events/${event.slug}`), lastModified: published.get(event.slug) })),
  ]);
}
