import { getLocale, getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { formatDay } from "@/lib/time/format";
import { getTravelDocumentSettings } from "@/lib/travel-documents/settings";
import { roleCan } from "@/lib/teams/roles";
import { offerConclusion } from "@/lib/events/past";
import { ConcludeForm } from "./_components/conclude-form";
import { StatusForm } from "./_components/status-form";
import { TravelDocumentsForm } from "./_components/travel-documents-form";
import { EventTranslationsForm } from "./_components/translations-form";
import { getEventTranslations } from "@/lib/events/translations";
import { translationFormValues } from "@/lib/content/translation-form";
import { OrganizerMaterials } from "@/components/materials/organizer-materials";
import { materialOutcome } from "@/components/materials/material-outcome";
import { listMaterialsForOrganizer } from "@/lib/materials/queries";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]">) {
  return organizerEventMetadata(params, "overview");
}

export default async function EventOverviewPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId, "view");
  const [travelDocuments, translations, materials] = await Promise.all([
    getTravelDocumentSettings(viewer, event.id),
    getEventTranslations(viewer, event.id),
    // Coordinators, organizers and rapporteurs manage materials; other roles see none here.
    listMaterialsForOrganizer(viewer, event.id, null),
  ]);
  const canPlan = roleCan(event.teamRole, "plan");
  const t = await getTranslations("eventOverview");
  const documents = await getTranslations("travelDocumentSettings");
  const locale = await getLocale();
  const languages = await getTranslations("languages");
  const status = await getTranslations("eventStatus");
  const names = await getTranslations("eventTranslations");
  return (
    <div>
      <OrganizerEventHeader event={event} current="overview" />
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="facts-heading" className="rounded border border-line bg-white p-4">
          <h2 id="facts-heading" className="font-semibold">
            {t("facts")}
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">{t("format")}</dt>
            <dd>{event.format}</dd>
            <dt className="font-medium">{t("host")}</dt>
            <dd>{event.hostPartyName}</dd>
            <dt className="font-medium">{t("parties")}</dt>
            <dd>{event.parties.map((p) => p.name).join(" · ")}</dd>
            <dt className="font-medium">{t("venue")}</dt>
            <dd>
              {event.venueName}, {event.city}, {event.country}
            </dd>
            <dt className="font-medium">{t("timeZone")}</dt>
            <dd>{event.timeZone}</dd>
            <dt className="font-medium">{t("languages")}</dt>
            <dd>{event.languages.map((l) => languages(l)).join(", ")}</dd>
          </dl>
        </section>
        <section aria-labelledby="status-heading" className="rounded border border-line bg-white p-4">
          <h2 id="status-heading" className="font-semibold">
            {t("status")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("statusHint")}</p>
          {canPlan && offerConclusion(event, new Date()) && (
            <ConcludeForm
              eventId={event.id}
              prompt={t("concludePrompt", {
                day: formatDay(event.lastDay, locale),
                zone: event.timeZone,
                status: status(event.status),
                concluded: status("concluded"),
              })}
            />
          )}
          {canPlan ? <StatusForm eventId={event.id} status={event.status} /> : <p className="mt-2">{status(event.status)}</p>}
        </section>
        {canPlan && translations && event.languages.length > 1 && (
          <section aria-labelledby="translations-heading" className="rounded border border-line bg-white p-4 md:col-span-2">
            <h2 id="translations-heading" className="font-semibold">
              {names("heading")}
            </h2>
            <p className="mt-1 text-sm text-muted">{names("hint", { language: languages(event.languages[0]!) })}</p>
            <EventTranslationsForm
              eventId={event.id}
              languages={event.languages}
              source={{ title: event.title, venueName: event.venueName, city: event.city }}
              values={translationFormValues(translations.translations)}
              version={translations.version}
            />
          </section>
        )}
        {travelDocuments && (
          <section aria-labelledby="travel-documents-heading" className="rounded border border-line bg-white p-4">
            <h2 id="travel-documents-heading" className="font-semibold">
              {documents("title")}
            </h2>
            <p className="mt-1 text-sm text-muted">
              {documents("stored", {
                count: travelDocuments.stored,
                date: formatDay(travelDocuments.keptThrough, locale),
                zone: event.timeZone,
                ended: travelDocuments.expired ? "yes" : "no",
              })}
            </p>
            <TravelDocumentsForm
              eventId={event.id}
              collect={travelDocuments.collectTravelDocuments}
              retentionDays={travelDocuments.travelDocumentRetentionDays}
            />
          </section>
        )}
        {materials && (
          <div className="md:col-span-2">
            <OrganizerMaterials eventId={event.id} itemId={null} locale={locale} materials={materials} outcome={materialOutcome(await searchParams)} />
          </div>
        )}
      </div>
    </div>
  );
}
