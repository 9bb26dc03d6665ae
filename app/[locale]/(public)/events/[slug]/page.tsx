import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { AgendaDays } from "@/components/agenda/agenda-days";
import { ParticipantLines } from "@/components/agenda/participant-lines";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { PublishedOutcome } from "@/components/events/published-outcome";
import { PublicDelegations } from "@/components/events/public-delegations";
import { getReleasedAgenda } from "@/lib/agenda/releases";
import { countDelegationsByParty, listPublicDelegates } from "@/lib/delegations/queries";
import { getPublicEvent } from "@/lib/events/queries";
import { getPublishedOutcome } from "@/lib/outcomes/queries";
import { formatDateTime, formatDayRange } from "@/lib/time/format";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { FinalRecordView } from "@/components/records/final-record";
import { listFinalRecords } from "@/lib/records/reading";
import { Link } from "@/i18n/navigation";
import { previewMetadata } from "@/lib/seo/preview";
import { NotFoundInPage, notFoundMetadata } from "@/components/layout/not-found-view";

// Served from the cache (lib/cache/public-pages.ts): rendered on the first visit, refreshed at once
// when something it shows is published or changed, and at the latest after this many seconds.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[slug]">): Promise<Metadata> {
  const { slug, locale } = await params;
  const event = await getPublicEvent(slug);
  if (!event) return notFoundMetadata(locale);
  // Link previews (messengers, social networks, search engines) read these.
  const description = `${event.format} · ${event.city}, ${event.country}`;
  return {
    title: event.title,
    description,
    ...previewMetadata({
      title: event.title,
      description,
      type: "article",
      url: `/${locale}/events/${event.slug}`,
      siteName: (await getTranslations({ locale, namespace: "site" }))("name"),
    }),
  };
}

export default async function PublicEventPage({ params }: PageProps<"/[locale]/events/[slug]">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const event = await getPublicEvent(slug);
  if (!event) return <NotFoundInPage />;
  const [agenda, delegates, sizes, outcome, finalRecords] = await Promise.all([
    getReleasedAgenda(event.id, "public"),
    listPublicDelegates(event.id),
    countDelegationsByParty(event.id),
    getPublishedOutcome(event.id),
    listFinalRecords([event.id], "public"),
  ]);
  const t = await getTranslations("event");
  const reading = await getTranslations("recordReading");
  const status = await getTranslations("eventStatus");
  const languages = await getTranslations("languages");
  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm text-muted">
          <Link href={`/initiatives/${event.initiativeSlug}`} className="underline-offset-4 hover:underline">
            {event.initiativeName}
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-semibold">{event.title}</h1>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("dates")}</dt>
          <dd>{formatDayRange(event.firstDay, event.lastDay, locale)}</dd>
          <dt className="font-medium">{t("venue")}</dt>
          <dd>
            {event.venueName}, {event.city}, {event.country}
          </dd>
          <dt className="font-medium">{t("format")}</dt>
          <dd>{event.format}</dd>
          <dt className="font-medium">{t("host")}</dt>
          <dd>{event.hostPartyName}</dd>
          <dt className="font-medium">{t("languages")}</dt>
          <dd>{event.languages.map((l) => languages(l)).join(", ")}</dd>
          <dt className="font-medium">{t("status")}</dt>
          <dd>{status(event.status)}</dd>
        </dl>
      </header>

      <section aria-labelledby="outcome-heading">
        <h2 id="outcome-heading" className="text-2xl font-semibold">
          {t("outcome")}
        </h2>
        {outcome ? (
          <>
            <PublishedOutcome outcome={outcome} zone={event.timeZone} />
            <p className="mt-2 text-sm print:hidden">
              <Link href={`/events/${event.slug}/outcome`} className="text-accent underline">
                {t("printOutcome")}
              </Link>
            </p>
          </>
        ) : (
          <p className="mt-2 text-muted">{t("noOutcome")}</p>
        )}
      </section>

      <section aria-labelledby="agenda-heading" className="space-y-3">
        <h2 id="agenda-heading" className="text-2xl font-semibold">
          {t("agenda")}
        </h2>
        <TimeZoneNote zone={event.timeZone} at={zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? new Date()} />
        {agenda ? (
          <>
            <p className="text-sm text-muted">
              {t("agendaVersion", { version: agenda.version, date: formatDateTime(agenda.releasedAt, event.timeZone, locale) })}
            </p>
            <AgendaDays
              items={agenda.items}
              zone={event.timeZone}
              headingLevel={3}
              details={(item) => <ParticipantLines participants={agenda.participants.get(item.id)} />}
            />
          </>
        ) : (
          <p className="text-muted">{t("agendaNotReleased")}</p>
        )}
      </section>

      <section aria-labelledby="records-heading" className="space-y-3">
        <h2 id="records-heading" className="text-2xl font-semibold">
          {reading("title")}
        </h2>
        {finalRecords.length === 0 ? (
          <p className="text-muted">{reading("none")}</p>
        ) : (
          finalRecords.map((record) => <FinalRecordView key={record.recordId} record={record} zone={event.timeZone} audience="public" />)
        )}
      </section>

      <section aria-labelledby="delegations-heading">
        <h2 id="delegations-heading" className="text-2xl font-semibold">
          {t("delegations")}
        </h2>
        <PublicDelegations sizes={sizes} delegates={delegates} />
      </section>
    </article>
  );
}
