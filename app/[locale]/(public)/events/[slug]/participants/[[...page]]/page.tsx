import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundInPage, notFoundMetadata } from "@/components/layout/not-found-view";
import { pageLocale } from "@/i18n/page-locale";
import { EventSubpageHeader } from "@/components/events/event-subpage-header";
import { ParticipantsList } from "@/components/events/participants-list";
import { Pager } from "@/components/ui/pager";
import { getPublicEvent } from "@/lib/events/queries";
import { pageFromSegments } from "@/lib/pagination";
import { listPublicParticipantsPage } from "@/lib/public-event/participants";
import { languageAlternates, pageSuffix } from "@/lib/seo/alternates";

// The people listed publicly (consent "public" only), split off the event page and cut into pages
// (…/participants, …/participants/2); cached and refreshed with it (lib/cache/public-pages.ts).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/events/[slug]/participants/[[...page]]">;

/** The event and the page of the list this address names, or null (an unknown event, or a page past the end). */
async function resolve(slug: string, segments: string[] | undefined, reader: string) {
  const page = pageFromSegments(segments);
  if (page === null) return null;
  const event = await getPublicEvent(slug, reader);
  if (!event) return null;
  const list = await listPublicParticipantsPage(event.id, page);
  return page > list.pages ? null : { event, page, list };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale, page: segments } = await params;
  const found = await resolve(slug, segments, locale);
  if (!found) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "eventPages" });
  return {
    title: `${t("participantsTitle")} · ${found.event.title}`,
    alternates: languageAlternates(locale, `/events/${encodeURIComponent(found.event.slug)}/participants${pageSuffix(found.page)}`),
  };
}

export default async function PublicParticipantsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, page: segments } = await params;
  const found = await resolve(slug, segments, locale);
  if (!found) return <NotFoundInPage />;
  const { event, page, list } = found;
  const t = await getTranslations("eventPages");
  return (
    <article className="space-y-4">
      <EventSubpageHeader event={event} title={t("participantsTitle")}>
        <p className="text-sm text-muted">
          {t("participantsIntro", { total: list.total })}
          {list.pages > 1 && <> {t("pageOf", { page, pages: list.pages })}</>}
        </p>
      </EventSubpageHeader>
      {list.rows.length === 0 ? <p className="text-muted">{t("noneListed")}</p> : <ParticipantsList participants={list.rows} />}
      <Pager base={`/events/${event.slug}/participants`} page={page} pages={list.pages} />
    </article>
  );
}
