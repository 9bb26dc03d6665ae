import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { delegationMembers, delegations, events, initiatives, parties, people } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { DelegateViewer } from "@/lib/auth/viewer";
import { PARTICIPATING } from "@/lib/agenda/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { isUuid } from "@/lib/uuid";
import { LISTED_STATUSES, type ListingConsent } from "./consent";
import type { MyNeedsInput, MyProfileInput } from "./schema";
import { listNamedMembers } from "./queries";
import { personDetailsUpdate } from "./person-update";

/**
 * Who else is coming, as a delegate may see it: names of people who allowed other delegates (or
 * everyone) to see them, never contact details or needs, and only for events the viewer is in.
 */
export async function listFellowDelegates(viewer: DelegateViewer) {
  if (viewer.personIds.length === 0) return [];
  const db = await getDb();
  const mine = await db
    .select({ eventId: events.id, title: events.title })
    .from(delegationMembers)
    .innerJoin(events, eq(events.id, delegationMembers.eventId))
    .where(and(inArray(delegationMembers.personId, viewer.personIds), inArray(delegationMembers.status, [...PARTICIPATING])))
    .orderBy(asc(events.firstDay));
  if (mine.length === 0) return [];
  const eventIds = mine.map((e) => e.eventId);
  const listed = (await listNamedMembers(eventIds, "delegate")).map(({ personId, ...person }) => ({
    ...person,
    isViewer: viewer.personIds.includes(personId),
  }));
  // How many are coming without being listed: the balance is visible, the people are not.
  const unlisted = await db
    .select({ eventId: delegationMembers.eventId, partyName: parties.name, count: sql<number>`count(*)::int` })
    .from(delegationMembers)
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(and(inArray(delegationMembers.eventId, eventIds), eq(delegationMembers.consent, "none"), inArray(delegationMembers.status, [...LISTED_STATUSES])))
    .groupBy(delegationMembers.eventId, parties.name);
  return mine.map((event) => ({
    ...event,
    people: listed.filter((p) => p.eventId === event.eventId),
    unlisted: unlisted.filter((u) => u.eventId === event.eventId),
  }));
}

/**
 * The delegate's own records, shown only to them: one profile per initiative that holds them
 * (each initiative keeps what was given to it), with their memberships in that initiative's events.
 */
export async function getMyDetails(viewer: DelegateViewer) {
  if (viewer.personIds.length === 0) return null;
  const db = await getDb();
  const persons = await db
    .select({
      personId: people.id,
      initiativeName: initiatives.name,
      nameLatin: people.nameLatin,
      nameNative: people.nameNative,
      organization: people.organization,
      position: people.position,
      sector: people.sector,
      email: people.email,
      phone: people.phone,
      version: people.version,
    })
    .from(people)
    .innerJoin(initiatives, eq(initiatives.id, people.initiativeId))
    .where(inArray(people.id, viewer.personIds))
    .orderBy(asc(initiatives.name));
  if (persons.length === 0) return null;
  const memberships = await db
    .select({
      personId: delegationMembers.personId,
      memberId: delegationMembers.id,
      eventTitle: events.title,
      partyName: parties.name,
      status: delegationMembers.status,
      role: delegationMembers.role,
      consent: delegationMembers.consent,
      dietaryNeeds: delegationMembers.dietaryNeeds,
      accessibilityNeeds: delegationMembers.accessibilityNeeds,
      version: delegationMembers.version,
    })
    .from(delegationMembers)
    .innerJoin(events, eq(events.id, delegationMembers.eventId))
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(inArray(delegationMembers.personId, viewer.personIds))
    .orderBy(asc(events.firstDay));
  return {
    profiles: persons.map(({ personId, initiativeName, ...person }) => ({
      personId,
      initiativeName,
      person,
      memberships: memberships.filter((m) => m.personId === personId).map(({ personId: _, ...m }) => m),
    })),
  };
}

/** A delegate changes who may see their name at one event; every page reads consent live. */
export async function updateMyConsent(viewer: DelegateViewer, memberId: string, consent: ListingConsent): Promise<WriteResult<undefined>> {
  if (viewer.personIds.length === 0 || !isUuid(memberId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [member] = await tx
      .update(delegationMembers)
      .set({ consent, version: sql`${delegationMembers.version} + 1`, updatedAt: new Date() })
      // Scope: only the viewer's own membership, whatever id arrives.
      .where(and(eq(delegationMembers.id, memberId), inArray(delegationMembers.personId, viewer.personIds)))
      .returning({ id: delegationMembers.id, eventId: delegationMembers.eventId });
    if (!member) return refuse("errors.notFound");
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: member.eventId,
      action: "delegation_member.consent",
      entityType: "delegation_member",
      entityId: member.id,
      details: { consent },
    });
    return ok(undefined);
  });
}

/**
 * A delegate corrects who they are (names, organization, position, sector, phone). Refused when
 * the details changed since the form was loaded (an organizer's correction, or another tab).
 * The email stays: it is how they sign in, and only an organizer can change it. One initiative's
 * profile at a time: what another initiative holds changes only when they edit that one.
 */
export async function updateMyProfile(viewer: DelegateViewer, personId: string, input: MyProfileInput): Promise<WriteResult<undefined>> {
  // Scope: only one of the viewer's own person records, whatever id arrives.
  if (!viewer.personIds.includes(personId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const now = new Date();
    const [person] = await tx
      .update(people)
      .set(personDetailsUpdate(input, now))
      .where(and(eq(people.id, personId), eq(people.version, input.version)))
      .returning({ id: people.id });
    if (!person) return refuse("myDetails.changedMeanwhile");
    // An organizer's correction form loaded before this save must not silently undo it.
    const members = await tx
      .update(delegationMembers)
      .set({ version: sql`${delegationMembers.version} + 1`, updatedAt: now })
      .where(eq(delegationMembers.personId, personId))
      .returning({ id: delegationMembers.id, eventId: delegationMembers.eventId });
    for (const member of members) {
      await audit(tx, {
        actorUserId: viewer.userId,
        eventId: member.eventId,
        action: "person.self_update",
        entityType: "delegation_member",
        entityId: member.id,
        details: {},
      });
    }
    return ok(undefined);
  });
}

/** A delegate states or changes their dietary and accessibility needs for one event. */
export async function updateMyNeeds(viewer: DelegateViewer, memberId: string, input: MyNeedsInput): Promise<WriteResult<undefined>> {
  if (viewer.personIds.length === 0 || !isUuid(memberId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: delegationMembers.id, version: delegationMembers.version, eventId: delegationMembers.eventId })
      .from(delegationMembers)
      // Scope: only the viewer's own membership, whatever id arrives.
      .where(and(eq(delegationMembers.id, memberId), inArray(delegationMembers.personId, viewer.personIds)))
      .for("update");
    if (!current) return refuse("errors.notFound");
    if (current.version !== input.version) return refuse("myDetails.changedMeanwhile");
    await tx
      .update(delegationMembers)
      .set({
        dietaryNeeds: input.dietaryNeeds,
        accessibilityNeeds: input.accessibilityNeeds,
        version: sql`${delegationMembers.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(delegationMembers.id, current.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: current.eventId,
      action: "delegation_member.needs",
      entityType: "delegation_member",
      entityId: current.id,
      details: {},
    });
    return ok(undefined);
  });
}
