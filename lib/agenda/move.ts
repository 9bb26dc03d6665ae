import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agendaItems } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import type { ContentTranslations } from "@/lib/content/translations";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { CLASH_CODES, type Finding } from "./checks";
import { loadOrganizerAgenda } from "./organizer-agenda";
import { getAgendaItemForOrganizer } from "./queries";
import { movedTiming } from "./rules";
import type { AgendaMoveInput } from "./schema";

export type AgendaMoveResult =
  WriteResult<{ version: number; title: string; startsAt: Date; place: string; clashes: Finding[] }> | { ok: false; reason: "conflict"; field?: undefined };

/**
 * Moves an item to another day, start and place of its event, keeping its duration; saved only if
 * nobody saved the item since the organizer saw `input.version`. Audited as an edit. A clash at the
 * new position is allowed, as for an edit, and returned so the organizer hears of it.
 */
export async function moveAgendaItem(viewer: OrganizerViewer, eventId: string, itemId: string, input: AgendaMoveInput): Promise<AgendaMoveResult> {
  const found = await getAgendaItemForOrganizer(viewer, eventId, itemId);
  if (!found) return refuse("errors.notFound");
  const { event, item } = found;
  const timing = movedTiming({ day: input.day, startTime: input.startTime, minutes: minutesOf(item) }, event);
  if (!timing.ok) {
    const [field, reason] = Object.entries(timing.errors)[0]!;
    return refuse(reason!, field === "endTime" ? "startTime" : field);
  }
  const db = await getDb();
  const placeChanged = input.place !== item.place;
  const translations = placeChanged ? await placeVersions(event.id, item.translations, input.place) : item.translations;
  const saved = await db.transaction(async (tx) => {
    const updated = await tx
      .update(agendaItems)
      .set({
        startsAt: timing.startsAt,
        endsAt: timing.endsAt,
        place: input.place,
        translations,
        version: sql`${agendaItems.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(agendaItems.id, item.id), eq(agendaItems.eventId, event.id), eq(agendaItems.version, input.version), isNull(agendaItems.deletedAt)))
      .returning({ version: agendaItems.version });
    if (updated.length === 0) return null;
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "agenda_item.update",
      entityType: "agenda_item",
      entityId: item.id,
      details: {
        moved: { from: { startsAt: item.startsAt.toISOString(), place: item.place }, to: { startsAt: timing.startsAt.toISOString(), place: input.place } },
      },
    });
    return updated[0]!.version;
  });
  if (saved === null) return { ok: false, reason: "conflict" };
  const { findings } = await loadOrganizerAgenda(viewer, event);
  const clashes = findings.filter((finding) => finding.itemId === item.id && CLASH_CODES.has(finding.code));
  return ok({ version: saved, title: item.title, startsAt: timing.startsAt, place: input.place, clashes });
}

function minutesOf(item: { startsAt: Date; endsAt: Date }): number {
  return Math.round((item.endsAt.getTime() - item.startsAt.getTime()) / 60_000);
}

/**
 * The item's versions in the other languages with the place's versions of the new place: taken
 * from another item of the event already in that place, else dropped (they named the old place).
 */
async function placeVersions(eventId: string, own: ContentTranslations | null, place: string): Promise<ContentTranslations> {
  const db = await getDb();
  const others = place
    ? await db
        .select({ translations: agendaItems.translations })
        .from(agendaItems)
        .where(and(eq(agendaItems.eventId, eventId), eq(agendaItems.place, place), isNull(agendaItems.deletedAt)))
        .limit(50)
    : [];
  const result: ContentTranslations = {};
  const languages = new Set([...Object.keys(own ?? {}), ...others.flatMap((other) => Object.keys(other.translations ?? {}))]);
  for (const language of languages) {
    const versions: Record<string, string> = {};
    for (const [field, text] of Object.entries(own?.[language] ?? {})) if (field !== "place" && text) versions[field] = text;
    const placeVersion = others.map((other) => other.translations?.[language]?.place).find(Boolean);
    if (placeVersion) versions.place = placeVersion;
    if (Object.keys(versions).length > 0) result[language] = versions;
  }
  return result;
}
