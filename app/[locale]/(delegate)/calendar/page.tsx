import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireDelegate } from "@/lib/auth/viewer";
import { getFeedStatus } from "@/lib/calendar/feeds";
import { getPersonalSchedule } from "@/lib/schedule/personal";
import { formatDayRange, formatDateTimeInZone } from "@/lib/time/format";
import { FeedPanel } from "./_components/feed-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("title") };
}

const APPS = ["google", "apple", "outlook"] as const;

/** The delegate's calendar subscription: what it holds, how to add it, and the link's on/off state. */
export default async function CalendarPage() {
  const viewer = await requireDelegate();
  const locale = await getLocale();
  const [status, events] = await Promise.all([getFeedStatus(viewer), getPersonalSchedule(viewer.personIds, { reader: locale })]);
  const t = await getTranslations("calendar");
  // Dates of the link itself, in the zone of the delegate's first event (said next to the time).
  const zone = events[0]?.timeZone ?? "UTC";
  const when = (date: Date) => formatDateTimeInZone(date, zone, locale);
  const statusLines = status.on
    ? [
        t("statusOn", { created: when(status.createdAt), hint: status.hint }),
        status.lastFetchedAt ? t("lastFetched", { date: when(status.lastFetchedAt), count: status.fetchCount }) : t("neverFetched"),
      ]
    : [t("statusOff")];
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>

      <section aria-labelledby="feed-heading" className="space-y-3 rounded border border-line bg-white p-4">
        <h2 id="feed-heading" className="text-lg font-semibold">
          {t("feedHeading")}
        </h2>
        <ClientMessages namespaces={["errors", "calendar"]}>
          <FeedPanel on={status.on} statusLines={statusLines} />
        </ClientMessages>
        <p className="text-sm text-muted">{t("privateNote")}</p>
      </section>

      <section aria-labelledby="contents-heading" className="space-y-2">
        <h2 id="contents-heading" className="text-lg font-semibold">
          {t("contentsHeading")}
        </h2>
        <p className="text-sm">{t("contents")}</p>
        {events.length === 0 ? (
          <p className="text-sm text-muted">{t("noEvents")}</p>
        ) : (
          <>
            <p className="text-sm">{t("eventsIncluded")}</p>
            <ul className="list-disc space-y-1 pl-6 text-sm">
              {events.map((event) => (
                <li key={event.id}>
                  {event.title} · {formatDayRange(event.firstDay, event.lastDay, locale)} · {event.city}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="howto-heading" className="space-y-3">
        <h2 id="howto-heading" className="text-lg font-semibold">
          {t("howToHeading")}
        </h2>
        {APPS.map((app) => (
          <div key={app}>
            <h3 className="font-semibold">{t(`${app}.title`)}</h3>
            <p className="text-sm">{t(`${app}.steps`)}</p>
          </div>
        ))}
        <p className="text-sm">{t("otherApps")}</p>
      </section>
    </div>
  );
}
