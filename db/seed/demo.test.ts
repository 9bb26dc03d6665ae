// The demo seed loads once, completely and consistently, and a second run changes nothing.
import { and, count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  agendaItemOfficials,
  agendaItemPeople,
  agendaItems,
  crossingPeople,
  crossings,
  delegationMembers,
  delegations,
  events,
  initiatives,
  officials,
  outcomeRevisions,
  outcomeStatements,
  outcomes,
  parties,
  people,
  recommendations,
  records,
  users,
} from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { instantToZonedParts } from "@/lib/time/zoned";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { DEMO_DELEGATE, DEMO_EVENT_SLUG, DEMO_INITIATIVE_SLUG, DEMO_ORGANIZER, seedDemo } from "./demo";

const { db } = setupTestDatabase();

const COUNTED = {
  users,
  initiatives,
  parties,
  events,
  people,
  delegations,
  delegationMembers,
  agendaItems,
  agendaItemPeople,
  agendaItemOfficials,
  officials,
  crossings,
  crossingPeople,
  records,
  recommendations,
  outcomes,
  outcomeStatements,
  outcomeRevisions,
};

async function rowCounts(): Promise<Record<string, number>> {
  const entries = await Promise.all(Object.entries(COUNTED).map(async ([name, table]) => [name, await db().$count(table)] as const));
  return Object.fromEntries(entries);
}

async function delegationOf(partyName: string) {
  const [row] = await db()
    .select({ id: delegations.id, targetSize: delegations.targetSize })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .innerJoin(events, eq(events.id, delegations.eventId))
    .where(and(eq(parties.name, partyName), eq(events.slug, DEMO_EVENT_SLUG)));
  if (!row) throw new Error(`no ${partyName} delegation`);
  const members = await db()
    .select({ personId: delegationMembers.personId, role: delegationMembers.role, status: delegationMembers.status, consent: delegationMembers.consent })
    .from(delegationMembers)
    .where(eq(delegationMembers.delegationId, row.id));
  return { ...row, members };
}

