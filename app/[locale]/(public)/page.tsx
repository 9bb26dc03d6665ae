import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listPublicEvents } from "@/lib/events/queries";
import { formatDayRange } from "@/lib/time/format";

export default async function HomePage() {
  const t = await getTranslations("home");
  const status = await getTranslations("eventStatus");
  const locale = await getLocale();
  const events = await listPublicEvents();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2 max-w-2xl text-muted">{t("intro")}</p>
      </div>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="text-xl font-semibold">
          {t("events")}
        </h2>
        {events.length === 0 ? (
          <p className="mt-2 text-muted">{t("noEvents")}</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {events.map((event) => (
              <li key={event.slug} className="rounded border border-line bg-white p-4">
                <p className="text-sm text-muted">{event.initiativeName}</p>
                <h3 className="mt-1 text-lg font-semibold">
                  <Link href={`/events/${event.slug}`} className="text-accent underline-offset-4 hover:underline">
                    {event.title}
                  </Link>
                </h3>
                <p className="text-sm">
                  {formatDayRange(event.firstDay, event.lastDay, locale)} · {event.city}, {event.country}
                </p>
                <p className="mt-1 text-sm text-muted">{status(event.status)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
