import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangeList } from "@/components/agenda/change-list";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ScheduleEntry } from "@/components/schedule/schedule-entry";
import { getReleasedAgenda } from "@/lib/agenda/releases";
import { requireDelegate } from "@/lib/auth/viewer";
import { entryIcsPath } from "@/lib/calendar/paths";
import { nowAndNext, orderDays } from "@/lib/schedule/day-order";
import { getPersonalSchedule } from "@/lib/schedule/personal";
import { markReleaseSeen } from "@/lib/schedule/seen";
import { formatDateTime, formatDay, formatDayRange, formatShortDay } from "@/lib/time/format";
import { eventDays, instantToZonedParts, zonedLocalToInstant } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("schedule");
  return { title: t("title") };
}

/**
 * A delegate's own schedule, phone first: today at the top, what is on now and next, their own
 * roles and border crossings, and what changed since they last looked. Server-rendered; the only
 * script is the small device-time note.
 */
export default async function MySchedulePage() {
  const viewer = await requireDelegate();
  const events = await getPersonalSchedule(viewer.personIds);
  const t = await getTranslations("schedule");
  const mine = await getTranslations("mySchedule");
  const locale = await getLocale();
  const now = new Date();
  const agendas = await Promise.all(events.map((event) => (event.releaseVersion ? getReleasedAgenda(event.id, "delegate") : null)));

  const page = (
    <div className="mx-auto max-w-2xl space-y-10">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {events.length === 0 && <p className="text-muted">{t("noEvents")}</p>}
      {events.map((event, index) => {
        const agenda = agendas[index];
        const today = instantToZonedParts(now, event.timeZone).date;
        const days = orderDays(eventDays(event.firstDay, event.lastDay), today);
        const byDay = new Map(days.map((day) => [day, event.entries.filter((e) => instantToZonedParts(e.startsAt, event.timeZone).date === day)]));
        const { now: running, next } = nowAndNext(event.entries, now);
        const changed = event.entries.filter((e) => e.changedSince).length;
        return (
          <section key={event.id} aria-labelledby={`event-${event.id}`} className="space-y-4">
            <header>
              <h2 id={`event-${event.id}`} className="text-xl font-semibold">
                {event.title}
              </h2>
              <p className="text-sm">
                {formatDayRange(event.firstDay, event.lastDay, locale)} · {event.venueName}, {event.city}
              </p>
            </header>
            {!event.releaseVersion ? (
              <p className="text-muted">{t("notReleased")}</p>
            ) : (
              <p className="text-sm text-muted">
                {t("version", { version: event.releaseVersion, date: agenda ? formatDateTime(agenda.releasedAt, event.timeZone, locale) : "" })}
              </p>
            )}
            {changed > 0 && (
              <p role="status" className="rounded border border-warn bg-white p-3 text-sm font-medium text-warn">
                {mine("changedSinceLastLook", { count: changed })}
              </p>
            )}
            {agenda && agenda.changes.length > 0 && (
              // Folded on a phone once seen; open while it holds something this delegate has not seen.
              <section aria-labelledby={`changes-${event.id}`}>
                <details open={changed > 0} className="rounded border border-line bg-white p-3">
                  <summary className="cursor-pointer">
                    <h3 id={`changes-${event.id}`} className="inline font-semibold">
                      {t("changesIn", { version: agenda.version })}
                    </h3>
                  </summary>
                  {agenda.note && <p className="mt-1 text-sm">{agenda.note}</p>}
                  <ChangeList changes={agenda.changes} zone={event.timeZone} />
                </details>
              </section>
            )}
            <TimeZoneNote zone={event.timeZone} at={zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? now} />
            {event.entries.length > 0 && (
              <nav aria-label={mine("days", { event: event.title })} className="flex flex-wrap gap-2 text-sm">
                {days.map((day) => (
                  <a key={day} href={`#day-${event.id}-${day}`} className="rounded border border-line bg-white px-3 py-1 hover:bg-paper">
                    {day === today ? mine("today") : formatShortDay(day, locale)}
                  </a>
                ))}
              </nav>
            )}
            {days.map((day) => {
              const entries = byDay.get(day) ?? [];
              if (entries.length === 0) return null;
              return (
                <section key={day} id={`day-${event.id}-${day}`} aria-labelledby={`day-heading-${event.id}-${day}`} className="scroll-mt-4 space-y-2">
                  <h3 id={`day-heading-${event.id}-${day}`} className="text-lg font-semibold">
                    {day === today ? `${mine("today")} · ${formatDay(day, locale)}` : formatDay(day, locale)}
                  </h3>
                  {entries.map((entry) => (
                    <ScheduleEntry
                      key={entry.uid}
                      entry={entry}
                      zone={event.timeZone}
                      isNow={running.has(entry.uid)}
                      isNext={next === entry.uid}
                      icsHref={entryIcsPath(locale, entry.uid)}
                    />
                  ))}
                </section>
              );
            })}
          </section>
        );
      })}
    </div>
  );
  // Seen now: the next visit marks only what changes after this release.
  await Promise.all(events.map((event) => (event.releaseVersion ? markReleaseSeen(viewer, event.memberId, event.releaseVersion) : null)));
  return <ClientMessages namespaces={["mySchedule"]}>{page}</ClientMessages>;
}
