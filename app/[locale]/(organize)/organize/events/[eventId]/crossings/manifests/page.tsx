import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { Link } from "@/i18n/navigation";
import { listCrossingsForOrganizer } from "@/lib/crossings/queries";
import { manifestPeople } from "@/lib/crossings/rules";
import { loadOrganizerEvent } from "@/lib/events/load";
import { formatDay } from "@/lib/time/format";
import { instantToZonedParts } from "@/lib/time/zoned";
import { listTravelDocumentsForOrganizer } from "@/lib/travel-documents/queries";
import { ManifestSheet } from "../_components/manifest-sheet";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/crossings/manifests">) {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("crossings");
  return { title: `${t("dayManifestsTitle")} · ${event.title}` };
}

/**
 * Every manifest of one day on the event's clock, one per printed page, numbers masked (full
 * numbers are shown, and audited, only on a crossing's own manifest).
 */
export default async function DayManifestsPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/crossings/manifests">) {
  const { eventId } = await params;
  const { day } = await searchParams;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) notFound();
  const [delegations, documents] = await Promise.all([listCrossingsForOrganizer(viewer, event.id), listTravelDocumentsForOrganizer(viewer, event.id)]);
  // Chronological: on the day, the order of the crossings is the order at the border.
  const sheets = (delegations ?? [])
    .flatMap((d) =>
      d.crossings
        .filter((c) => instantToZonedParts(c.plannedAt, event.timeZone).date === day)
        .map((c) => ({ crossing: { ...c, partyName: d.partyName }, people: manifestPeople(d.members, c.personIds) })),
    )
    .sort((a, b) => a.crossing.plannedAt.getTime() - b.crossing.plannedAt.getTime());
  const documentOf = new Map((documents ?? []).map((d) => [d.memberId, d]));
  const t = await getTranslations("crossings");
  const locale = await getLocale();
  return (
    <article className="mx-auto max-w-3xl space-y-6 bg-white p-6 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/organize/events/${event.id}/crossings`} className="text-accent underline">
          {t("backToCrossings")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <div className="print:hidden">
        <h1 className="text-2xl font-semibold">{t("dayManifestsOf", { day: formatDay(day, locale) })}</h1>
        <p className="text-sm text-muted">{t("dayManifestsNote")}</p>
      </div>
      {sheets.length === 0 ? (
        <p>{t("noCrossingsThatDay")}</p>
      ) : (
        sheets.map((sheet, index) => (
          <div key={sheet.crossing.id} className={index > 0 ? "border-t border-line pt-6 print:break-before-page print:border-0 print:pt-0" : undefined}>
            <ManifestSheet event={event} crossing={sheet.crossing} people={sheet.people} documents={documentOf} level={2} />
          </div>
        ))
      )}
    </article>
  );
}
