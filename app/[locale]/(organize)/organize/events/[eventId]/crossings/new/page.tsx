import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { Link } from "@/i18n/navigation";
import { getDelegationForCrossing, listCrossingPoints } from "@/lib/crossings/queries";
import { defaultManifest } from "@/lib/crossings/rules";
import { loadOrganizerEvent } from "@/lib/events/load";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { createCrossingAction } from "../actions";
import { CrossingForm } from "../_components/crossing-form";
import { manifestOptions, pointOptions } from "../_components/options";
import { zoneLabel } from "../_components/when";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/crossings/new">) {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("crossings");
  return { title: `${t("planTitle")} · ${event.title}` };
}

/** Plans a crossing for one delegation (chosen on the crossings page). */
export default async function NewCrossingPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/crossings/new">) {
  const { eventId } = await params;
  const { delegation: delegationId } = await searchParams;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const found = typeof delegationId === "string" ? await getDelegationForCrossing(viewer, event.id, delegationId) : null;
  if (!found) notFound();
  const points = await listCrossingPoints(viewer, event.id);
  const people = await manifestOptions(found.members);
  const t = await getTranslations("crossings");
  const base = `/organize/events/${event.id}/crossings`;
  const at = zonedLocalToInstant(event.firstDay, "09:00", event.timeZone) ?? new Date();
  return (
    <div>
      <OrganizerEventHeader event={event} current="crossings" />
      <div className="max-w-2xl">
        <Link href={base} className="text-sm text-accent underline">
          {t("backToCrossings")}
        </Link>
        <h2 className="mt-2 text-xl font-semibold">{t("planFor", { party: found.delegation.partyName })}</h2>
        {points.length === 0 ? (
          <p className="mt-3">{t("addPointFirst")}</p>
        ) : people.length === 0 ? (
          <p className="mt-3">{t("nobodyToCross")}</p>
        ) : (
          <CrossingForm
            action={createCrossingAction.bind(null, event.id, found.delegation.id)}
            points={pointOptions(points)}
            people={people}
            initial={{
              direction: "entry",
              crossingPointId: points.length === 1 ? points[0]!.id : "",
              day: event.firstDay,
              time: "09:00",
              notes: "",
              personIds: defaultManifest(found.members),
            }}
            zoneLabel={zoneLabel(event.timeZone, at)}
            requestKey={randomUUID()}
            submitLabel={t("plan")}
          />
        )}
      </div>
    </div>
  );
}
