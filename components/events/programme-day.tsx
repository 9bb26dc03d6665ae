import { getLocale, getTranslations } from "next-intl/server";
import { AgendaDays } from "@/components/agenda/agenda-days";
import { ParticipantLines } from "@/components/agenda/participant-lines";
import { Link } from "@/i18n/navigation";
import type { PublicProgrammeDay } from "@/lib/public-event/programme";
import { pageHref } from "@/lib/pagination";
import { formatDay } from "@/lib/time/format";
import { formatTimeWithZone } from "@/lib/time/zone-marker";

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

/** On a day cut into pages: each start time with its number of sessions, linked to where they begin. */
export async function ProgrammeStartTimes({ slug, programme, zone }: { slug: string; programme: PublicProgrammeDay; zone: string }) {
  if (programme.pages <= 1 || !programme.day) return null;
  const t = await getTranslations("eventPages");
  const locale = await getLocale();
  const base = programmeDayHref(slug, programme.day);
  return (
    <nav aria-label={t("startTimes")}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {programme.startTimes.map((slot) => (
          <li key={slot.firstId}>
            <Link href={`${pageHref(base, slot.page)}#item-${slot.firstId}`} className="text-accent underline">
              {t("startTimeLink", { time: formatTimeWithZone(slot.startsAt, zone, locale), count: slot.count })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
