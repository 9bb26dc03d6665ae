import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundInPage, notFoundMetadata } from "@/components/layout/not-found-view";
import { pageLocale } from "@/i18n/page-locale";
import { EventSubpageHeader } from "@/components/events/event-subpage-header";
import { FinalRecordView } from "@/components/records/final-record";
import { Pager } from "@/components/ui/pager";
import { getPublicEvent } from "@/lib/events/queries";
import { pageFromSegments } from "@/lib/pagination";
import { listPublicRecordsPage } from "@/lib/public-event/records";
import { languageAlternates, pageSuffix } from "@/lib/seo/alternates";

// The final records of an event's sessions, split off the event page and cut into pages
// (…/records, …/records/2); cached and refreshed with it (lib/cache/public-pages.ts).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/events/[slug]/records/[[...page]]">;

/** The event and the page of the list this address names, or null (an unknown event, or a page past the end). */
async function resolve(slug: string, segments: string[] | undefined, reader: string) {
  const page = pageFromSegments(segments);
  if (page === null) return null;
  const event = await getPublicEvent(slug, reader);
  if (!event) return null;
  const list = await listPublicRecordsPage(event.id, page, undefined, reader);
  return page > list.pages ? null : { event, page, list };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale, page: segments } = await params;
  const found = await resolve(slug, segments, locale);
  if (!found) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "recordReading" });
  return {
    title: `${t("title")} · ${found.event.title}`,
    alternates: languageAlternates(locale, `/events/${encodeURIComponent(found.event.slug)}/records${pageSuffix(found.page)}`),
  };
}

export default async function PublicRecordsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, page: segments } = await params;
  const found = await resolve(slug, segments, locale);
  if (!found) return <NotFoundInPage />;
  const { event, page, list } = found;
  const reading = await getTranslations("recordReading");
  const t = await getTranslations("eventPages");
  return (
    <article className="space-y-4">
      <EventSubpageHeader event={event} title={reading("title")}>
        {list.pages > 1 && <p className="text-sm text-muted">{t("pageOf", { page, pages: list.pages })}</p>}
      </EventSubpageHeader>
      <section aria-label={reading("title")} className="space-y-3">
        {list.rows.length === 0 ? (
          <p className="text-muted">{reading("none")}</p>
        ) : (
          list.rows.map((record) => <FinalRecordView key={record.recordId} record={record} zone={event.timeZone} audience="public" />)
        )}
      </section>
      <Pager base={`/events/${event.slug}/records`} page={page} pages={list.pages} />
    </article>
  );
}
