import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { Link } from "@/i18n/navigation";
import { getCrossingForOrganizer, listCrossingPoints } from "@/lib/crossings/queries";
import { loadOrganizerEvent } from "@/lib/events/load";
import { instantToZonedParts } from "@/lib/time/zoned";
import { deleteCrossingAction, updateCrossingAction } from "../actions";
import { ActualTimeForm } from "../_components/actual-time";
import { CrossingForm } from "../_components/crossing-form";
import { manifestOptions, pointOptions } from "../_components/options";
import { whenLabel, zoneLabel } from "../_components/when";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/crossings/[crossingId]">) {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("crossings");
  return { title: `${t("editTitle")} · ${event.title}` };
}

/** One crossing: change the plan and the manifest, record or correct the actual time, delete. */
export default async function CrossingPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/crossings/[crossingId]">) {
  const { eventId, crossingId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const found = await getCrossingForOrganizer(viewer, event.id, crossingId);
  if (!found) notFound();
  const { crossing, members } = found;
  const points = await listCrossingPoints(viewer, event.id);
  const t = await getTranslations("crossings");
  const locale = await getLocale();
  const planned = instantToZonedParts(crossing.plannedAt, event.timeZone);
  const actual = crossing.actualAt ? instantToZonedParts(crossing.actualAt, event.timeZone) : planned;
  const zone = zoneLabel(event.timeZone, crossing.plannedAt);
  const title = t("crossingTitle", { direction: t(`directions.${crossing.direction}`), point: crossing.pointName });
  const base = `/organize/events/${event.id}/crossings`;
  return (
    <div>
      <OrganizerEventHeader event={event} current="crossings" />
      <div className="grid max-w-5xl gap-8 lg:grid-cols-2">
        <section aria-labelledby="plan-heading">
          <Link href={base} className="text-sm text-accent underline">
            {t("backToCrossings")}
          </Link>
          <h2 id="plan-heading" className="mt-2 text-xl font-semibold">
            {title} · {t("delegationOf", { party: crossing.partyName })}
          </h2>
          <p className="text-sm text-muted">
            {t("planned")}: {whenLabel(crossing.plannedAt, event.timeZone, locale)} · {zone}
          </p>
          <CrossingForm
            action={updateCrossingAction.bind(null, event.id, crossing.id)}
            points={pointOptions(points)}
            people={await manifestOptions(members, crossing.personIds)}
            initial={{
              direction: crossing.direction,
              crossingPointId: crossing.crossingPointId,
              day: planned.date,
              time: planned.time,
              notes: crossing.notes,
              personIds: crossing.personIds,
            }}
            zoneLabel={zone}
            submitLabel={t("save")}
          />
        </section>
        <div className="space-y-6">
          <section aria-labelledby="actual-heading" className="rounded border border-line bg-white p-4">
            <h2 id="actual-heading" className="text-lg font-semibold">
              {t("actualHeading")}
            </h2>
            <p className="mb-3 text-sm">
              {crossing.actualAt ? t("crossedAt", { when: whenLabel(crossing.actualAt, event.timeZone, locale) }) : t("notRecorded")}
            </p>
            <ActualTimeForm
              eventId={event.id}
              crossingId={crossing.id}
              initial={{ day: actual.date, time: actual.time }}
              zoneLabel={zone}
              recorded={Boolean(crossing.actualAt)}
            />
          </section>
          <section aria-labelledby="more-heading" className="rounded border border-line bg-white p-4">
            <h2 id="more-heading" className="text-lg font-semibold">
              {t("moreHeading")}
            </h2>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <Link href={`${base}/${crossing.id}/manifest`} className="rounded border border-line px-3 py-1 hover:bg-paper">
                {t("printManifest")}
              </Link>
              <form action={deleteCrossingAction.bind(null, event.id, crossing.id)}>
                <ConfirmSubmitButton question={t("deleteQuestion", { crossing: title })}>{t("deleteCrossing")}</ConfirmSubmitButton>
              </form>
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
