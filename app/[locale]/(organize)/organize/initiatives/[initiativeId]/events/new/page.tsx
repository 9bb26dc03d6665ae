import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/uuid";
import { getInitiativeForOrganizer } from "@/lib/initiatives/queries";
import { EventForm } from "./_components/event-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("eventForm");
  return { title: t("title") };
}

export default async function NewEventPage({ params }: PageProps<"/[locale]/organize/initiatives/[initiativeId]/events/new">) {
  const viewer = await requireOrganizer();
  const { initiativeId } = await params;
  const initiative = isUuid(initiativeId) ? await getInitiativeForOrganizer(viewer, initiativeId) : null;
  if (!initiative) notFound();
  const t = await getTranslations("eventForm");
  return (
    <div className="max-w-2xl">
      <p className="text-sm text-muted">{initiative.name}</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <EventForm initiativeId={initiative.id} parties={initiative.parties} timeZones={Intl.supportedValuesOf("timeZone")} />
    </div>
  );
}
