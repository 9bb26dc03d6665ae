// Shared lookups for integration tests: the demo round table's ids, viewers built from real
// users, extra organizers with unique data, and row counts to prove that a refusal wrote nothing.
import { seedDemo } from "@/db/seed/demo";
import { agendaItemInput, type AgendaItemInput } from "@/lib/agenda/schema";
import { createEvent } from "@/lib/events/queries";
import type { EventInput } from "@/lib/events/schema";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  agendaItems,
  auditLog,
  delegationMembers,
  delegations,
  events,
  feedbackRecipients,
  feedbackResponses,
  feedbackSurveys,
  initiatives,
  invitations,
  mailOutbox,
  outcomeRevisions,
  outcomeStatements,
  outcomes,
  parties,
  people,
  users,
} from "@/db/schema";
import { DEMO_DELEGATE, DEMO_EVENT_SLUG, DEMO_ORGANIZER } from "@/db/seed/demo";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";

/** A short random suffix so extra data never collides with the demo or another test. */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export type DemoIds = {
  eventId: string;
  initiativeId: string;
  organizerId: string;
  delegateId: string;
  delegatePersonId: string;
  parties: Record<"Azerbaijan" | "Armenia", string>;
  delegations: Record<"Azerbaijan" | "Armenia", string>;
};

export async function demoIds(db: Db): Promise<DemoIds> {
  const [event] = await db.select({ id: events.id, initiativeId: events.initiativeId }).from(events).where(eq(events.slug, DEMO_EVENT_SLUG));
  const [organizer] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ORGANIZER.email));
  const [delegate] = await db
    .select({ id: users.id, personId: people.id })
    .from(users)
    .innerJoin(people, eq(people.userId, users.id))
    .where(eq(users.email, DEMO_DELEGATE.email));
  if (!event || !organizer || !delegate?.personId) throw new Error("demoIds: seed the demo first");
  const rows = await db
    .select({ delegationId: delegations.id, partyId: parties.id, partyName: parties.name })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(eq(delegations.eventId, event.id));
  const pick = (name: string) => {
    const row = rows.find((r) => r.partyName === name);
    if (!row) throw new Error(`demoIds: no ${name} delegation`);
    return row;
  };
  return {
    eventId: event.id,
    initiativeId: event.initiativeId,
    organizerId: organizer.id,
    delegateId: delegate.id,
    delegatePersonId: delegate.personId,
    parties: { Azerbaijan: pick("Azerbaijan").partyId, Armenia: pick("Armenia").partyId },
    delegations: { Azerbaijan: pick("Azerbaijan").delegationId, Armenia: pick("Armenia").delegationId },
  };
}

export async function organizerViewer(db: Db, userId: string): Promise<OrganizerViewer> {
  const [user] = await db.select({ email: users.email, name: users.name, role: users.role }).from(users).where(eq(users.id, userId));
  if (user?.role !== "organizer") throw new Error("organizerViewer: not an organizer");
  return { kind: "organizer", userId, email: user.email, name: user.name };
}

/** A delegate as getViewer builds one: with every person record their account signs in as. */
export async function delegateViewer(db: Db, userId: string): Promise<DelegateViewer> {
  const [user] = await db.select({ email: users.email, name: users.name, role: users.role }).from(users).where(eq(users.id, userId));
  if (user?.role !== "delegate") throw new Error("delegateViewer: not a delegate");
  const persons = await db.select({ id: people.id }).from(people).where(eq(people.userId, userId));
  return { kind: "delegate", userId, email: user.email, name: user.name, personIds: persons.map((p) => p.id) };
}

/**
 * A delegate account for an existing person record, as registration from an invitation makes
 * one (organizers cannot set passwords): the account, and the record attached to it.
 */
export async function createDelegateAccount(db: Db, personId: string, options: { passwordHash?: string | null } = {}): Promise<DelegateViewer> {
  const [person] = await db.select({ email: people.email, name: people.nameLatin }).from(people).where(eq(people.id, personId));
  if (!person?.email) throw new Error("createDelegateAccount: the person needs an email");
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.email, person.email.toLowerCase()));
  const userId =
    account?.id ??
    (
      await db
        .insert(users)
        .values({ email: person.email.toLowerCase(), name: person.name, role: "delegate", passwordHash: options.passwordHash ?? null })
        .returning({ id: users.id })
    )[0]!.id;
  await db.update(people).set({ userId }).where(eq(people.id, personId));
  return delegateViewer(db, userId);
}

