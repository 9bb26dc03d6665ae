import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { OrganizerEvent } from "@/lib/events/queries";
import { EVENT_SECTIONS, SECTION_CAPABILITY, type EventSection } from "@/lib/events/sections";
import { roleCan } from "@/lib/teams/roles";
import { formatDayRange } from "@/lib/time/format";

/** Title, facts and section tabs shared by every organizer screen of one event: the tabs the viewer's team role opens. */
export async function OrganizerEventHeader({ event, current }: { event: OrganizerEvent; current: EventSection }) {
  const sections = EVENT_SECTIONS.filter((section) => roleCan(event.teamRole, SECTION_CAPABILITY[section]));
  const t = await getTranslations("eventNav");
  const status = await getTranslations("eventStatus");
  const locale = await getLocale();
  const base = `/organize/events/${event.id}`;
  return (
    <div className="mb-6 space-y-3">
      <p className="text-sm text-muted">
        <Link href="/organize" className="underline-offset-4 hover:underline">
          {t("allEvents")}
        </Link>{" "}
        · {event.initiativeName}
      </p>
      <h1 className="text-2xl font-semibold">{event.title}</h1>
      <p className="text-sm text-muted">
        {formatDayRange(event.firstDay, event.lastDay, locale)} · {event.venueName}, {event.city} · {event.timeZone} · {status(event.status)}
      </p>
      <nav aria-label={t("label")} className="flex flex-wrap gap-1 border-b border-line">
        {sections.map((section) => (
          <Link
            key={section}
            href={section === "overview" ? base : `${base}/${section}`}
            aria-current={section === current ? "page" : undefined}
            className={`-mb-px rounded-t border px-3 py-2 text-sm ${
              section === current ? "border-line border-b-white bg-white font-semibold" : "border-transparent hover:underline"
            }`}
          >
            {t(section)}
          </Link>
        ))}
        {event.status !== "draft" && (
          <Link href={`/events/${event.slug}`} className="ml-auto px-3 py-2 text-sm underline-offset-4 hover:underline">
            {t("publicPage")}
          </Link>
        )}
      </nav>
    </div>
  );
}
