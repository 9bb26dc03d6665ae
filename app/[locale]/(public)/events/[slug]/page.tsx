import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { ContentText } from "@/components/content/content-text";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { DelegationSizes } from "@/components/events/delegation-sizes";
import { ProgrammeDayLinks, ProgrammeDaySessions, programmeDayHref } from "@/components/events/programme-day";
import { PublishedOutcome } from "@/components/events/published-outcome";
import { countDelegationsByParty } from "@/lib/delegations/queries";
import { getPublicEvent } from "@/lib/events/queries";
import { getPublishedOutcome } from "@/lib/outcomes/queries";
import { countPublicListedByParty } from "@/lib/public-event/participants";
import { EVENT_PAGE_SESSIONS, getPublicProgrammeDay } from "@/lib/public-event/programme";
import { scheduleExportPath } from "@/lib/public-event/schedule-paths";
import { formatDay, formatDayRange, formatDateTimeInZone } from "@/lib/time/format";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { countFinalRecords } from "@/lib/records/reading";
import { Link } from "@/i18n/navigation";
import { previewMetadata } from "@/lib/seo/preview";
import { NotFoundInPage, notFoundMetadata } from "@/components/layout/not-found-view";
import { languageAlternates } from "@/lib/seo/alternates";
import { MaterialLinks } from "@/components/materials/material-links";
import { listPublicMaterials } from "@/lib/materials/queries";

// A summary sized for an event of any size (issue #14): one day of the programme, counts and links for
// the long lists, each on cached pages of its own (programme/[day], participants, records).
// Served from the cache (lib/cache/public-pages.ts): rendered on the first visit, refreshed at once
// when something it shows is published or changed, and at the latest after this many seconds.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[slug]">): Promise<Metadata> {
  const { slug, locale } = await params;
  const event = await getPublicEvent(slug, locale);
  if (!event) return notFoundMetadata(locale);
  // Link previews (messengers, social networks, search engines) read these.
  const description = `${event.format} · ${event.city}, ${event.country}`;
  return {
    title: event.title,
    description,
    alternates: languageAlternates(locale, `/events/${encodeURIComponent(event.slug)}`),
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
  const event = await getPublicEvent(slug, locale);
  if (!event) return <NotFoundInPage />;
  const [programme, sizes, listed, outcome, recordCount, materials] = await Promise.all([
    // While the event runs the page opens on today (the cached copy is at most `revalidate` old).
    getPublicProgrammeDay(event, null, { size: EVENT_PAGE_SESSIONS, reader: locale }),
    countDelegationsByParty(event.id),
    countPublicListedByParty(event.id),
    getPublishedOutcome(event.id, undefined, locale),
    countFinalRecords([event.id], "public"),
    listPublicMaterials(event.id, locale),
  ]);
  const m = await getTranslations("materials");
  const t = await getTranslations("event");
  const pages = await getTranslations("eventPages");
  const reading = await getTranslations("recordReading");
  const status = await getTranslations("eventStatus");
  const languages = await getTranslations("languages");
  const listedTotal = [...listed.values()].reduce((sum, n) => sum + n, 0);
  const exportLanguage = event.languages.includes(locale) && locale !== event.languages[0] ? locale : undefined;
  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm text-muted">
          <Link href={`/initiatives/${event.initiativeSlug}`} className="underline-offset-4 hover:underline">
            {event.initiativeName}
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-semibold">
          <ContentText text={event.title} shownIn={event.shownIn.title} />
        </h1>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("dates")}</dt>
          <dd>{formatDayRange(event.firstDay, event.lastDay, locale)}</dd>
          <dt className="font-medium">{t("venue")}</dt>
          <dd>
            <ContentText text={event.venueName} shownIn={event.shownIn.venueName} />, <ContentText text={event.city} shownIn={event.shownIn.city} />,{" "}
            {event.country}
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
            <PublishedOutcome outcome={outcome} zone={event.timeZone} fullOutcomeHref={`/events/${event.slug}/outcome`} />
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
        {programme ? (
          <>
            <p className="text-sm text-muted">
              {t("agendaVersion", { version: programme.version, date: formatDateTimeInZone(programme.releasedAt, event.timeZone, locale) })}
            </p>
            <ProgrammeDayLinks slug={event.slug} programme={programme} />
            <ProgrammeDaySessions programme={programme} zone={event.timeZone} headingLevel={3} />
            {programme.day && programme.pages > 1 && (
              <p>
                <Link href={programmeDayHref(event.slug, programme.day)} className="text-accent underline">
                  {pages("allSessionsOfDay", { count: programme.total, day: formatDay(programme.day, locale) })}
                </Link>
              </p>
            )}
            {/* The same programme for schedule apps, in the reader's language where it is a working language. */}
            <p className="text-sm print:hidden">
              {pages("scheduleExportIntro")}{" "}
              <a href={scheduleExportPath(event.slug, "xml", exportLanguage)} type="application/xml" className="text-accent underline">
                {pages("scheduleXml")}
              </a>
              {" · "}
              <a href={scheduleExportPath(event.slug, "json", exportLanguage)} type="application/json" className="text-accent underline">
                {pages("scheduleJson")}
              </a>
            </p>
          </>
        ) : (
          <p className="text-muted">{t("agendaNotReleased")}</p>
        )}
      </section>

      {(materials.event.length > 0 || materials.items.length > 0) && (
        <section aria-labelledby="materials-heading" className="space-y-2">
          <h2 id="materials-heading" className="text-2xl font-semibold">
            {m("publicHeading")}
          </h2>
          {materials.event.length > 0 && (
            <>
              <h3 className="font-semibold">{m("eventWide")}</h3>
              <MaterialLinks materials={materials.event} label={m("eventWide")} />
            </>
          )}
          {materials.items.map((item) => (
            <div key={item.itemId}>
              <h3 className="font-semibold">
                <ContentText text={item.title} shownIn={item.titleShownIn} />
              </h3>
              <MaterialLinks materials={item.materials} label={m("materialsOf", { title: item.title })} />
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby="records-heading" className="space-y-2">
        <h2 id="records-heading" className="text-2xl font-semibold">
          {reading("title")}
        </h2>
        <p className={recordCount === 0 ? "text-muted" : undefined}>{pages("recordsSummary", { count: recordCount })}</p>
        {recordCount > 0 && (
          <p>
            <Link href={`/events/${event.slug}/records`} className="text-accent underline">
              {pages("readRecords")}
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="delegations-heading" className="space-y-3">
        <h2 id="delegations-heading" className="text-2xl font-semibold">
          {t("delegations")}
        </h2>
        <DelegationSizes sizes={sizes} listed={listed} />
        <p>
          {listedTotal > 0 ? (
            <Link href={`/events/${event.slug}/participants`} className="text-accent underline">
              {pages("seeParticipants", { count: listedTotal })}
            </Link>
          ) : (
            <span className="text-muted">{pages("noneListed")}</span>
          )}
        </p>
      </section>
    </article>
  );
}
