import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { listReleasesForOrganizer } from "@/lib/agenda/releases";
import { formatDateTimeInZone } from "@/lib/time/format";
import { ReleaseForm } from "./release-form";
import { ChangeList } from "@/components/agenda/change-list";

type Releases = NonNullable<Awaited<ReturnType<typeof listReleasesForOrganizer>>>;

/** Where the working draft stands against what delegates and the public read, and the release button. */
export async function ReleasePanel({
  eventId,
  zone,
  releases,
  clashCount,
  blocked,
}: {
  eventId: string;
  zone: string;
  releases: Releases;
  /** Clashes in the draft (a place or a person booked twice at once): released only with a reason. */
  clashCount: number;
  /** Errors no reason releases over (an item outside the event's days). */
  blocked: boolean;
}) {
  const t = await getTranslations("releases");
  const locale = await getLocale();
  const latest = releases.releases[0];
  const pending = releases.unreleased.length > 0 || releases.unreleasedOther;
  return (
    <section aria-labelledby="release-heading" className="rounded border border-line bg-white p-3">
      <h2 id="release-heading" className="font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm">
        {latest ? t("latest", { version: latest.version, date: formatDateTimeInZone(latest.releasedAt, zone, locale) }) : t("never")}{" "}
        {releases.releases.length > 0 && (
          <Link href={`/organize/events/${eventId}/agenda/releases`} className="text-accent underline">
            {t("all")}
          </Link>
        )}
      </p>
      {latest && latest.notified !== null && latest.version > 1 && (
        <p className="text-sm">{t("notified", { count: latest.notified, version: latest.version })}</p>
      )}
      {pending ? (
        <>
          <h3 className="mt-2 text-sm font-semibold">{t("unreleased")}</h3>
          {releases.unreleased.length > 0 ? <ChangeList changes={releases.unreleased} zone={zone} /> : <p className="text-sm">{t("peopleOnly")}</p>}
          {blocked ? (
            <p className="mt-2 text-sm font-medium text-danger">{t("blockedByErrors")}</p>
          ) : (
            <ReleaseForm eventId={eventId} nextVersion={releases.nextVersion} clashCount={clashCount} />
          )}
        </>
      ) : (
        <p className="mt-1 text-sm text-muted">{t("upToDate")}</p>
      )}
    </section>
  );
}
