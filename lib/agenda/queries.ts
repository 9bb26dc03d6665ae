import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agendaItems, delegationMembers, events } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { claimCreate, completeCreate } from "@/lib/forms/create-once";
import { isUuid } from "@/lib/uuid";
import { itemColumns, itemValues } from "./columns";
import { PARTICIPATING, resolveAgendaTiming } from "./rules";
import type { AgendaItemInput } from "./schema";

/** The first timing problem, as a refusal on its field. */
function refuseTiming(errors: Partial<Record<string, string>>) {
  const [field, reason] = Object.entries(errors)[0]!;
  return refuse(reason!, field);
}

/** Deleted items wait for a possible undo; no reader ever sees them. */
const live = isNull(agendaItems.deletedAt);

/** How long a deleted item can be brought back. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

export async function listAgendaForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  return db
    .select({ ...itemColumns, createdAt: agendaItems.createdAt, version: agendaItems.version })
    .from(agendaItems)
    .where(and(eq(agendaItems.eventId, event.id), live))
    .orderBy(asc(agendaItems.startsAt));
}

export type EditableAgendaItem = NonNullable<Awaited<ReturnType<typeof getAgendaItemForOrganizer>>>;

/** One item with its version, for the edit form; null when not in this organizer's scope. */
export async function getAgendaItemForOrganizer(viewer: OrganizerViewer, eventId: string, itemId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(itemId)) return null;
  const db = await getDb();
  const [item] = await db
    .select({ ...itemColumns, version: agendaItems.version })
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.eventId, event.id), live));
  return item ? { event, item } : null;
}

export type AgendaUpdateResult = WriteResult<{ version: number }> | { ok: false; reason: "conflict"; current: EditableAgendaItem["item"] };

/**
 * Saves an edit (including a move to another day or time) only if nobody saved the item since
 * the editor loaded `expectedVersion`; otherwise returns what is saved now, overwriting nothing.
 */
export async function updateAgendaItem(
  viewer: OrganizerViewer,
  eventId: string,
  itemId: string,
  input: AgendaItemInput,
  expectedVersion: number,
): Promise<AgendaUpdateResult> {
  const found = await getAgendaItemForOrganizer(viewer, eventId, itemId);
  if (!found) return refuse("errors.notFound");
  const { event } = found;
  const timing = resolveAgendaTiming(input, event);
  if (!timing.ok) return refuseTiming(timing.errors);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const updated = await tx
      .update(agendaItems)
      .set({
        ...itemValues(input, timing, event.languages),
        version: sql`${agendaItems.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.eventId, event.id), eq(agendaItems.version, expectedVersion), live))
      .returning({ version: agendaItems.version });
    if (updated.length === 0) return null;
    await audit(tx, { actorUserId: viewer.userId, eventId: event.id, action: "agenda_item.update", entityType: "agenda_item", entityId: itemId });
    return updated[0]!.version;
  });
  if (result !== null) return ok({ version: result });
  const now = await getAgendaItemForOrganizer(viewer, eventId, itemId);
  return now ? { ok: false, reason: "conflict", current: now.item } : refuse("errors.notFound");
}

export async function createAgendaItem(
  viewer: OrganizerViewer,
  eventId: string,
  input: AgendaItemInput,
  /** The form's create key: the same key twice makes one item. */
  requestKey?: string,
): Promise<WriteResult<{ id: string }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const timing = resolveAgendaTiming(input, event);
  if (!timing.ok) return refuseTiming(timing.errors);
  const db = await getDb();
  const once = requestKey ? { key: requestKey, userId: viewer.userId, kind: "agenda_item" } : null;
  return db.transaction(async (tx) => {
    const { earlier } = await claimCreate(tx, once);
    if (earlier) return ok({ id: earlier });
    const [created] = await tx
      .insert(agendaItems)
      .values({ eventId: event.id, ...itemValues(input, timing, event.languages) })
      .returning({ id: agendaItems.id });
    await audit(tx, { actorUserId: viewer.userId, eventId: event.id, action: "agenda_item.create", entityType: "agenda_item", entityId: created!.id });
    await completeCreate(tx, once, created!.id);
    return ok({ id: created!.id });
  });
}

/** Soft delete: the item disappears everywhere at once and can be restored for UNDO_WINDOW_MS. */
export async function deleteAgendaItem(viewer: OrganizerViewer, eventId: string, itemId: string): Promise<WriteResult<{ title: string }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(itemId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const deleted = await tx
      .update(agendaItems)
      .set({ deletedAt: new Date(), version: sql`${agendaItems.version} + 1` })
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.eventId, event.id), live))
      .returning({ title: agendaItems.title });
    if (deleted.length === 0) return refuse("errors.notFound");
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "agenda_item.delete",
      entityType: "agenda_item",
      entityId: itemId,
      details: { title: deleted[0]!.title },
    });
    return ok({ title: deleted[0]!.title });
  });
}

/** Items deleted within the undo window, newest first, for the "Undo" list. */
export async function listRecentlyDeleted(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return [];
  const db = await getDb();
  return db
    .select({ id: agendaItems.id, title: agendaItems.title, deletedAt: agendaItems.deletedAt })
    .from(agendaItems)
    .where(and(eq(agendaItems.eventId, event.id), gt(agendaItems.deletedAt, new Date(Date.now() - UNDO_WINDOW_MS))))
    .orderBy(desc(agendaItems.deletedAt));
}

/** Undo of a delete, within the undo window. */
export async function restoreAgendaItem(viewer: OrganizerViewer, eventId: string, itemId: string): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(itemId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const restored = await tx
      .update(agendaItems)
      .set({ deletedAt: null, version: sql`${agendaItems.version} + 1` })
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.eventId, event.id), gt(agendaItems.deletedAt, new Date(Date.now() - UNDO_WINDOW_MS))))
      .returning({ id: agendaItems.id });
    if (restored.length === 0) return refuse("agendaForm.undoExpired");
    await audit(tx, { actorUserId: viewer.userId, eventId: event.id, action: "agenda_item.restore", entityType: "agenda_item", entityId: itemId });
    return ok(undefined);
  });
}

export { PARTICIPATING };

/** "My schedule": the events the delegate takes part in (their agenda comes from the latest release). */
export async function listEventsForDelegate(viewer: DelegateViewer) {
  if (viewer.personIds.length === 0) return [];
  const db = await getDb();
  return db
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
    .where(and(inArray(delegationMembers.personId, viewer.personIds), inArray(delegationMembers.status, [...PARTICIPATING])))
    .orderBy(asc(events.firstDay));
}
