import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import { EVENT_TEXT_FIELDS } from "@/lib/content/fields";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { translationInputs, translationsFromInput } from "@/lib/content/translation-form";
import type { ContentTranslations } from "@/lib/content/translations";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { formVersion } from "@/lib/forms/fields";
import { getEventForOrganizer } from "./queries";

/** The event's title, venue and city in its other languages, as the overview's form sends them. */
export const eventTranslationsInput = z.object({
  version: formVersion(),
  ...translationInputs({ title: 200, venueName: 200, city: 100 }),
});

export type EventTranslationsInput = z.output<typeof eventTranslationsInput>;

/** The saved versions and the event's version, for the form; null out of this organizer's scope. */
export async function getEventTranslations(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId, "plan");
  if (!event) return null;
  const db = await getDb();
  const [row] = await db.select({ translations: events.translations, version: events.version }).from(events).where(eq(events.id, event.id));
  return row ?? null;
}

/**
 * Saves the versions in the event's other languages (only those: a version for a language the
 * event does not work in is dropped), unless someone saved the event since the form was loaded.
 */
export async function updateEventTranslations(
  viewer: OrganizerViewer,
  eventId: string,
  input: EventTranslationsInput,
): Promise<WriteResult<{ version: number }>> {
  const event = await getEventForOrganizer(viewer, eventId, "plan");
  if (!event) return refuse("errors.notFound");
  const translations: ContentTranslations = translationsFromInput(input, EVENT_TEXT_FIELDS, event.languages);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .update(events)
      .set({ translations, version: sql`${events.version} + 1`, updatedAt: new Date() })
      .where(and(eq(events.id, event.id), eq(events.version, input.version)))
      .returning({ version: events.version });
    if (!saved) return refuse("eventTranslations.savedMeanwhile");
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "event.translations",
      entityType: "event",
      entityId: event.id,
      details: { languages: Object.keys(translations) },
    });
    return ok({ version: saved.version });
  });
}
