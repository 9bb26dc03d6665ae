import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AgendaDays } from "@/components/agenda/agenda-days";
import { ChangeList } from "@/components/agenda/change-list";
import { ParticipantLines } from "@/components/agenda/participant-lines";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { listEventsForDelegate } from "@/lib/agenda/queries";
import { getReleasedAgenda } from "@/lib/agenda/releases";
import { requireDelegate } from "@/lib/auth/viewer";
import { formatDateTime, formatDayRange } from "@/lib/time/format";
import { zonedLocalToInstant } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("schedule");
  return { title: t("title") };
}

export default async function MySchedulePage() {
  const viewer = await requireDelegate();
  const events = await listEventsForDelegate(viewer);
  const agendas = await Promise.all(events.map((event) => getReleasedAgenda(event.id, "delegate")));
  const t = await getTranslations("schedule");
  const locale = await getLocale();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {events.length === 0 && <p className="text-muted">{t("noEvents")}</p>}
      {events.map((event, index) => {
        const agenda = agendas[index];
        return (
          <section key={event.id} aria-labelledby={`event-${event.id}`} className="space-y-3">
            <h2 id={`event-${event.id}`} className="text-xl font-semibold">
              {event.title}
            </h2>
            <p className="text-sm">
              {formatDayRange(event.firstDay, event.lastDay, locale)} · {event.venueName}, {event.city}
            </p>
            {!agenda ? (
              <p className="text-muted">{t("notReleased")}</p>
            ) : (
              <>
                <p className="text-sm text-muted">
                  {t("version", { version: agenda.version, date: formatDateTime(agenda.releasedAt, event.timeZone, locale) })}
                </p>
                {agenda.changes.length > 0 && (
                  <section aria-labelledby={`changes-${event.id}`} className="rounded border border-line bg-white p-3">
                    <h3 id={`changes-${event.id}`} className="font-semibold">
                      {t("changesIn", { version: agenda.version })}
                    </h3>
                    {agenda.note && <p className="text-sm">{agenda.note}</p>}
                    <ChangeList changes={agenda.changes} zone={event.timeZone} />
                  </section>
                )}
                <TimeZoneNote zone={event.timeZone} at={zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? new Date()} />
                <AgendaDays
                  items={agenda.items}
                  zone={event.timeZone}
                  headingLevel={3}
                  details={(item) => <ParticipantLines participants={agenda.participants.get(item.id)} />}
                />
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
