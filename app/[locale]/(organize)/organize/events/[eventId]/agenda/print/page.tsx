import { getLocale, getTranslations } from "next-intl/server";
import { AgendaDays } from "@/components/agenda/agenda-days";
import { ParticipantLines } from "@/components/agenda/participant-lines";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { PrintButton } from "@/components/ui/print-button";
import { Link } from "@/i18n/navigation";
import { loadOrganizerAgenda } from "@/lib/agenda/organizer-agenda";
import { loadOrganizerEvent } from "@/lib/events/load";
import { formatDayRange } from "@/lib/time/format";
import { AGENDA_TEXT_FIELDS, EVENT_TEXT_FIELDS } from "@/lib/content/fields";
import { ContentText } from "@/components/content/content-text";
import { localizeFields } from "@/lib/content/translations";
import { routing } from "@/i18n/routing";
import { canonicalTimeZone, isValidTimeZone, zonedLocalToInstant } from "@/lib/time/zoned";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/agenda/print">) {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("agendaForm");
  return { title: `${t("printTitle")} · ${event.title}` };
}

/**
 * The working draft as a programme on paper: everything the organizer sees, sized for A4, in any
 * of the event's working languages (`?lang=`; by default the page's, when the event works in it).
 */
export default async function PrintAgendaPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/agenda/print">) {
  const { eventId } = await params;
  const { zone2, lang } = await searchParams;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("agendaForm");
  const names = await getTranslations("languages");
  const pageLanguage = await getLocale();
  const locale = printLanguage(lang, pageLanguage, event.languages);
  const { items, participants } = await loadOrganizerAgenda(viewer, event, locale);
  const text = localizeFields(event, EVENT_TEXT_FIELDS, locale, event.languages);
  const programme = items.map((item) => localizeFields(item, AGENDA_TEXT_FIELDS, locale, event.languages));
  const secondZone = typeof zone2 === "string" && isValidTimeZone(zone2) ? canonicalTimeZone(zone2) : undefined;
  const query = (language: string) => `?${new URLSearchParams({ lang: language, ...(secondZone ? { zone2: secondZone } : {}) })}`;
  return (
    <article lang={locale} className="mx-auto max-w-3xl space-y-4 bg-white p-6 print:max-w-none print:p-0">
      <div lang={pageLanguage} className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/organize/events/${event.id}/agenda`} className="text-accent underline">
          {t("backToTimetable")}
        </Link>
        {event.languages.length > 1 && (
          <nav aria-label={t("printLanguage")}>
            <ul className="flex flex-wrap gap-2 text-sm">
              {event.languages.map((language) => (
                <li key={language}>
                  <Link
                    href={`/organize/events/${event.id}/agenda/print${query(language)}`}
                    aria-current={language === locale ? "page" : undefined}
                    className={`inline-block rounded border px-2 py-1 ${language === locale ? "border-accent bg-accent text-white" : "border-line hover:bg-paper"}`}
                  >
                    {names(language)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <PrintButton label={t("print")} />
      </div>
      <header>
        <p className="text-sm text-muted">{event.initiativeName}</p>
        <h1 className="text-2xl font-semibold">
          <ContentText text={text.title} shownIn={text.shownIn.title} />
        </h1>
        <p className="text-sm">
          {formatDayRange(event.firstDay, event.lastDay, locale)} · <ContentText text={text.venueName} shownIn={text.shownIn.venueName} />,{" "}
          <ContentText text={text.city} shownIn={text.shownIn.city} />, {event.country}
        </p>
        <TimeZoneNote
          locale={locale}
          zone={event.timeZone}
          at={zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? new Date()}
          secondZone={secondZone !== event.timeZone ? secondZone : undefined}
        />
      </header>
      <AgendaDays
        locale={locale}
        items={programme}
        zone={event.timeZone}
        secondZone={secondZone !== event.timeZone ? secondZone : undefined}
        showVisibility
        details={(item) => <ParticipantLines participants={participants.get(item.id)} locale={locale} />}
      />
    </article>
  );
}

/** The language asked for when the event works in it (and the interface has it), else the page's, else the event's first. */
function printLanguage(asked: string | string[] | undefined, page: string, languages: readonly string[]): string {
  const usable = (language: unknown): language is string =>
    typeof language === "string" && languages.includes(language) && (routing.locales as readonly string[]).includes(language);
  if (usable(asked)) return asked;
  if (usable(page)) return page;
  return languages[0] ?? page;
}
