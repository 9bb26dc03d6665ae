// Agenda items store instants computed from the event's zone and stay within the event; adding a
// person keeps one head per delegation, never creates a sign-in account (only its owner sets a
// password) and refuses duplicates without writing anything.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItems, delegationMembers, people, users } from "@/db/schema";
import { createAgendaItem } from "@/lib/agenda/queries";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import { personInput, type PersonInput } from "@/lib/delegations/schema";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { memberByEmail, rowCounts, unique, type DemoIds, createTestEvent, agendaItem, seedDemoContext } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;

const item = agendaItem;

function person(overrides: Record<string, string> = {}): PersonInput {
  return personInput.parse({
    partyId: ids.parties.Azerbaijan,
    nameLatin: unique("New Person"),
    sector: "civil_society",
    email: `${unique("person")}@example.org`,
    phone: "",
    consent: "delegates",
    status: "confirmed",
    ...overrides,
  });
}

/** Every message along an error's cause chain (drizzle wraps the driver's error). */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(" | ");
}

async function headsOf(delegationId: string) {
  return db()
    .select({ id: delegationMembers.id, personId: delegationMembers.personId })
    .from(delegationMembers)
    .where(and(eq(delegationMembers.delegationId, delegationId), eq(delegationMembers.role, "head")));
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

describe("createAgendaItem", () => {
  it("stores instants: 09:00 in Asia/Yerevan is 05:00Z", async () => {
    const result = await createAgendaItem(organizer, ids.eventId, item({ startTime: "09:00", endTime: "10:30" }));
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const [row] = await db()
      .select({ startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt, eventId: agendaItems.eventId })
      .from(agendaItems)
      .where(eq(agendaItems.id, result.value.id));
    expect(row).toEqual({ startsAt: new Date("2026-02-13T05:00:00.000Z"), endsAt: new Date("2026-02-13T06:30:00.000Z"), eventId: ids.eventId });
    // The stored value is an instant, whatever the session's zone.
    const [raw] = await db()
      .select({ utc: sql<string>`to_char(${agendaItems.startsAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI')` })
      .from(agendaItems)
      .where(eq(agendaItems.id, result.value.id));
    expect(raw?.utc).toBe("2026-02-13T05:00");
  });

  it("ends an item at 00:00 at midnight after its day", async () => {
    const result = await createAgendaItem(organizer, ids.eventId, item({ day: "2026-02-14", startTime: "22:00", endTime: "00:00" }));
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const [row] = await db()
      .select({ startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt })
      .from(agendaItems)
      .where(eq(agendaItems.id, result.value.id));
    expect(row).toEqual({ startsAt: new Date("2026-02-14T18:00:00Z"), endsAt: new Date("2026-02-14T20:00:00Z") });
  });

  it("refuses a day outside the event and an end not after the start, writing nothing", async () => {
    const before = await rowCounts(db());
    expect(await createAgendaItem(organizer, ids.eventId, item({ day: "2026-02-15" }))).toEqual({ ok: false, reason: "dayOutsideEvent", field: "day" });
    expect(await createAgendaItem(organizer, ids.eventId, item({ day: "2026-02-12" }))).toEqual({ ok: false, reason: "dayOutsideEvent", field: "day" });
    expect(await createAgendaItem(organizer, ids.eventId, item({ startTime: "11:00", endTime: "10:00" }))).toEqual({
      ok: false,
      reason: "endBeforeStart",
      field: "endTime",
    });
    expect(await createAgendaItem(organizer, ids.eventId, item({ startTime: "11:00", endTime: "11:00" }))).toEqual({
      ok: false,
      reason: "endBeforeStart",
      field: "endTime",
    });
    expect(await rowCounts(db())).toEqual(before);
  });

  it("refuses a wall-clock time that does not exist in the event's zone (DST gap)", async () => {
    const eventId = await createTestEvent(organizer, ids, {
      title: "Spring round table",
      city: "Berlin",
      country: "Germany",
      timeZone: "Europe/Berlin",
      firstDay: "2026-03-29",
      lastDay: "2026-03-29",
    });
    expect(await createAgendaItem(organizer, eventId, item({ day: "2026-03-29", startTime: "02:30", endTime: "04:00" }))).toEqual({
      ok: false,
      reason: "timeDoesNotExist",
      field: "startTime",
    });
  });

  it("is backed by the CHECK constraint: a direct insert ending at or before its start is rejected", async () => {
    const start = new Date("2026-02-13T10:00:00Z");
    for (const endsAt of [start, new Date("2026-02-13T09:00:00Z")]) {
      const error = await db()
        .insert(agendaItems)
        .values({ eventId: ids.eventId, kind: "break", title: unique("Impossible"), startsAt: start, endsAt })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(messages(error)).toMatch(/agenda_items_ends_after_start/);
    }
    expect(await db().$count(agendaItems, sql`${agendaItems.endsAt} <= ${agendaItems.startsAt}`)).toBe(0);
  });
});

describe("addPersonToDelegation", () => {
  it("with head demotes the previous head: exactly one head after", async () => {
    const previous = await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org");
    expect(previous.role).toBe("head");

    const result = await addPersonToDelegation(organizer, ids.eventId, person({ head: "on" }));
    if (!result.ok) throw new Error(`refused: ${result.reason}`);

    const heads = await headsOf(ids.delegations.Azerbaijan);
    expect(heads.map((h) => h.id)).toEqual([result.value.memberId]);
    expect((await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org")).role).toBe("member");
    // The other side's head is untouched.
    expect(await headsOf(ids.delegations.Armenia)).toHaveLength(1);
  });

  it("the database allows no second head in a delegation", async () => {
    const [someone] = await db()
      .insert(people)
      .values({ initiativeId: ids.initiativeId, nameLatin: unique("Second head"), sector: "other" })
      .returning({ id: people.id });
    const error = await db()
      .insert(delegationMembers)
      .values({ delegationId: ids.delegations.Armenia, eventId: ids.eventId, personId: someone!.id, role: "head" })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(messages(error)).toMatch(/delegation_members_one_head/);
  });

  it("creates no account: an organizer cannot give a person a password", async () => {
    const email = `${unique("no-account")}@example.org`;
    const before = await db().$count(users);
    expect((await addPersonToDelegation(organizer, ids.eventId, person({ email }))).ok).toBe(true);
    expect(await db().$count(users)).toBe(before);
    const [added] = await db().select({ userId: people.userId }).from(people).where(eq(people.email, email));
    expect(added).toEqual({ userId: null });
  });

  it("refuses an e-mail already in this event (any case), writing nothing", async () => {
    const before = await rowCounts(db());
    const headsBefore = await headsOf(ids.delegations.Armenia);
    for (const email of ["ani.petrosyan@example.org", "Ani.Petrosyan@EXAMPLE.org", "delegate@example.org"]) {
      expect(await addPersonToDelegation(organizer, ids.eventId, person({ partyId: ids.parties.Armenia, email, head: "on" }))).toEqual({
        ok: false,
        reason: "alreadyInEvent",
        field: "email",
      });
      // The same person cannot be added to the other side either.
      expect(await addPersonToDelegation(organizer, ids.eventId, person({ email }))).toEqual({ ok: false, reason: "alreadyInEvent", field: "email" });
    }
    expect(await rowCounts(db())).toEqual(before);
    expect(await headsOf(ids.delegations.Armenia)).toEqual(headsBefore);
  });

  it("adds the same person to another event of the initiative without a duplicate person", async () => {
    const eventId = await createTestEvent(organizer, ids, {
      title: "Follow-up round table",
      city: "Gazakh",
      firstDay: "2026-07-01",
      lastDay: "2026-07-02",
      languages: ["en", "az"],
    });
    const peopleBefore = await db().$count(people);
    const usersBefore = await db().$count(users);
    const result = await addPersonToDelegation(organizer, eventId, person({ email: "delegate@example.org" }));
    expect(result.ok).toBe(true);
    expect(await db().$count(people)).toBe(peopleBefore);
    expect(await db().$count(users)).toBe(usersBefore);
    expect(await db().$count(delegationMembers, eq(delegationMembers.personId, ids.delegatePersonId))).toBe(2);
  });

  it("refuses a party that is not one of the event's", async () => {
    const before = await rowCounts(db());
    expect(await addPersonToDelegation(organizer, ids.eventId, person({ partyId: "00000000-0000-4000-8000-000000000001" }))).toEqual({
      ok: false,
      reason: "unknownParty",
      field: "partyId",
    });
    expect(await rowCounts(db())).toEqual(before);
  });
});
