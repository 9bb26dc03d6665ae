import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { materialOutcome } from "@/components/materials/material-outcome";
import { OrganizerMaterials } from "@/components/materials/organizer-materials";
import { RecordEditor } from "@/components/records/record-editor";
import { Link } from "@/i18n/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { listMaterialsForOrganizer } from "@/lib/materials/queries";
import { getRecordEditor } from "@/lib/records/queries";
import { formatDateTime, formatTime, formatDateTimeInZone } from "@/lib/time/format";
import { finalizeRecordAction, reopenRecordAction } from "./actions";
import { ReopenForm } from "./_components/reopen-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("editorTitle") };
}

/** Writing the record of one agenda item, and attaching its materials: for its rapporteur and the event's organizers only. */
export default async function RecordPage({ params, searchParams }: PageProps<"/[locale]/records/[itemId]">) {
  const { itemId } = await params;
  const viewer = await requireViewer();
  const data = await getRecordEditor(viewer, itemId);
  if (!data) notFound();
  const t = await getTranslations("records");
  const agenda = await getTranslations("agenda");
  const locale = await getLocale();
  const { scope } = data;
  const final = scope.status === "final";
  // The session's papers: whoever writes its record attaches them (lib/materials/queries.ts materialScope).
  const materials = await listMaterialsForOrganizer(viewer, scope.eventId, scope.itemId);
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-muted">
          <Link href="/records" className="underline-offset-4 hover:underline">
            {t("mine")}
          </Link>{" "}
          · {scope.eventTitle}
        </p>
        <h1 className="text-2xl font-semibold">{t("recordOf", { title: scope.itemTitle })}</h1>
        <p className="text-sm text-muted">
          {formatDateTime(scope.startsAt, scope.timeZone, locale)}–{formatTime(scope.endsAt, scope.timeZone, locale)} ({scope.timeZone}) ·{" "}
          {agenda(`kinds.${scope.kind}`)}
          {scope.closedDoor && <> · {agenda("closedDoor")}</>}
        </p>
        <p className="text-sm">
          {final && data.finalizedAt ? t("finalSince", { when: formatDateTimeInZone(data.finalizedAt, scope.timeZone, locale) }) : t("draftNote")}{" "}
          <Link href={`/records/${scope.itemId}/history`} className="text-accent underline">
            {t("historyLink")}
          </Link>
        </p>
      </header>
      <ClientMessages namespaces={["errors", "records", "recordEditor", "themes", "languages"]}>
        <RecordEditor
          key={`${scope.status}-${scope.version}`}
          itemId={scope.itemId}
          version={scope.version}
          draft={data.draft}
          final={final}
          isMeeting={scope.kind === "meeting_with_officials"}
          closedDoor={scope.closedDoor}
          people={data.people}
          parties={data.parties}
          officials={data.officials}
          languages={scope.languages}
          initialWarnings={data.warnings}
          signInHref={`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/records/${scope.itemId}`)}`}
          finalize={final ? undefined : finalizeRecordAction.bind(null, scope.itemId)}
        />
        {final && scope.canManage && <ReopenForm action={reopenRecordAction.bind(null, scope.itemId)} />}
      </ClientMessages>
      {materials && (
        <OrganizerMaterials eventId={scope.eventId} itemId={scope.itemId} locale={locale} materials={materials} outcome={materialOutcome(await searchParams)} />
      )}
    </div>
  );
}
