import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { organizerEventMetadata } from "@/lib/events/load";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { requireOrganizer } from "@/lib/auth/viewer";
import { getOutcomeForOrganizer } from "@/lib/outcomes/queries";
import { formatDateTime } from "@/lib/time/format";
import { OutcomeDraftForm } from "./_components/outcome-draft-form";
import { PublishOutcomeForm } from "./_components/publish-outcome-form";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/outcome">) {
  return organizerEventMetadata(params, "outcome");
}

export default async function OutcomePage({ params }: PageProps<"/[locale]/organize/events/[eventId]/outcome">) {
  const { eventId } = await params;
  const viewer = await requireOrganizer();
  const data = await getOutcomeForOrganizer(viewer, eventId);
  if (!data) notFound();
  const { event, outcome, statements, revisions } = data;
  const t = await getTranslations("outcomeForm");
  const locale = await getLocale();
  const version = outcome?.version ?? 1;
  const texts = Object.fromEntries(statements.map((s) => [s.language, s.text]));
  return (
    <div>
      <OrganizerEventHeader event={event} current="outcome" />
      <div className="space-y-8">
        <section aria-labelledby="draft-heading">
          <h2 id="draft-heading" className="text-xl font-semibold">
            {t("draft")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("draftHint")}</p>
          <OutcomeDraftForm eventId={event.id} languages={event.languages} texts={texts} version={version} />
        </section>
        <section aria-labelledby="publish-heading" className="rounded border border-line bg-white p-4">
          <h2 id="publish-heading" className="text-xl font-semibold">
            {t("publication")}
          </h2>
          {revisions.length === 0 ? (
            <p className="mt-1 text-sm text-muted">{t("notPublished")}</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {revisions.map((r) => (
                <li key={r.revision}>
                  {t("revisionLine", { revision: r.revision, date: formatDateTime(r.publishedAt, event.timeZone, locale) })}
                  {r.note && ` — ${r.note}`}
                </li>
              ))}
            </ul>
          )}
          {statements.length > 0 && (
            <PublishOutcomeForm eventId={event.id} version={version} isCorrection={revisions.length > 0} />
          )}
        </section>
      </div>
    </div>
  );
}
