import { getLocale, getTranslations } from "next-intl/server";
import { OfficialList } from "@/components/agenda/participant-lines";
import { ContentText } from "@/components/content/content-text";
import { hiddenOfRole, panelLine } from "@/lib/agenda/panel-line";
import type { PersonalEntry } from "@/lib/schedule/personal";
import { formatTimeWithZone } from "@/lib/time/zone-marker";
import { ZonedRange } from "@/components/agenda/zoned-range";
import { DeviceTime } from "./device-time";

/** Stands for the point's name in the crossing's sentence, so the name alone can carry its language. */
const POINT = "\u2063point\u2063";

/** "Border crossing (entry): Voskepar", the point's name marked when shown in another language than the reader's. */
function CrossingTitle({ template, point, shownIn }: { template: string; point: string; shownIn?: string }) {
  const [before = "", after = ""] = template.split(POINT);
  return (
    <>
      {before}
      <ContentText text={point} shownIn={shownIn} />
      {after}
    </>
  );
}

type Props = { entry: PersonalEntry; zone: string; isNow: boolean; isNext: boolean; icsHref?: string };

/** One entry of a delegate's day: built to be read at a glance on a phone. */
export async function ScheduleEntry({ entry, zone, isNow, isNext, icsHref }: Props) {
  const t = await getTranslations("mySchedule");
  const agenda = await getTranslations("agenda");
  const participants = await getTranslations("participants");
  const locale = await getLocale();
  const title = entry.crossing ? t(`crossing.${entry.crossing.direction}`, { point: entry.crossing.pointName }) : entry.title || agenda("closedSession");
  // Names this delegate may see, then how many of each side they may not: never a silently shorter panel.
  const names = (role: "moderator" | "speaker") =>
    panelLine(
      entry.people.filter((p) => p.role === role).map((p) => `${p.name} (${p.partyName})`),
      hiddenOfRole(entry.hidden, role).map(({ partyName, count }) =>
        participants(role === "moderator" ? "notListedModerators" : "notListedSpeakers", { count, party: partyName }),
      ),
      locale,
    );
  const moderators = names("moderator");
  const speakers = names("speaker");
  const border = isNow ? "border-accent ring-2 ring-accent" : entry.changedSince ? "border-warn" : "border-line";
  return (
    <article aria-labelledby={`entry-${entry.uid}`} className={`rounded border bg-white p-3 ${border}`}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p className="font-semibold tabular-nums">
          <ZonedRange start={entry.startsAt} end={entry.endsAt} zone={zone} locale={locale} />
        </p>
        {isNow && <span className="rounded bg-accent px-2 py-0.5 text-xs font-semibold text-white">{t("now")}</span>}
        {isNext && <span className="rounded border border-accent px-2 py-0.5 text-xs font-semibold text-accent">{t("next")}</span>}
        {entry.changedSince && <span className="rounded border border-warn px-2 py-0.5 text-xs font-semibold text-warn">{t("changed")}</span>}
      </div>
      <DeviceTime start={entry.startsAt.toISOString()} end={entry.endsAt.toISOString()} eventZone={zone} />
      <h4 id={`entry-${entry.uid}`} className="mt-1 text-base font-semibold">
        {entry.crossing ? (
          <CrossingTitle
            template={t(`crossing.${entry.crossing.direction}`, { point: POINT })}
            point={entry.crossing.pointName}
            shownIn={entry.shownIn.place}
          />
        ) : !entry.title ? (
          title
        ) : (
          <ContentText text={entry.title} shownIn={entry.shownIn.title} />
        )}
      </h4>
      <p className="text-sm text-muted">
        {entry.crossing ? t("travel") : agenda(`kinds.${entry.kind}`)}
        {entry.closedDoor && <> · {agenda("closedDoor")}</>}
        {entry.place && !entry.crossing && (
          <>
            {" · "}
            <ContentText text={entry.place} shownIn={entry.shownIn.place} />
          </>
        )}
      </p>
      {entry.myRoles.length > 0 && <p className="mt-1 text-sm font-semibold text-accent">{entry.myRoles.map((role) => t(`you.${role}`)).join(" · ")}</p>}
      {entry.crossing?.actualAt && <p className="mt-1 text-sm">{t("crossedAt", { time: formatTimeWithZone(entry.crossing.actualAt, zone, locale) })}</p>}
      {(moderators || speakers || entry.officials.length > 0) && (
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-sm">
          {moderators && (
            <>
              <dt className="text-muted">{participants("moderators")}</dt>
              <dd>{moderators}</dd>
            </>
          )}
          {speakers && (
            <>
              <dt className="text-muted">{participants("speakers")}</dt>
              <dd>{speakers}</dd>
            </>
          )}
          {entry.officials.length > 0 && (
            <>
              <dt className="text-muted">{participants("officials")}</dt>
              <dd>
                <OfficialList officials={entry.officials} />
              </dd>
            </>
          )}
        </dl>
      )}
      {entry.description && (
        <p className="mt-1 text-sm">
          <ContentText text={entry.description} shownIn={entry.shownIn.description} />
        </p>
      )}
      {icsHref && (
        <p className="mt-2 text-sm">
          <a href={icsHref} className="text-accent underline" download>
            {t("addToCalendar", { title })}
          </a>
        </p>
      )}
    </article>
  );
}
