import "server-only";
import { notFound } from "next/navigation";
import { requireOrganizer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "./queries";

/** For organizer pages: the viewer and the event in their scope, or 404. */
export async function loadOrganizerEvent(eventId: string) {
  const viewer = await requireOrganizer();
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) notFound();
  return { viewer, event };
}
