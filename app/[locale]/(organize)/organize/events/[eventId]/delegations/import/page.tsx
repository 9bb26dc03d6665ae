import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { Link } from "@/i18n/navigation";
import { INVITATION_CSV_TEMPLATE } from "@/lib/delegations/csv-import";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { ImportForm } from "./_components/import-form";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/delegations/import">) {
  return organizerEventMetadata(params, "delegations");
}

export default async function ImportPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/delegations/import">) {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("import");
  return (
    <div>
      <OrganizerEventHeader event={event} current="delegations" />
      <p className="mb-2 text-sm">
        <Link href={`/organize/events/${event.id}/delegations`} className="text-accent underline-offset-4 hover:underline">
          {t("backToRoster")}
        </Link>
      </p>
      <h2 className="text-xl font-semibold">{t("title")}</h2>
      <p className="mt-1 max-w-prose text-sm text-muted">{t("intro")}</p>
      <div className="mt-4 max-w-4xl">
        <ImportForm eventId={event.id} template={INVITATION_CSV_TEMPLATE} requestKey={randomUUID()} />
      </div>
    </div>
  );
}
