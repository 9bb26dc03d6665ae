import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getCheckpointList, listCheckpoints, type CheckpointOption } from "@/lib/check-in/queries";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { formatDateTime, formatDay } from "@/lib/time/format";
import { instantToZonedParts, zonedLocalToInstant } from "@/lib/time/zoned";
import { CheckInScreen } from "./_components/check-in-screen";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/check-in">) {
  return organizerEventMetadata(params, "check-in");
}

/**
 * Check-in at the venue door or a border crossing, phone first: pick the checkpoint, find a person
 * by name (any script) or their personal code, check them in; it keeps working offline and syncs
 * when the network is back. Names and party only: no contact or travel data reach this page.
 */
export default async function CheckInPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/check-in">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId, "plan");
  const t = await getTranslations("checkIn");
  const crossingT = await getTranslations("crossings");
  const locale = await getLocale();
  const checkpoints = (await listCheckpoints(viewer, event.id)) ?? [];
  const asked = (await searchParams).checkpoint;
  const today = instantToZonedParts(new Date(), event.timeZone).date;
  const chosen =
    checkpoints.find((option) => option.key === asked) ?? checkpoints.find((option) => option.kind === "venue" && option.day === today) ?? checkpoints[0];
  if (!chosen) notFound();
  const list = await getCheckpointList(viewer, event.id, chosen.key);
  if (!list) notFound();

  const label = (option: CheckpointOption) =>
    option.kind === "venue"
      ? t("venueOn", { venue: event.venueName, day: formatDay(option.day, locale) })
      : t("crossingAt", {
          direction: crossingT(`directions.${option.direction}`),
          point: option.pointName,
          party: option.partyName,
          when: formatDateTime(option.plannedAt, event.timeZone, locale),
        });
  const noon = zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? new Date();

  return (
    <div className="mx-auto max-w-2xl">
      <OrganizerEventHeader event={event} current="check-in" />
      <h2 className="mb-3 text-xl font-semibold">{t("title")}</h2>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow">
          <label htmlFor="checkpoint" className="block text-sm font-medium">
            {t("checkpointLabel")}
          </label>
          <select
            id="checkpoint"
            name="checkpoint"
            defaultValue={chosen.key}
            className="mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base"
          >
            {checkpoints.map((option) => (
              <option key={option.key} value={option.key}>
                {label(option)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded border border-line bg-white px-4 py-2">
          {t("showList")}
        </button>
      </form>
      <div className="mb-4">
        <TimeZoneNote zone={event.timeZone} at={noon} />
      </div>
      <ClientMessages namespaces={["checkIn", "errors"]}>
        <CheckInScreen
          key={list.key}
          eventId={event.id}
          checkpoint={list.key}
          checkpointLabel={label(chosen)}
          timeZone={event.timeZone}
          roster={list.roster}
          checkedIn={list.checkedIn}
        />
      </ClientMessages>
    </div>
  );
}
