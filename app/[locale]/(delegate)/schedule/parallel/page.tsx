import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ScheduleEntry } from "@/components/schedule/schedule-entry";
import { Link } from "@/i18n/navigation";
import { requireDelegate } from "@/lib/auth/viewer";
import { entryIcsPath } from "@/lib/calendar/paths";
import { parallelSessionsHref, parseParallelQuery, scheduleDayHref } from "@/lib/schedule/paths";
import { getParallelSessions } from "@/lib/schedule/schedule-day";
import { formatDay } from "@/lib/time/format";
import { formatTimeWithZone } from "@/lib/time/zone-marker";
import { instantToZonedParts } from "@/lib/time/zoned";

/** Sessions per page: a phone screen's worth of reading, and a page that stays small. */
const PER_PAGE = 25;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("schedule");
  return { title: t("title") };
}

/**
 * Every session of the latest release starting at one time, for a delegate of that event: what a
 * crowded time slot of "My schedule" links to. Their own sessions first, then by place.
 */
export default async function ParallelSessionsPage({ searchParams }: PageProps<"/[locale]/schedule/parallel">) {
  const viewer = await requireDelegate();
  const query = parseParallelQuery(await searchParams);
  if (!query) notFound();
  const locale = await getLocale();
  const found = await getParallelSessions(viewer.personIds, query.event, query.at, { offset: (query.page - 1) * PER_PAGE, limit: PER_PAGE }, locale);
  if (!found || found.entries.length === 0) notFound();
  const mine = await getTranslations("mySchedule");
  const { event, total, entries } = found;
  const zone = event.timeZone;
  const time = formatTimeWithZone(query.at, zone, locale);
  const day = instantToZonedParts(query.at, zone).date;
  const pages = Math.ceil(total / PER_PAGE);
  return (
    <ClientMessages namespaces={["mySchedule"]}>
      <div className="mx-auto max-w-2xl space-y-4">
        <p className="text-sm">
          <Link href={`${scheduleDayHref(day)}#day-${event.id}`} className="text-accent underline">
            {mine("parallel.back", { day: formatDay(day, locale) })}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{mine("parallel.heading", { time, day: formatDay(day, locale) })}</h1>
        <p className="text-sm">
          {event.title} · {mine("parallel.count", { count: total })}
        </p>
        {entries.map((entry) => (
          <ScheduleEntry key={entry.uid} entry={entry} zone={zone} isNow={false} isNext={false} icsHref={entryIcsPath(locale, entry.uid)} />
        ))}
        {pages > 1 && (
          <nav aria-label={mine("parallel.pages")} className="flex flex-wrap items-center gap-3 text-sm">
            {query.page > 1 && (
              <Link href={parallelSessionsHref(event.id, query.at, query.page - 1)} className="rounded border border-line bg-white px-3 py-1">
                {mine("parallel.previous")}
              </Link>
            )}
            <span aria-current="page">{mine("parallel.page", { page: query.page, pages })}</span>
            {query.page < pages && (
              <Link href={parallelSessionsHref(event.id, query.at, query.page + 1)} className="rounded border border-line bg-white px-3 py-1">
                {mine("parallel.next")}
              </Link>
            )}
          </nav>
        )}
      </div>
    </ClientMessages>
  );
}
