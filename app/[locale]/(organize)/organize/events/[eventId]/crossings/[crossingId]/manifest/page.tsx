import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { Link } from "@/i18n/navigation";
import { getCrossingForOrganizer } from "@/lib/crossings/queries";
import { loadOrganizerEvent } from "@/lib/events/load";
import { listTravelDocumentsForOrganizer, revealManifestDocuments } from "@/lib/travel-documents/queries";
import { ManifestSheet } from "../../_components/manifest-sheet";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/crossings/[crossingId]/manifest">) {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("crossings");
  return { title: `${t("manifestTitle")} · ${event.title}` };
}

/**
 * The list handed to the border services, sized for A4. Document numbers are masked; asking for
 * the full numbers (a plain GET form, never a prefetched link) writes one audit entry per person.
 */
export default async function ManifestPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/crossings/[crossingId]/manifest">) {
  const { eventId, crossingId } = await params;
  const { reveal } = await searchParams;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const found = await getCrossingForOrganizer(viewer, event.id, crossingId);
  if (!found) notFound();
  const { crossing, manifest } = found;
  const revealing = reveal === "1";
  // One after the other: on PGlite nothing may run beside the reveal's transaction.
  const revealed = revealing ? await revealManifestDocuments(viewer, event.id, crossing.id) : null;
  const documents = await listTravelDocumentsForOrganizer(viewer, event.id);
  const t = await getTranslations("crossings");
  const base = `/organize/events/${event.id}/crossings`;
  return (
    <article className="mx-auto max-w-3xl space-y-4 bg-white p-6 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={base} className="text-accent underline">
          {t("backToCrossings")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {revealing ? (
            <Link href={`${base}/${crossing.id}/manifest`} prefetch={false} className="rounded border border-line px-3 py-2">
              {t("hideNumbers")}
            </Link>
          ) : (
            <form method="get">
              <input type="hidden" name="reveal" value="1" />
              <button type="submit" className="rounded border border-line px-3 py-2 hover:bg-paper">
                {t("showNumbers")}
              </button>
            </form>
          )}
          <PrintButton label={t("print")} />
        </div>
      </div>
      <p className="text-sm text-muted print:hidden">{revealing ? t("numbersShownNote") : t("numbersMaskedNote")}</p>
      <ManifestSheet
        event={event}
        crossing={crossing}
        people={manifest}
        documents={new Map((documents ?? []).map((d) => [d.memberId, d]))}
        fullNumbers={revealed ? new Map(revealed.map((d) => [d.memberId, d.documentNumber])) : undefined}
      />
    </article>
  );
}
