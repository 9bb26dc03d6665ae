import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { Link } from "@/i18n/navigation";
import { attendanceForRecords } from "@/lib/check-in/queries";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { listRapporteurCandidates, listRecordsForOrganizer } from "@/lib/records/assignments";
import { formatDateTime, formatDay, formatTime, withZone } from "@/lib/time/format";
import { assignRapporteurAction } from "./actions";
import { RapporteurForm } from "./_components/rapporteur-form";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/records">) {
  return organizerEventMetadata(params, "records");
}

/** Every agenda item: who writes its record, how far it is, and the way in. */
export default async function OrganizerRecordsPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/records">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId, "records");
  const [data, candidates, attendance] = await Promise.all([
    listRecordsForOrganizer(viewer, event.id),
    listRapporteurCandidates(viewer, event.id),
    attendanceForRecords(viewer, event.id),
  ]);
  if (!data) notFound();
  const t = await getTranslations("records");
  const agenda = await getTranslations("agenda");
  const locale = await getLocale();
  const present = await getTranslations("checkInAttendance");
  const crossingT = await getTranslations("crossings");
  const finals = data.items.filter((i) => i.status === "final").length;
  return (
    <div>
      <OrganizerEventHeader event={event} current="records" />
      <h2 className="text-xl font-semibold">{t("overview.title")}</h2>
      <p className="mt-1 max-w-prose text-sm text-muted">{t("overview.intro")}</p>
      <p className="mt-2 text-sm font-medium">{t("overview.progress", { final: finals, total: data.items.length })}</p>
      <section aria-labelledby="attendance" className="mt-4 rounded border border-line bg-white p-3">
        <h3 id="attendance" className="font-semibold">
          {present("title")}
        </h3>
        <p className="text-sm text-muted">{present("intro")}</p>
        {!attendance || attendance.length === 0 ? (
          <p className="mt-1 text-sm">{present("none")}</p>
        ) : (
          <dl className="mt-1 text-sm">
            {attendance.map((line) => (
              <div key={line.key} className="flex flex-wrap gap-x-2">
                <dt className="font-medium">
                  {line.day
                    ? present("venue", { day: formatDay(line.day, locale) })
                    : present("crossing", {
                        direction: crossingT(`directions.${line.crossing!.direction}`),
                        point: line.crossing!.pointName,
                        when: formatDateTime(line.crossing!.plannedAt, event.timeZone, locale),
                      })}
                </dt>
                <dd>{present("line", { counts: line.counts.map((c) => present("party", { party: c.partyName, count: c.checkedIn })).join(", ") })}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <ol className="mt-4 space-y-3">
        {data.items.map((item) => (
          <li key={item.itemId} className="rounded border border-line bg-white p-3">
            <article aria-labelledby={`record-${item.itemId}`} className="grid gap-3 md:grid-cols-[1fr_auto]">
              <div>
                <h3 id={`record-${item.itemId}`} className="font-semibold">
                  {item.title}
                </h3>
                <p className="text-sm text-muted">
                  {formatDateTime(item.startsAt, event.timeZone, locale)}–{withZone(formatTime(item.endsAt, event.timeZone, locale), event.timeZone)} ·{" "}
                  {agenda(`kinds.${item.kind}`)}
                  {item.closedDoor && <> · {agenda("closedDoor")}</>}
                </p>
                <p className="text-sm">
                  {item.status === "final" ? t("state.final") : item.written ? t("state.draft", { version: item.version ?? 0 }) : t("state.notStarted")}
                  {item.recommendations > 0 && <> · {t("overview.recommendations", { count: item.recommendations })}</>}
                </p>
                <Link href={`/records/${item.itemId}`} className="text-sm text-accent underline">
                  {item.written ? t("openRecord", { title: item.title }) : t("startRecord", { title: item.title })}
                </Link>
              </div>
              <RapporteurForm
                action={assignRapporteurAction.bind(null, event.id, item.itemId)}
                itemTitle={item.title}
                current={item.rapporteurUserId ?? ""}
                candidates={candidates}
              />
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
