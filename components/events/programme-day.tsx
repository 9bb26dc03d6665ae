import { getLocale, getTranslations } from "next-intl/server";
import { AgendaDays } from "@/components/agenda/agenda-days";
import { ParticipantLines } from "@/components/agenda/participant-lines";
import { Link } from "@/i18n/navigation";
import type { PublicProgrammeDay } from "@/lib/public-event/programme";
import { formatDay } from "@/lib/time/format";

export function programmeDayHref(slug: string, day: string): string {
  return `/events/${slug}/programme/${day}`;
}

/** The days of a released programme as links, one cached page each; the day shown is marked. */
export async function ProgrammeDayLinks({ slug, programme }: { slug: string; programme: PublicProgrammeDay }) {
  const t = await getTranslations("eventPages");
  const locale = await getLocale();
  if (programme.days.length <= 1) return null;
  return (
    <nav aria-label={t("days")}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {programme.days.map(({ day, count }) => (
          <li key={day}>
            <Link
              href={programmeDayHref(slug, day)}
              aria-current={day === programme.day ? "page" : undefined}
              className={`inline-block rounded border px-3 py-1 ${day === programme.day ? "border-accent bg-accent text-white" : "border-line bg-white hover:bg-paper"}`}
            >
              {t("dayTab", { day: formatDay(day, locale), count })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One page of one day's sessions, with their public moderators and speakers. */
export async function ProgrammeDaySessions({ programme, zone, headingLevel }: { programme: PublicProgrammeDay; zone: string; headingLevel: 2 | 3 }) {
  const t = await getTranslations("eventPages");
  if (programme.items.length === 0) return <p className="text-muted">{t("noSessionsOnDay")}</p>;
  return (
    <AgendaDays
      items={programme.items}
      zone={zone}
      headingLevel={headingLevel}
      details={(item) => <ParticipantLines participants={programme.participants.get(item.id)} />}
    />
  );
}
