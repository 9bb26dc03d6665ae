import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundInPage, notFoundMetadata } from "@/components/layout/not-found-view";
import { pageLocale } from "@/i18n/page-locale";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { EventSubpageHeader } from "@/components/events/event-subpage-header";
import { ProgrammeDayLinks, ProgrammeDaySessions, ProgrammeStartTimes, programmeDayHref } from "@/components/events/programme-day";
import { Pager } from "@/components/ui/pager";
import { getPublicEvent } from "@/lib/events/queries";
import { pageFromSegments } from "@/lib/pagination";
import { getPublicProgrammeDay, PROGRAMME_PAGE_SIZE } from "@/lib/public-event/programme";
import { isDaySegment } from "@/lib/public-event/programme-days";
import { formatDay } from "@/lib/time/format";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { languageAlternates, pageSuffix } from "@/lib/seo/alternates";

// One day of the released programme, its own cached page (lib/cache/public-pages.ts refreshes it
// with the event page), cut into pages of PROGRAMME_PAGE_SIZE sessions: …/programme/2026-02-14, …/2.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/events/[slug]/programme/[day]/[[...page]]">;

/** The event and the page of the day this address names, or null (no such event, day with sessions, or page). */
async function resolve(slug: string, day: string, segments: string[] | undefined, reader: string) {
  const page = pageFromSegments(segments);
  if (!isDaySegment(day) || page === null) return null;
  const event = await getPublicEvent(slug, reader);
  if (!event) return null;
  const programme = await getPublicProgrammeDay(event, day, { page, reader });
  // A day is one the programme has sessions on; a page one the day fills.
  if (!programme || !programme.days.some((d) => d.day === day) || programme.items.length === 0) return null;
  return { event, page, programme };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale, day, page: segments } = await params;
  const found = await resolve(slug, day, segments, locale);
  if (!found) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "eventPages" });
  return {
    title: `${t("dayPageTitle", { day: formatDay(day, locale) })} · ${found.event.title}`,
    alternates: languageAlternates(locale, `/events/${encodeURIComponent(found.event.slug)}/programme/${day}${pageSuffix(found.page)}`),
  };
}

export default async function ProgrammeDayPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, day, page: segments } = await params;
  const found = await resolve(slug, day, segments, locale);
  if (!found) return <NotFoundInPage />;
  const { event, page, programme } = found;
  const t = await getTranslations("eventPages");
  const from = (page - 1) * PROGRAMME_PAGE_SIZE + 1;
  return (
    <article className="space-y-4">
      <EventSubpageHeader event={event} title={t("dayPageTitle", { day: formatDay(day, locale) })}>
        <TimeZoneNote zone={event.timeZone} at={zonedLocalToInstant(day, "12:00", event.timeZone) ?? new Date()} />
      </EventSubpageHeader>
      <ProgrammeDayLinks slug={event.slug} programme={programme} />
      <ProgrammeStartTimes slug={event.slug} programme={programme} zone={event.timeZone} />
      {programme.pages > 1 && (
        <p className="text-sm text-muted">
          {t("sessionsShown", { from, to: from + programme.items.length - 1, total: programme.total })} {t("pageOf", { page, pages: programme.pages })}
        </p>
      )}
      <ProgrammeDaySessions programme={programme} zone={event.timeZone} headingLevel={2} />
      <Pager base={programmeDayHref(event.slug, day)} page={page} pages={programme.pages} />
    </article>
  );
}
