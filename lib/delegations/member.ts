import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, delegationMembers, delegations, parties, people, users } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { isUuid } from "@/lib/uuid";

/** One person's page for organizers: profile, contact, needs, and what was done about them. */
export async function getMemberForOrganizer(viewer: OrganizerViewer, eventId: string, memberId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(memberId)) return null;
  const db = await getDb();
  const [member] = await db
    .select({
      id: delegationMembers.id,
      role: delegationMembers.role,
      status: delegationMembers.status,
      consent: delegationMembers.consent,
      version: delegationMembers.version,
      dietaryNeeds: delegationMembers.dietaryNeeds,
      accessibilityNeeds: delegationMembers.accessibilityNeeds,
      registeredAt: delegationMembers.registeredAt,
      partyName: parties.name,
      nameLatin: people.nameLatin,
      nameNative: people.nameNative,
      organization: people.organization,
      position: people.position,
      sector: people.sector,
      email: people.email,
      phone: people.phone,
    })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(and(eq(delegationMembers.id, memberId), eq(delegationMembers.eventId, event.id)));
  if (!member) return null;
  const history = await db
    .select({ at: auditLog.at, action: auditLog.action, details: auditLog.details, actorEmail: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.entityType, "delegation_member"), eq(auditLog.entityId, member.id), eq(auditLog.eventId, event.id)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(50);
  return { event, member, history };
}
