import "server-only";
import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/viewer";
import type { Capability } from "@/lib/teams/roles";
import { SECTION_CAPABILITY, type EventSection } from "./sections";
import { getEventForOrganizer } from "./queries";

/**
 * For organizer pages: the viewer and the event in their scope, if their team role lets them do
 * `capability` (planning unless said otherwise), or 404. Once per request.
 */
export const loadOrganizerEvent = cache(async (eventId: string, capability: Capability = "plan") => {
  const viewer = await requireOrganizer();
  const event = await getEventForOrganizer(viewer, eventId, capability);
  if (!event) notFound();
  return { viewer, event };
});

/** "<Section> · <event title>" for the browser tab and screen readers. */
export async function organizerEventMetadata(params: Promise<{ eventId: string }>, section: EventSection): Promise<Metadata> {
  const { eventId } = await params;
  const { event } = await loadOrganizerEvent(eventId, SECTION_CAPABILITY[section]);
  const t = await getTranslations("eventNav");
  return { title: `${t(section)} · ${event.title}` };
}
