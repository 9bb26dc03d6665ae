import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangeList } from "@/components/agenda/change-list";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { listReleasesForOrganizer } from "@/lib/agenda/releases";
import { loadOrganizerEvent } from "@/lib/events/load";
import { formatDateTimeInZone } from "@/lib/time/format";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/agenda/releases">) {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("releases");
  return { title: `${t("allHeading")} · ${event.title}` };
}

export default async function ReleasesPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/agenda/releases">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const data = await listReleasesForOrganizer(viewer, event.id);
  if (!data) notFound();
  const t = await getTranslations("releases");
  const locale = await getLocale();
  return (
    <div>
      <OrganizerEventHeader event={event} current="agenda" />
      <h2 className="text-xl font-semibold">{t("allHeading")}</h2>
      {data.releases.length === 0 && <p className="text-muted">{t("never")}</p>}
      <ol className="mt-3 space-y-4">
        {data.releases.map((release) => (
          <li key={release.version} className="rounded border border-line bg-white p-4">
            <h3 className="font-semibold">
              {t("versionLine", { version: release.version, date: formatDateTimeInZone(release.releasedAt, event.timeZone, locale) })}
            </h3>
            {release.note && <p className="text-sm">{release.note}</p>}
            {release.clashCount > 0 && (
              <p className="mt-1 text-sm">
                <span className="font-medium text-danger">{t("releasedOverClashes", { count: release.clashCount })}</span> {release.clashOverride}
              </p>
            )}
            <ChangeList changes={release.changes} zone={event.timeZone} />
          </li>
        ))}
      </ol>
    </div>
  );
}
