import { getLocale, getTranslations } from "next-intl/server";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { Link } from "@/i18n/navigation";
import { listCrossingPoints, listCrossingsForOrganizer } from "@/lib/crossings/queries";
import { confirmedWithoutEntry, crossingDays, expectsEntryCrossing } from "@/lib/crossings/rules";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { formatDay } from "@/lib/time/format";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { CrossingCard } from "./_components/crossing-card";
import { otherWorkingLanguages, translationFormValues, workingLanguagesFor } from "@/lib/content/translation-form";
import { CrossingPointForm, CrossingPointVersionsForm } from "./_components/crossing-point-form";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/crossings">) {
  return organizerEventMetadata(params, "crossings");
}

/** Border crossings of one event: each party's delegation side by side, in party-name order. */
export default async function CrossingsPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/crossings">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const [delegations, points] = await Promise.all([listCrossingsForOrganizer(viewer, event.id), listCrossingPoints(viewer, event.id)]);
  const t = await getTranslations("crossings");
  const base = `/organize/events/${event.id}/crossings`;
  const noon = zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? new Date();
  const locale = await getLocale();
  const days = crossingDays(
    (delegations ?? []).flatMap((d) => d.crossings),
    event.timeZone,
  );
  return (
    <div>
      <OrganizerEventHeader event={event} current="crossings" />
      <div className="grid gap-8 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <p className="text-sm text-muted">{t("privacyNote")}</p>
          <TimeZoneNote zone={event.timeZone} at={noon} />
          <p>
            <Link href={`${base}/documents`} className="text-accent underline">
              {t("travelDocumentsLink")}
            </Link>
          </p>
          {days.length > 0 && (
            <nav aria-label={t("dayManifestsTitle")} className="text-sm">
              <span className="font-medium">{t("dayManifestsTitle")}:</span>{" "}
              {days.map((day, index) => (
                <span key={day}>
                  {index > 0 && " · "}
                  <Link href={`${base}/manifests?day=${day}`} className="text-accent underline">
                    {formatDay(day, locale)}
                  </Link>
                </span>
              ))}
            </nav>
          )}
          <div className="grid gap-6 md:grid-cols-2">
            {(delegations ?? []).map((delegation) => {
              const missing = confirmedWithoutEntry(delegation.members, delegation.crossings);
              const confirmed = delegation.members.filter((m) => m.status === "confirmed").length;
              const warn =
                missing.length > 0 && expectsEntryCrossing({ hostParty: delegation.partyName === event.hostPartyName, crossings: delegation.crossings });
              const headingId = `delegation-${delegation.id}`;
              return (
                <section key={delegation.id} aria-labelledby={headingId} className="space-y-3">
                  <h2 id={headingId} className="text-xl font-semibold">
                    {t("delegationOf", { party: delegation.partyName })}
                  </h2>
                  <p className="text-sm text-muted">{t("delegationCounts", { confirmed, entering: confirmed - missing.length })}</p>
                  {warn && (
                    <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
                      {t("missingFromEntry", { count: missing.length, names: missing.map((m) => m.nameLatin).join(", ") })}
                    </p>
                  )}
                  {delegation.crossings.length === 0 ? (
                    <p className="text-sm text-muted">{t("noCrossings")}</p>
                  ) : (
                    <ol className="space-y-3">
                      {delegation.crossings.map((crossing) => (
                        <CrossingCard key={crossing.id} eventId={event.id} zone={event.timeZone} crossing={crossing} members={delegation.members} />
                      ))}
                    </ol>
                  )}
                  <Link
                    href={`${base}/new?delegation=${delegation.id}`}
                    className="inline-block rounded bg-accent px-3 py-2 text-sm font-medium text-white hover:bg-accent-strong"
                  >
                    {t("planFor", { party: delegation.partyName })}
                  </Link>
                </section>
              );
            })}
          </div>
        </div>
        <section aria-labelledby="points-heading" className="h-fit rounded border border-line bg-white p-4">
          <h2 id="points-heading" className="text-lg font-semibold">
            {t("points")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("pointsHint")}</p>
          {points.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{t("noPoints")}</p>
          ) : (
            <ul className="mt-2 space-y-2 text-sm">
              {points.map((point) => (
                <li key={point.id}>
                  <span className="font-medium">{point.name}</span>
                  {point.description && <span className="block text-muted">{point.description}</span>}
                  <details className="mt-1">
                    <summary className="cursor-pointer text-accent">{t("pointVersionsFor", { point: point.name })}</summary>
                    <CrossingPointVersionsForm
                      eventId={event.id}
                      point={point}
                      languages={workingLanguagesFor(event.languages)}
                      values={translationFormValues(point.translations)}
                    />
                  </details>
                </li>
              ))}
            </ul>
          )}
          <h3 className="mt-4 font-semibold">{t("addPointHeading")}</h3>
          <CrossingPointForm eventId={event.id} otherLanguages={otherWorkingLanguages(event.languages)} />
        </section>
      </div>
    </div>
  );
}