describe("seedDemo", () => {
  // Both runs happen up front so that every test (also one picked with -t) sees the seeded data.
  const runs: { first?: { created: boolean }; second?: { created: boolean }; before?: Record<string, number>; after?: Record<string, number> } = {};
  beforeAll(async () => {
    runs.first = await seedDemo(db());
    runs.before = await rowCounts();
    runs.second = await seedDemo(db());
    runs.after = await rowCounts();
  });

  it("loads the demo once and leaves it alone the second time", async () => {
    expect(runs.first).toEqual({ created: true });
    expect(runs.second).toEqual({ created: false });
    expect(runs.after).toEqual(runs.before);

    expect(runs.before).toMatchObject({ initiatives: 1, parties: 2, events: 2, people: 36, delegations: 4, delegationMembers: 36, users: 2 });
    expect(runs.before?.agendaItems).toBeGreaterThanOrEqual(15);
    expect(runs.before?.outcomeRevisions).toBe(0);
    const [initiative] = await db().select().from(initiatives);
    expect(initiative).toMatchObject({ slug: DEMO_INITIATIVE_SLUG, name: "Peace Bridge" });
  });

  it("has an Azerbaijani delegation of 19 with one head, and an Armenian one of 17 with one head", async () => {
    const az = await delegationOf("Azerbaijan");
    expect(az.members).toHaveLength(19);
    expect(az.targetSize).toBe(19);
    expect(az.members.filter((m) => m.role === "head")).toHaveLength(1);
    expect(az.members.some((m) => m.consent === "none")).toBe(true);
    expect(az.members.filter((m) => m.status === "declined")).toHaveLength(1);

    const am = await delegationOf("Armenia");
    expect(am.members).toHaveLength(17);
    expect(am.targetSize).toBe(18);
    expect(am.members.filter((m) => m.role === "head")).toHaveLength(1);
    expect(am.members.some((m) => m.consent === "none")).toBe(true);
    expect(am.members.filter((m) => m.status === "declined")).toHaveLength(1);
  });

  it("gives every person a unique lower-case e-mail", async () => {
    const rows = await db().select({ email: people.email }).from(people);
    const emails = rows.map((r) => r.email);
    expect(emails.every((e) => typeof e === "string" && e === e.toLowerCase() && e.endsWith("@example.org"))).toBe(true);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it("schedules every agenda item within 13–14 February in Yerevan time, one of them organizers-only", async () => {
    const [event] = await db().select().from(events).where(eq(events.slug, DEMO_EVENT_SLUG));
    expect(event).toMatchObject({ timeZone: "Asia/Yerevan", firstDay: "2026-02-13", lastDay: "2026-02-14", status: "concluded" });
    const items = await db().select().from(agendaItems).where(eq(agendaItems.eventId, event!.id));
    for (const item of items) {
      expect(["2026-02-13", "2026-02-14"]).toContain(instantToZonedParts(item.startsAt, "Asia/Yerevan").date);
      expect(["2026-02-13", "2026-02-14"]).toContain(instantToZonedParts(item.endsAt, "Asia/Yerevan").date);
      expect(item.endsAt.getTime()).toBeGreaterThan(item.startsAt.getTime());
    }
    const organizersOnly = items.filter((i) => i.visibility === "organizers");
    expect(organizersOnly.map((i) => i.title)).toEqual(["Organizers' logistics briefing"]);
    expect(items.filter((i) => i.kind === "travel").every((i) => i.visibility === "delegates")).toBe(true);
    expect(items.find((i) => i.kind === "press_conference")?.visibility).toBe("public");
  });

  it("balances moderators and speakers: as many from each side per item and role", async () => {
    const rows = await db()
      .select({ itemId: agendaItemPeople.agendaItemId, role: agendaItemPeople.role, party: parties.name })
      .from(agendaItemPeople)
      .innerJoin(delegationMembers, eq(delegationMembers.personId, agendaItemPeople.personId))
      .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
      .innerJoin(parties, eq(parties.id, delegations.partyId));
    expect(rows.length).toBeGreaterThan(0);
    const tally = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.itemId}/${r.role}`;
      tally.set(key, (tally.get(key) ?? 0) + (r.party === "Azerbaijan" ? 1 : -1));
    }
    expect([...tally.values()].every((balance) => balance === 0)).toBe(true);
  });

  it("links both officials to their meetings", async () => {
    const rows = await db()
      .select({ name: officials.name, kind: agendaItems.kind })
      .from(agendaItemOfficials)
      .innerJoin(officials, eq(officials.id, agendaItemOfficials.officialId))
      .innerJoin(agendaItems, eq(agendaItems.id, agendaItemOfficials.agendaItemId));
    expect(rows.map((r) => r.name).sort()).toEqual(["Armen Grigoryan", "Vahan Kostanyan"]);
    expect(rows.every((r) => r.kind === "meeting_with_officials")).toBe(true);
  });

  it("puts every confirmed Azerbaijani member on both crossing manifests", async () => {
    const az = await delegationOf("Azerbaijan");
    const confirmed = az.members
      .filter((m) => m.status === "confirmed")
      .map((m) => m.personId)
      .sort();
    const crossingRows = await db().select().from(crossings).where(eq(crossings.delegationId, az.id));
    expect(crossingRows.map((c) => c.direction).sort()).toEqual(["entry", "exit"]);
    for (const crossing of crossingRows) {
      const manifest = await db().select({ personId: crossingPeople.personId }).from(crossingPeople).where(eq(crossingPeople.crossingId, crossing.id));
      expect(manifest.map((m) => m.personId).sort()).toEqual(confirmed);
    }
  });

  it("keeps the outcome a draft with no published revision, and the record's recommendations", async () => {
    const [outcome] = await db().select().from(outcomes);
    expect(outcome?.status).toBe("draft");
    const [{ revisions } = { revisions: -1 }] = await db()
      .select({ revisions: count() })
      .from(outcomeRevisions)
      .where(eq(outcomeRevisions.outcomeId, outcome!.id));
    expect(revisions).toBe(0);
    const statements = await db().select({ language: outcomeStatements.language }).from(outcomeStatements);
    expect(statements.map((s) => s.language).sort()).toEqual(["en", "ru"]);

    const recs = await db().select({ theme: recommendations.theme, recordId: recommendations.recordId }).from(recommendations);
    expect(recs.map((r) => r.theme).sort()).toEqual(["public_diplomacy", "rapprochement", "trust_building"]);
    const [record] = await db()
      .select()
      .from(records)
      .where(
        inArray(
          records.id,
          recs.map((r) => r.recordId!),
        ),
      );
    expect(new Set(recs.map((r) => r.recordId)).size).toBe(1);
    expect(record?.status).toBe("draft");
  });

  it("creates demo accounts whose passwords verify, the delegate linked to a consenting, confirmed member", async () => {
    const [organizer] = await db().select().from(users).where(eq(users.email, DEMO_ORGANIZER.email));
    expect(organizer?.role).toBe("organizer");
    expect(await verifyPassword(organizer!.passwordHash!, DEMO_ORGANIZER.password)).toBe(true);
    expect(await verifyPassword(organizer!.passwordHash!, "wrong-password")).toBe(false);

    const [delegate] = await db().select().from(users).where(eq(users.email, DEMO_DELEGATE.email));
    expect(delegate?.role).toBe("delegate");
    expect(await verifyPassword(delegate!.passwordHash!, DEMO_DELEGATE.password)).toBe(true);
    // The account signs in as exactly one person record, the demo initiative's (people.userId).
    const linked = await db().select({ id: people.id, initiativeId: people.initiativeId }).from(people).where(eq(people.userId, delegate!.id));
    expect(linked).toHaveLength(1);
    const [initiative] = await db().select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, DEMO_INITIATIVE_SLUG));
    expect(linked[0]!.initiativeId).toBe(initiative!.id);
    const az = await delegationOf("Azerbaijan");
    expect(az.members.find((m) => m.personId === linked[0]!.id)).toMatchObject({ status: "confirmed", consent: "public" });
  });
});
