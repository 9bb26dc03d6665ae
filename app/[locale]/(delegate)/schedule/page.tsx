import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AgendaDays } from "@/components/agenda/agenda-days";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { listScheduleForDelegate } from "@/lib/agenda/queries";
import { requireDelegate } from "@/lib/auth/viewer";
import { formatDayRange } from "@/lib/time/format";
import { zonedLocalToInstant } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("schedule");
  return { title: t("title") };
}

export default async function MySchedulePage() {
  const viewer = await requireDelegate();
  const events = await listScheduleForDelegate(viewer);
  const t = await getTranslations("schedule");
  const locale = await getLocale();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {events.length === 0 && <p className="text-muted">{t("noEvents")}</p>}
      {events.map((event) => (
        <section key={event.id} aria-labelledby={`event-${event.id}`} className="space-y-3">
          <h2 id={`event-${event.id}`} className="text-xl font-semibold">
            {event.title}
          </h2>
          <p className="text-sm">
            {formatDayRange(event.firstDay, event.lastDay, locale)} · {event.venueName}, {event.city}
          </p>
          <TimeZoneNote zone={event.timeZone} at={zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? new Date()} />
          <AgendaDays items={event.items} zone={event.timeZone} headingLevel={3} />
        </section>
      ))}
    </div>
  );
}
