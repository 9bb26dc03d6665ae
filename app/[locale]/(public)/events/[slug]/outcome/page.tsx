import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { PublishedOutcome } from "@/components/events/published-outcome";
import { PrintButton } from "@/components/ui/print-button";
import { Link } from "@/i18n/navigation";
import { NotFoundInPage, notFoundMetadata } from "@/components/layout/not-found-view";
import { getPublicEvent } from "@/lib/events/queries";
import { getPublishedOutcome } from "@/lib/outcomes/queries";
import { languageAlternates } from "@/lib/seo/alternates";

// Served from the cache (lib/cache/public-pages.ts): rendered on the first visit, refreshed at once
// when something it shows is published or changed, and at the latest after this many seconds.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[slug]/outcome">): Promise<Metadata> {
  const { slug, locale } = await params;
  const event = await getPublicEvent(slug, locale);
  if (!event || !(await getPublishedOutcome(event.id))) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "event" });
  return { title: `${t("outcome")} · ${event.title}`, alternates: languageAlternates(locale, `/events/${encodeURIComponent(event.slug)}/outcome`) };
}

/** The published outcome alone, laid out for paper or "save as PDF": what the press takes away. */
export default async function PrintableOutcomePage({ params }: PageProps<"/[locale]/events/[slug]/outcome">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const event = await getPublicEvent(slug, locale);
  if (!event) return <NotFoundInPage />;
  const outcome = await getPublishedOutcome(event.id, undefined, locale);
  if (!outcome) return <NotFoundInPage />;
  const t = await getTranslations("event");
  return (
    <article className="mx-auto max-w-4xl space-y-4 bg-white p-6 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/events/${event.slug}`} className="text-accent underline">
          {t("backToEvent", { title: event.title })}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <header>
        <p className="text-sm text-muted">{event.initiativeName}</p>
        <h1 className="text-2xl font-semibold">{t("outcomeOf", { title: event.title })}</h1>
        <p className="text-sm">
          {event.venueName}, {event.city}, {event.country}
        </p>
      </header>
      <PublishedOutcome outcome={outcome} zone={event.timeZone} recommendationsHref={`/events/${event.slug}/outcome/recommendations`} />
    </article>
  );
}
