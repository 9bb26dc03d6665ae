import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agendaItems, recommendations, records } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { isUuid } from "@/lib/uuid";

export type BoardFilter = { theme?: string; itemId?: string; adopted?: "yes" | "no" };

/** All recommendations of the event, in programme order, filtered by theme, session and adoption. */
export async function listRecommendationsForOrganizer(viewer: OrganizerViewer, eventId: string, filter: BoardFilter = {}) {
  const event = await getEventForOrganizer(viewer, eventId, "records");
  if (!event) return null;
  const db = await getDb();
  const all = await db
    .select({
      id: recommendations.id,
      theme: recommendations.theme,
      text: recommendations.text,
      adopted: recommendations.adopted,
      adoptedAt: recommendations.adoptedAt,
      itemId: agendaItems.id,
      itemTitle: agendaItems.title,
      startsAt: agendaItems.startsAt,
      recordStatus: records.status,
    })
    .from(recommendations)
    .innerJoin(records, eq(records.id, recommendations.recordId))
    .innerJoin(agendaItems, eq(agendaItems.id, records.agendaItemId))
    .where(and(eq(recommendations.eventId, event.id), isNull(agendaItems.deletedAt)))
    .orderBy(asc(agendaItems.startsAt), asc(recommendations.position), asc(recommendations.createdAt));
  const shown = all.filter(
    (r) =>
      (!filter.theme || r.theme === filter.theme) &&
      (!filter.itemId || r.itemId === filter.itemId) &&
      (!filter.adopted || r.adopted === (filter.adopted === "yes")),
  );
  const themes = [...new Set(all.map((r) => r.theme))].sort();
  const sessions = [...new Map(all.map((r) => [r.itemId, { id: r.itemId, title: r.itemTitle }])).values()];
  return { event, recommendations: shown, total: all.length, adoptedCount: all.filter((r) => r.adopted).length, themes, sessions };
}

/** The organizer marks a recommendation adopted for the outcome, or takes that back. */
export async function setRecommendationAdopted(
  viewer: OrganizerViewer,
  eventId: string,
  recommendationId: string,
  adopted: boolean,
): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId, "records");
  if (!event || !isUuid(recommendationId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(recommendations)
      .set({ adopted, adoptedAt: adopted ? new Date() : null, adoptedBy: adopted ? viewer.userId : null })
      .where(and(eq(recommendations.id, recommendationId), eq(recommendations.eventId, event.id)))
      .returning({ id: recommendations.id });
    if (!row) return refuse("errors.notFound");
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: adopted ? "recommendation.adopt" : "recommendation.unadopt",
      entityType: "recommendation",
      entityId: row.id,
    });
    return ok(undefined);
  });
}
