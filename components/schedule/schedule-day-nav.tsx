import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { scheduleDayHref } from "@/lib/schedule/paths";
import type { ScheduleDay } from "@/lib/schedule/schedule-day";
import { formatShortDay } from "@/lib/time/format";

/** The days of an event as links, the one shown marked as the current page (one day per request). */
export async function ScheduleDayNav({ event, today }: { event: Pick<ScheduleDay, "id" | "title" | "days" | "day" | "lookedFrom">; today: string }) {
  // While changes are marked, the other days keep marking them from the same release.
  const since = event.lookedFrom === null ? null : { eventId: event.id, version: event.lookedFrom };
  const mine = await getTranslations("mySchedule");
  const locale = await getLocale();
  if (event.days.length < 2) return null;
  return (
    <nav aria-label={mine("days", { event: event.title })} className="flex flex-wrap gap-2 text-sm">
      {event.days.map((day) => {
        const current = day === event.day;
        return (
          <Link
            key={day}
            href={`${scheduleDayHref(day, since)}#day-${event.id}`}
            aria-current={current ? "page" : undefined}
            className={`rounded border px-3 py-1 ${current ? "border-accent bg-accent font-semibold text-white" : "border-line bg-white hover:bg-paper"}`}
          >
            {day === today ? mine("today") : formatShortDay(day, locale)}
          </Link>
        );
      })}
    </nav>
  );
}
