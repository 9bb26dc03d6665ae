import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agendaItems, delegationMembers, events } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { isUuid } from "@/lib/uuid";
import { resolveAgendaTiming, visibilitiesFor } from "./rules";
import type { AgendaItemInput } from "./schema";

const itemColumns = {
  id: agendaItems.id,
  kind: agendaItems.kind,
  title: agendaItems.title,
  description: agendaItems.description,
  place: agendaItems.place,
  startsAt: agendaItems.startsAt,
  endsAt: agendaItems.endsAt,
  visibility: agendaItems.visibility,
  closedDoor: agendaItems.closedDoor,
};

export async function listAgendaForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  return db.select(itemColumns).from(agendaItems).where(eq(agendaItems.eventId, event.id)).orderBy(asc(agendaItems.startsAt));
}

export async function createAgendaItem(
  viewer: OrganizerViewer,
  eventId: string,
  input: AgendaItemInput,
): Promise<WriteResult<{ id: string }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const timing = resolveAgendaTiming(input, event);
  if (!timing.ok) {
    const [field, reason] = Object.entries(timing.errors)[0]!;
    return refuse(reason!, field);
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(agendaItems)
      .values({
        eventId: event.id,
        kind: input.kind,
        title: input.title,
        description: input.description,
        place: input.place,
        startsAt: timing.startsAt,
        endsAt: timing.endsAt,
        visibility: input.visibility,
        closedDoor: input.closedDoor,
      })
      .returning({ id: agendaItems.id });
    await audit(tx, { actorUserId: viewer.userId, eventId: event.id, action: "agenda_item.create", entityType: "agenda_item", entityId: created!.id });
    return ok({ id: created!.id });
  });
}

export async function deleteAgendaItem(viewer: OrganizerViewer, eventId: string, itemId: string): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(itemId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(agendaItems)
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.eventId, event.id)))
      .returning({ id: agendaItems.id, title: agendaItems.title });
    if (deleted.length === 0) return refuse("errors.notFound");
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "agenda_item.delete",
      entityType: "agenda_item",
      entityId: itemId,
      details: { title: deleted[0]!.title },
    });
    return ok(undefined);
  });
}

/**
 * Public agenda: public items only. A closed-door item keeps its time and kind but loses its
 * title, description and place, so the public sees only that a closed session took place.
 */
export async function listPublicAgenda(eventId: string) {
  const db = await getDb();
  const { visibility: _omit, ...publicColumns } = itemColumns;
  const rows = await db
    .select(publicColumns)
    .from(agendaItems)
    .where(and(eq(agendaItems.eventId, eventId), inArray(agendaItems.visibility, visibilitiesFor("public"))))
    .orderBy(asc(agendaItems.startsAt));
  return rows.map((item) => (item.closedDoor ? { ...item, title: null, description: "", place: "" } : item));
}

/** Member statuses that still take part. Declined or withdrawn people see nothing. */
export const PARTICIPATING = ["invited", "registered", "confirmed"] as const;

/** "My schedule": the delegate's own events, items visible to delegates. */
export async function listScheduleForDelegate(viewer: DelegateViewer) {
  if (!viewer.personId) return [];
  const db = await getDb();
  const myEvents = await db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      city: events.city,
      venueName: events.venueName,
      timeZone: events.timeZone,
      firstDay: events.firstDay,
      lastDay: events.lastDay,
    })
    .from(events)
    .innerJoin(delegationMembers, eq(delegationMembers.eventId, events.id))
    .where(and(eq(delegationMembers.personId, viewer.personId), inArray(delegationMembers.status, [...PARTICIPATING])))
    .orderBy(asc(events.firstDay));
  if (myEvents.length === 0) return [];
  const items = await db
    .select({ ...itemColumns, eventId: agendaItems.eventId })
    .from(agendaItems)
    .where(
      and(
        inArray(agendaItems.eventId, myEvents.map((e) => e.id)),
        inArray(agendaItems.visibility, visibilitiesFor("delegate")),
      ),
    )
    .orderBy(asc(agendaItems.startsAt));
  return myEvents.map((event) => ({ ...event, items: items.filter((item) => item.eventId === event.id) }));
}