/** A new organizer account with no initiative yet. */
export async function createOrganizerUser(db: Db, label = "organizer"): Promise<OrganizerViewer> {
  const email = `${unique(label)}@example.org`;
  const [user] = await db.insert(users).values({ email, name: label, role: "organizer" }).returning({ id: users.id });
  return { kind: "organizer", userId: user!.id, email, name: label };
}

const COUNTED = {
  users,
  invitations,
  mailOutbox,
  initiatives,
  parties,
  events,
  delegations,
  agendaItems,
  people,
  delegationMembers,
  outcomes,
  outcomeStatements,
  outcomeRevisions,
  auditLog,
  feedbackSurveys,
  feedbackRecipients,
  feedbackResponses,
};

export async function rowCounts(db: Db): Promise<Record<keyof typeof COUNTED, number>> {
  const entries = await Promise.all(Object.entries(COUNTED).map(async ([name, table]) => [name, await db.$count(table)] as const));
  return Object.fromEntries(entries) as Record<keyof typeof COUNTED, number>;
}

/** The things a refused write must leave as they were, beyond counts. */
export async function eventSnapshot(db: Db, eventId: string) {
  const [event] = await db.select({ status: events.status, version: events.version, title: events.title }).from(events).where(eq(events.id, eventId));
  const [outcome] = await db
    .select({ id: outcomes.id, status: outcomes.status, version: outcomes.version })
    .from(outcomes)
    .where(eq(outcomes.eventId, eventId));
  const statements = outcome
    ? await db
        .select({ language: outcomeStatements.language, text: outcomeStatements.text })
        .from(outcomeStatements)
        .where(eq(outcomeStatements.outcomeId, outcome.id))
        .orderBy(outcomeStatements.language)
    : [];
  const heads = await db
    .select({ id: delegationMembers.id, delegationId: delegationMembers.delegationId })
    .from(delegationMembers)
    .where(and(eq(delegationMembers.eventId, eventId), eq(delegationMembers.role, "head")))
    .orderBy(delegationMembers.delegationId);
  const items = await db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.eventId, eventId)).orderBy(agendaItems.id);
  // Every membership as it stands: a refused status, role, consent or details change leaves it so.
  const members = await db
    .select({
      id: delegationMembers.id,
      version: delegationMembers.version,
      status: delegationMembers.status,
      role: delegationMembers.role,
      consent: delegationMembers.consent,
    })
    .from(delegationMembers)
    .where(eq(delegationMembers.eventId, eventId))
    .orderBy(delegationMembers.id);
  const targets = await db
    .select({ id: delegations.id, targetSize: delegations.targetSize })
    .from(delegations)
    .where(eq(delegations.eventId, eventId))
    .orderBy(delegations.id);
  return { event, outcome, statements, heads, itemIds: items.map((i) => i.id), members, targets };
}

/** A member of the demo event by the person's e-mail. */
export async function memberByEmail(db: Db, eventId: string, email: string) {
  const [row] = await db
    .select({ id: delegationMembers.id, role: delegationMembers.role, personId: people.id, delegationId: delegationMembers.delegationId })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(and(eq(delegationMembers.eventId, eventId), eq(people.email, email)));
  if (!row) throw new Error(`memberByEmail: no member ${email}`);
  return row;
}

/** A new draft event in the demo initiative through the real createEvent; returns its id. */
export async function createTestEvent(organizer: OrganizerViewer, ids: DemoIds, overrides: Partial<EventInput> & { title: string }): Promise<string> {
  const created = await createEvent(organizer, {
    initiativeId: ids.initiativeId,
    format: "Round table",
    hostPartyId: ids.parties.Azerbaijan,
    venueName: "Hall",
    city: "Baku",
    country: "Azerbaijan",
    timeZone: "Asia/Baku",
    firstDay: "2026-05-01",
    lastDay: "2026-05-01",
    languages: ["en"],
    status: "draft",
    ...overrides,
    title: unique(overrides.title),
  });
  if (!created.ok) throw new Error(`event not created: ${created.reason}`);
  return created.value.id;
}

/** A valid agenda item input for the demo event's first day; override what the test is about. */
export function agendaItem(overrides: Partial<AgendaItemInput> = {}): AgendaItemInput {
  return agendaItemInput.parse({
    kind: "thematic_session",
    title: unique("Session"),
    day: "2026-02-13",
    startTime: "09:00",
    endTime: "10:30",
    visibility: "public",
    ...overrides,
  });
}

/** Loads the demo round table and returns its ids and the demo organizer as a viewer. */
export async function seedDemoContext(db: Db): Promise<{ ids: DemoIds; organizer: OrganizerViewer }> {
  await seedDemo(db);
  const ids = await demoIds(db);
  return { ids, organizer: await organizerViewer(db, ids.organizerId) };
}
