import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { delegationMembers, delegations, parties, people } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { membersOfSelection, type RosterSelection } from "./bulk";

export type RosterExport = NonNullable<Awaited<ReturnType<typeof listRosterForExport>>>;

/**
 * The whole roster of an event with contact details and needs, for the organizer's CSV download;
 * null when this organizer may not act on the event (the caller answers 404). Travel documents are
 * deliberately left out. A bulk copy of personal data leaves the system here, so the audit entry is
 * written here too: no caller can export without it. With a `selection` (the roster's ticked
 * people, or everyone matching its filter), only those; a ticked id that is not on this event's
 * roster answers null, like an event the organizer may not see.
 */
export async function listRosterForExport(viewer: OrganizerViewer, eventId: string, selection?: RosterSelection) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const selected = selection ? await membersOfSelection(db, event.id, selection) : undefined;
  if (selected === null) return null;
  const members = await db
    .select({
      partyName: parties.name,
      nameLatin: people.nameLatin,
      nameNative: people.nameNative,
      role: delegationMembers.role,
      status: delegationMembers.status,
      sector: people.sector,
      consent: delegationMembers.consent,
      organization: people.organization,
      position: people.position,
      email: people.email,
      phone: people.phone,
      dietaryNeeds: delegationMembers.dietaryNeeds,
      accessibilityNeeds: delegationMembers.accessibilityNeeds,
    })
    .from(delegationMembers)
    .innerJoin(delegations, and(eq(delegations.id, delegationMembers.delegationId), eq(delegations.eventId, event.id)))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(
      and(
        eq(delegationMembers.eventId, event.id),
        selected
          ? inArray(
              delegationMembers.id,
              selected.map((m) => m.id),
            )
          : undefined,
      ),
    )
    // Same order as the roster screen: parties by name (neither side first by accident), head first.
    .orderBy(asc(parties.name), sql`${delegationMembers.role} = 'head' desc`, asc(people.nameLatin));
  await audit(db, {
    actorUserId: viewer.userId,
    eventId: event.id,
    action: "delegations.export",
    entityType: "event",
    entityId: event.id,
    // A part of the roster says which part: the ticked people, or those matching a filter (and which).
    details: selection ? { rows: members.length, selection: "filter" in selection ? selection.filter : "ticked" } : { rows: members.length },
  });
  return { event: { id: event.id, slug: event.slug, timeZone: event.timeZone }, members };
}
