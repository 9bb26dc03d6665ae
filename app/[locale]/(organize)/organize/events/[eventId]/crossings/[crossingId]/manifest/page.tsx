import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { Link } from "@/i18n/navigation";
import { getCrossingForOrganizer } from "@/lib/crossings/queries";
import { loadOrganizerEvent } from "@/lib/events/load";
import { listTravelDocumentsForOrganizer, revealManifestDocuments } from "@/lib/travel-documents/queries";
import { whenLabel, zoneLabel } from "../../_components/when";

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
  const documentOf = new Map((documents ?? []).map((d) => [d.memberId, d]));
  const fullNumberOf = new Map((revealed ?? []).map((d) => [d.memberId, d.documentNumber]));
  const t = await getTranslations("crossings");
  const docs = await getTranslations("travelDocuments");
  const locale = await getLocale();
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
      <header>
        <p className="text-sm text-muted">
          {event.initiativeName} · {event.title}
        </p>
        <h1 className="text-2xl font-semibold">{t("manifestTitle")}</h1>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("delegation")}</dt>
          <dd>{crossing.partyName}</dd>
          <dt className="font-medium">{t("point")}</dt>
          <dd>{crossing.pointName}</dd>
          <dt className="font-medium">{t("direction")}</dt>
          <dd>{t(`directions.${crossing.direction}`)}</dd>
          <dt className="font-medium">{t("planned")}</dt>
          <dd>
            {whenLabel(crossing.plannedAt, event.timeZone, locale)} · {zoneLabel(event.timeZone, crossing.plannedAt)}
          </dd>
          {crossing.actualAt && (
            <>
              <dt className="font-medium">{t("actual")}</dt>
              <dd>
                {whenLabel(crossing.actualAt, event.timeZone, locale)} · {zoneLabel(event.timeZone, crossing.actualAt)}
              </dd>
            </>
          )}
        </dl>
      </header>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left font-semibold">{t("manifestCaption", { count: manifest.length })}</caption>
        <thead>
          <tr className="border-b border-ink">
            <th scope="col" className="p-1">
              {t("number")}
            </th>
            <th scope="col" className="p-1">
              {t("name")}
            </th>
            <th scope="col" className="p-1">
              {t("organizationPosition")}
            </th>
            <th scope="col" className="p-1">
              {t("document")}
            </th>
          </tr>
        </thead>
        <tbody>
          {manifest.map((person, index) => {
            const document = documentOf.get(person.memberId);
            return (
              <tr key={person.personId} className="border-b border-line align-top">
                <td className="p-1">{index + 1}</td>
                <th scope="row" className="p-1 font-medium">
                  {person.nameLatin}
                  {person.nameNative && person.nameNative !== person.nameLatin && <span className="block font-normal">{person.nameNative}</span>}
                </th>
                <td className="p-1">
                  {person.organization}
                  {person.position && <span className="block text-muted">{person.position}</span>}
                </td>
                <td className="p-1">
                  {document ? (
                    <>
                      {docs(`types.${document.documentType}`)}{" "}
                      <span className="font-mono">{fullNumberOf.get(person.memberId) ?? document.maskedNumber}</span>
                      <span className="block text-muted">{document.issuingCountry}</span>
                    </>
                  ) : (
                    <span className="text-muted">{docs("notOnFile")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <section aria-labelledby="signatures-heading" className="grid gap-6 pt-6 sm:grid-cols-3 print:grid-cols-3">
        <h2 id="signatures-heading" className="sr-only">
          {t("signatures")}
        </h2>
        {(["signatureHead", "signatureOrganizer", "signatureBorder"] as const).map((key) => (
          <div key={key} className="text-sm">
            <div className="h-12 border-b border-ink" />
            <p className="mt-1">{t(key)}</p>
          </div>
        ))}
      </section>
    </article>
  );
}
