import { getLocale, getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content/content-text";
import { ChangeList } from "@/components/agenda/change-list";
import { CheckInCode } from "@/components/check-in/check-in-code";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ScheduleDayNav } from "@/components/schedule/schedule-day-nav";
import { ScheduleEntry } from "@/components/schedule/schedule-entry";
import { Link } from "@/i18n/navigation";
import type { DelegateViewer } from "@/lib/auth/viewer";
import { MaterialLinks } from "@/components/materials/material-links";
import { listMaterialsForDelegate } from "@/lib/materials/queries";
import { FeedbackInvitations } from "@/components/feedback/feedback-invitations";
import { entryIcsPath } from "@/lib/calendar/paths";
import { nowAndNext } from "@/lib/schedule/day-order";
import { parallelSessionsHref } from "@/lib/schedule/paths";
import type { ScheduleDay } from "@/lib/schedule/schedule-day";
import { formatDay, formatDayRange, formatDateTimeInZone } from "@/lib/time/format";
import { formatTimeWithZone } from "@/lib/time/zone-marker";
import { instantToZonedParts, zonedLocalToInstant } from "@/lib/time/zoned";

/**
 * A delegate's own schedule, phone first: one day per event (today while it is on, the day links
 * to the others), what is on now and next, their own roles and border crossings, and what changed
 * since they last looked. A crowded time slot shows a few sessions, theirs first, and links to
 * the rest, so the page stays the size of a delegate's day however large the event grows.
 * Server-rendered; the only script is the small device-time note.
 */
export async function MySchedule({ viewer, events, now }: { viewer: DelegateViewer; events: ScheduleDay[]; now: Date }) {
  const t = await getTranslations("schedule");
  return (
    <ClientMessages namespaces={["mySchedule"]}>
      <div className="mx-auto max-w-2xl space-y-10">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <FeedbackInvitations viewer={viewer} />
        {events.length === 0 && <p className="text-muted">{t("noEvents")}</p>}
        {events.map((event) => (
          <EventDay key={event.id} event={event} now={now} viewer={viewer} />
        ))}
      </div>
    </ClientMessages>
  );
}

async function EventDay({ event, now, viewer }: { event: ScheduleDay; now: Date; viewer: DelegateViewer }) {
  const t = await getTranslations("schedule");
  const m = await getTranslations("materials");
  // Confirmed delegates only: the event's materials and those of the day's items they may read.
  const materials = await listMaterialsForDelegate(viewer, event.id);
  const mine = await getTranslations("mySchedule");
  const locale = await getLocale();
  const today = instantToZonedParts(now, event.timeZone).date;
  const { now: running, next } = nowAndNext(event.entries, now);
  const foldedAfter = new Map(event.folded.map((slot) => [slot.startsAt.getTime(), slot]));
  const lastOfSlot = new Map(event.entries.map((entry) => [entry.startsAt.getTime(), entry.uid]));
  const dayTitle = event.day === today ? `${mine("today")} · ${formatDay(event.day, locale)}` : formatDay(event.day, locale);
  return (
    <section aria-labelledby={`event-${event.id}`} className="space-y-4">
      <header>
        <h2 id={`event-${event.id}`} className="text-xl font-semibold">
          <ContentText text={event.title} shownIn={event.shownIn.title} />
        </h2>
        <p className="text-sm">
          {formatDayRange(event.firstDay, event.lastDay, locale)} · <ContentText text={event.venueName} shownIn={event.shownIn.venueName} />,{" "}
          <ContentText text={event.city} shownIn={event.shownIn.city} />
        </p>
      </header>
      {!event.release ? (
        <p className="text-muted">{t("notReleased")}</p>
      ) : (
        <p className="text-sm text-muted">
          {t("version", { version: event.release.version, date: formatDateTimeInZone(event.release.releasedAt, event.timeZone, locale) })}
        </p>
      )}
      {event.changedSinceLastLook > 0 && (
        <p role="status" className="rounded border border-warn bg-white p-3 text-sm font-medium text-warn">
          {mine("changedSinceLastLook", { count: event.changedSinceLastLook })}
        </p>
      )}
      {event.release && event.changes.total > 0 && (
        // Folded on a phone once seen; open while it holds something this delegate has not seen.
        <section aria-labelledby={`changes-${event.id}`}>
          <details open={event.changedSinceLastLook > 0} className="rounded border border-line bg-white p-3">
            <summary className="cursor-pointer">
              <h3 id={`changes-${event.id}`} className="inline font-semibold">
                {t("changesIn", { version: event.release.version })}
              </h3>
            </summary>
            {event.release.note && <p className="mt-1 text-sm">{event.release.note}</p>}
            <ChangeList changes={event.changes.shown} zone={event.timeZone} content={{ reader: locale, languages: event.languages }} />
            {event.changes.total > event.changes.shown.length && (
              <p className="mt-1 text-sm text-muted">{mine("moreChanges", { count: event.changes.total - event.changes.shown.length })}</p>
            )}
          </details>
        </section>
      )}
      {materials?.get("") && (
        <section aria-labelledby={`materials-${event.id}`} className="space-y-1">
          <h3 id={`materials-${event.id}`} className="font-semibold">
            {m("eventHeading")}
          </h3>
          <MaterialLinks materials={materials.get("")} label={m("eventHeading")} />
        </section>
      )}
      <TimeZoneNote zone={event.timeZone} at={zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? now} />
      <CheckInCode eventId={event.id} memberId={event.memberId} />
      {event.release && <ScheduleDayNav event={event} today={today} />}
      <section id={`day-${event.id}`} aria-labelledby={`day-heading-${event.id}`} className="scroll-mt-4 space-y-2">
        <h3 id={`day-heading-${event.id}`} className="text-lg font-semibold">
          {dayTitle}
        </h3>
        {event.release && event.entries.length === 0 && <p className="text-muted">{mine("emptyDay")}</p>}
        {event.entries.map((entry) => {
          const slot = lastOfSlot.get(entry.startsAt.getTime()) === entry.uid ? foldedAfter.get(entry.startsAt.getTime()) : undefined;
          return (
            <div key={entry.uid} className="space-y-2">
              <ScheduleEntry
                entry={entry}
                zone={event.timeZone}
                isNow={running.has(entry.uid)}
                isNext={next === entry.uid}
                icsHref={entryIcsPath(locale, entry.uid)}
              />
              <MaterialLinks materials={materials?.get(itemIdOf(entry.uid))} label={m("materialsOf", { title: entry.title })} />
              {slot && (
                <p className="text-sm">
                  <Link href={parallelSessionsHref(event.id, slot.startsAt)} className="font-medium text-accent underline">
                    {mine("moreAtThisTime", { count: slot.hidden, time: formatTimeWithZone(slot.startsAt, event.timeZone, locale) })}
                  </Link>
                </p>
              )}
            </div>
          );
        })}
      </section>
    </section>
  );
}

/** The agenda item's id in an entry's uid (`agenda-<id>@roundtable`); "-" for a crossing. */
function itemIdOf(uid: string): string {
  return /^agenda-([0-9a-f-]{36})@roundtable$/.exec(uid)?.[1] ?? "-";
}
