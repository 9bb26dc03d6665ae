import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { Link } from "@/i18n/navigation";
import { listCrossingsForOrganizer } from "@/lib/crossings/queries";
import { canCross } from "@/lib/crossings/rules";
import { loadOrganizerEvent } from "@/lib/events/load";
import { listTravelDocumentsForOrganizer } from "@/lib/travel-documents/queries";
import { getTravelDocumentSettings } from "@/lib/travel-documents/settings";
import { formatDay } from "@/lib/time/format";
import { TravelDocumentForm } from "../_components/travel-document-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/crossings/documents">) {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("travelDocuments");
  return { title: `${t("title")} · ${event.title}` };
}

/** Travel documents for the manifests: masked here, recorded only while the event collects them. */
export default async function TravelDocumentsPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/crossings/documents">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const [settings, delegations, documents] = await Promise.all([
    getTravelDocumentSettings(viewer, event.id),
    listCrossingsForOrganizer(viewer, event.id),
    listTravelDocumentsForOrganizer(viewer, event.id),
  ]);
  if (!settings || !delegations) notFound();
  const t = await getTranslations("travelDocuments");
  const person = await getTranslations("person");
  const locale = await getLocale();
  const documentOf = new Map((documents ?? []).map((d) => [d.memberId, d]));
  const keptThrough = { date: formatDay(settings.keptThrough, locale), zone: event.timeZone };
  const memberOptions = delegations.flatMap((d) =>
    d.members.filter((m) => canCross(m.status)).map((m) => ({ value: m.memberId, label: `${m.nameLatin} · ${d.partyName}` })),
  );
  return (
    <div>
      <OrganizerEventHeader event={event} current="crossings" />
      <Link href={`/organize/events/${event.id}/crossings`} className="text-sm text-accent underline">
        {t("backToCrossings")}
      </Link>
      <h2 className="mt-2 text-xl font-semibold">{t("title")}</h2>
      <div className="mt-2 max-w-3xl space-y-1 text-sm">
        <p>{settings.collectTravelDocuments ? t("collecting") : t("notCollecting")}</p>
        <p>{settings.expired ? t("retentionEnded", keptThrough) : t("retentionUntil", keptThrough)}</p>
        <p>
          <Link href={`/organize/events/${event.id}`} className="text-accent underline">
            {t("changeSetting")}
          </Link>
        </p>
      </div>
      <div className="mt-6 grid gap-8 xl:grid-cols-[1fr_22rem]">
        <div className="grid gap-6 md:grid-cols-2">
          {delegations.map((delegation) => (
            <section key={delegation.id} aria-labelledby={`documents-${delegation.id}`}>
              <h3 id={`documents-${delegation.id}`} className="text-lg font-semibold">
                {t("delegationOf", { party: delegation.partyName })}
              </h3>
              {delegation.members.length === 0 ? (
                <p className="text-sm text-muted">{t("noMembers")}</p>
              ) : (
                <ul className="mt-2 divide-y divide-line rounded border border-line bg-white text-sm">
                  {delegation.members.map((m) => {
                    const document = documentOf.get(m.memberId);
                    return (
                      <li key={m.memberId} className="p-2">
                        <span className="font-medium">{m.nameLatin}</span> <span className="text-muted">· {person(`statuses.${m.status}`)}</span>
                        <span className="block">
                          {document ? (
                            <>
                              {t(`types.${document.documentType}`)} <span className="font-mono">{document.maskedNumber}</span> · {document.issuingCountry}
                              {document.expiresOn && <> · {t("expires", { date: document.expiresOn })}</>}
                            </>
                          ) : (
                            <span className="text-muted">{t("notOnFile")}</span>
                          )}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          ))}
        </div>
        {settings.collectTravelDocuments && (
          <section aria-labelledby="record-heading" className="h-fit rounded border border-line bg-white p-4">
            <h3 id="record-heading" className="text-lg font-semibold">
              {t("record")}
            </h3>
            <TravelDocumentForm eventId={event.id} members={memberOptions} />
          </section>
        )}
      </div>
    </div>
  );
}
