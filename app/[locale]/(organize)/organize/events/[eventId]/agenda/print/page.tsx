import { getLocale, getTranslations } from "next-intl/server";
import { AgendaDays } from "@/components/agenda/agenda-days";
import { ParticipantLines } from "@/components/agenda/participant-lines";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { PrintButton } from "@/components/ui/print-button";
import { Link } from "@/i18n/navigation";
import { loadOrganizerAgenda } from "@/lib/agenda/organizer-agenda";
import { loadOrganizerEvent } from "@/lib/events/load";
import { formatDayRange } from "@/lib/time/format";
import { canonicalTimeZone, isValidTimeZone, zonedLocalToInstant } from "@/lib/time/zoned";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/agenda/print">) {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("agendaForm");
  return { title: `${t("printTitle")} · ${event.title}` };
}

/** The working draft as a programme on paper: everything the organizer sees, sized for A4. */
export default async function PrintAgendaPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/agenda/print">) {
  const { eventId } = await params;
  const { zone2 } = await searchParams;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const { items, participants } = await loadOrganizerAgenda(viewer, event);
  const t = await getTranslations("agendaForm");
  const locale = await getLocale();
  const secondZone = typeof zone2 === "string" && isValidTimeZone(zone2) ? canonicalTimeZone(zone2) : undefined;
  return (
    <article className="mx-auto max-w-3xl space-y-4 bg-white p-6 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/organize/events/${event.id}/agenda`} className="text-accent underline">
          {t("backToTimetable")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <header>
        <p className="text-sm text-muted">{event.initiativeName}</p>
        <h1 className="text-2xl font-semibold">{event.title}</h1>
        <p className="text-sm">
          {formatDayRange(event.firstDay, event.lastDay, locale)} · {event.venueName}, {event.city}, {event.country}
        </p>
        <TimeZoneNote
          zone={event.timeZone}
          at={zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? new Date()}
          secondZone={secondZone !== event.timeZone ? secondZone : undefined}
        />
      </header>
      <AgendaDays
        items={items}
        zone={event.timeZone}
        secondZone={secondZone !== event.timeZone ? secondZone : undefined}
        showVisibility
        details={(item) => <ParticipantLines participants={participants.get(item.id)} />}
      />
    </article>
  );
}
