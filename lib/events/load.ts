import "server-only";
import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "./queries";

/** For organizer pages: the viewer and the event in their scope, or 404. Once per request. */
export const loadOrganizerEvent = cache(async (eventId: string) => {
  const viewer = await requireOrganizer();
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) notFound();
  return { viewer, event };
});

/** "<Section> · <event title>" for the browser tab and screen readers. */
export async function organizerEventMetadata(
  params: Promise<{ eventId: string }>,
  section: "overview" | "agenda" | "delegations" | "crossings" | "records" | "recommendations" | "outcome" | "outbox",
): Promise<Metadata> {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId);
  const t = await getTranslations("eventNav");
  return { title: `${t(section)} · ${event.title}` };
}
