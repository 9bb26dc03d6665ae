// An organizer acts only on the events of initiatives they organize. A second organizer, with an
// initiative and event of their own, can neither read nor change the demo round table.
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItems, events } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { createAgendaItem, deleteAgendaItem, listAgendaForOrganizer } from "@/lib/agenda/queries";
import type { AgendaItemInput } from "@/lib/agenda/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { changeMemberRole } from "@/lib/delegations/membership";
import { addPersonToDelegation, listDelegationsForOrganizer } from "@/lib/delegations/queries";
import type { PersonInput } from "@/lib/delegations/schema";
import { createEvent, getEventForOrganizer, listEventsForOrganizer, updateEventStatus } from "@/lib/events/queries";
import { createInitiative, getInitiativeForOrganizer, listInitiativesForOrganizer } from "@/lib/initiatives/queries";
import { getOutcomeForOrganizer, publishOutcome, saveOutcomeDraft } from "@/lib/outcomes/queries";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createOrganizerUser, demoIds, eventSnapshot, memberByEmail, organizerViewer, rowCounts, unique, type DemoIds } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();

const NOT_FOUND = { ok: false, reason: "errors.notFound" };

let ids: DemoIds;
let demoOrganizer: OrganizerViewer;
let second: OrganizerViewer;
let secondInitiativeId: string;
let secondEventId: string;
let secondItemId: string;
let demoItemId: string;

function agendaInput(overrides: Partial<AgendaItemInput> = {}): AgendaItemInput {
  return {
    kind: "plenary",
    title: unique("Scoped item"),
    description: "",
    place: "",
    day: "2026-02-13",
    startTime: "20:00",
    endTime: "21:00",
    visibility: "public",
    closedDoor: false,
    ...overrides,
  };
}

function personInput(partyId: string, overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    partyId,
    nameLatin: "Intruding Person",
    nameNative: "",
    organization: "",
    position: "",
    sector: "other",
    email: `${unique("intruder")}@example.org`,
    phone: "",
    consent: "public",
    status: "confirmed",
    head: true,
    sendInvitation: false,
    ...overrides,
  };
}

beforeAll(async () => {
  await seedDemo(db());
  ids = await demoIds(db());
  demoOrganizer = await organizerViewer(db(), ids.organizerId);

  second = await createOrganizerUser(db(), "second-organizer");
  const initiative = await createInitiative(second, { name: unique("Lake Dialogue"), description: "", parties: ["East Shore", "West Shore"] });
  if (!initiative.ok) throw new Error("second initiative not created");
  secondInitiativeId = initiative.value.id;
  const own = await getInitiativeForOrganizer(second, secondInitiativeId);
  const event = await createEvent(second, {
    initiativeId: secondInitiativeId,
    title: unique("Lakeside round table"),
    format: "Round table",
    hostPartyId: own!.parties[0]!.id,
    venueName: "Boat house",
    city: "Sevan",
    country: "Armenia",
    timeZone: "Asia/Yerevan",
    firstDay: "2026-02-13",
    lastDay: "2026-02-14",
    languages: ["en"],
    status: "announced",
  });
  if (!event.ok) throw new Error("second event not created");
  secondEventId = event.value.id;
  const item = await createAgendaItem(second, secondEventId, agendaInput({ title: unique("Second organizer's own item") }));
  if (!item.ok) throw new Error("second item not created");
  secondItemId = item.value.id;

  const [demoItem] = await db().select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.eventId, ids.eventId)).limit(1);
  demoItemId = demoItem!.id;
});

describe("a second organizer's own initiative", () => {
  it("is theirs alone: each organizer lists only their own initiatives and events", async () => {
    expect((await listInitiativesForOrganizer(second)).map((i) => i.id)).toEqual([secondInitiativeId]);
    expect((await listEventsForOrganizer(second)).map((e) => e.id)).toEqual([secondEventId]);
    // The demo initiative has two events: the round table and the follow-up being planned.
    const demoEvents = await db().select({ id: events.id }).from(events).where(eq(events.initiativeId, ids.initiativeId));
    expect(demoEvents).toHaveLength(2);
    expect((await listEventsForOrganizer(demoOrganizer)).map((e) => e.id).sort()).toEqual(demoEvents.map((e) => e.id).sort());
    expect(await getInitiativeForOrganizer(second, ids.initiativeId)).toBeNull();
    expect(await getInitiativeForOrganizer(demoOrganizer, secondInitiativeId)).toBeNull();
    expect(await getEventForOrganizer(demoOrganizer, secondEventId)).toBeNull();
  });

  it("has a delegation for each of its parties from the start", async () => {
    const delegations = await listDelegationsForOrganizer(second, secondEventId);
    expect(delegations?.map((d) => d.partyName)).toEqual(["East Shore", "West Shore"]);
  });
});

describe("the second organizer and the demo event", () => {
  it("cannot read it", async () => {
    expect(await getEventForOrganizer(second, ids.eventId)).toBeNull();
    expect(await listAgendaForOrganizer(second, ids.eventId)).toBeNull();
    expect(await listDelegationsForOrganizer(second, ids.eventId)).toBeNull();
    expect(await getOutcomeForOrganizer(second, ids.eventId)).toBeNull();
  });

  it("cannot change it: every write is refused as not found and nothing changes", async () => {
    const countsBefore = await rowCounts(db());
    const before = await eventSnapshot(db(), ids.eventId);
    const tural = await memberByEmail(db(), ids.eventId, "tural.babayev@example.org");

    expect(await createAgendaItem(second, ids.eventId, agendaInput())).toEqual(NOT_FOUND);
    expect(await deleteAgendaItem(second, ids.eventId, demoItemId)).toEqual(NOT_FOUND);
    expect(await addPersonToDelegation(second, ids.eventId, personInput(ids.parties.Armenia))).toEqual(NOT_FOUND);
    expect(await changeMemberRole(second, ids.eventId, tural.id, "head")).toEqual(NOT_FOUND);
    expect(await saveOutcomeDraft(second, ids.eventId, { version: 1, statements: [{ language: "en", text: "Hijacked statement" }] })).toEqual(NOT_FOUND);
    expect(await publishOutcome(second, ids.eventId, { note: "", version: 1, anyway: true, reason: "x", publishAt: null })).toEqual(NOT_FOUND);
    expect(await updateEventStatus(second, ids.eventId, "draft")).toEqual(NOT_FOUND);
    expect(
      await createEvent(second, {
        initiativeId: ids.initiativeId,
        title: unique("Event in someone else's initiative"),
        format: "Round table",
        hostPartyId: ids.parties.Armenia,
        venueName: "Hall",
        city: "Yerevan",
        country: "Armenia",
        timeZone: "Asia/Yerevan",
        firstDay: "2026-03-01",
        lastDay: "2026-03-01",
        languages: ["en"],
        status: "draft",
      }),
    ).toEqual(NOT_FOUND);

    expect(await rowCounts(db())).toEqual(countsBefore);
    expect(await eventSnapshot(db(), ids.eventId)).toEqual(before);
    expect(before.itemIds).toContain(demoItemId);
    expect((await memberByEmail(db(), ids.eventId, "tural.babayev@example.org")).role).toBe("expert");
  });

  it("cannot use a party of their own initiative to add someone to their event through the demo event id", async () => {
    const own = await getInitiativeForOrganizer(second, secondInitiativeId);
    const before = await rowCounts(db());
    expect(await addPersonToDelegation(second, ids.eventId, personInput(own!.parties[0]!.id))).toEqual(NOT_FOUND);
    expect(await rowCounts(db())).toEqual(before);
  });

  it("gets not-found, not a database error, for a malformed event id", async () => {
    const before = await rowCounts(db());
    for (const viewer of [second, demoOrganizer]) {
      expect(await getEventForOrganizer(viewer, "not-a-uuid")).toBeNull();
      expect(await listAgendaForOrganizer(viewer, "not-a-uuid")).toBeNull();
      expect(await listDelegationsForOrganizer(viewer, "not-a-uuid")).toBeNull();
      expect(await getOutcomeForOrganizer(viewer, "not-a-uuid")).toBeNull();
      expect(await createAgendaItem(viewer, "not-a-uuid", agendaInput())).toEqual(NOT_FOUND);
      expect(await deleteAgendaItem(viewer, "not-a-uuid", demoItemId)).toEqual(NOT_FOUND);
      expect(await addPersonToDelegation(viewer, "not-a-uuid", personInput(ids.parties.Armenia))).toEqual(NOT_FOUND);
      expect(await changeMemberRole(viewer, "not-a-uuid", demoItemId, "head")).toEqual(NOT_FOUND);
      expect(await saveOutcomeDraft(viewer, "not-a-uuid", { version: 1, statements: [{ language: "en", text: "x" }] })).toEqual(NOT_FOUND);
      expect(await publishOutcome(viewer, "not-a-uuid", { note: "", version: 1, anyway: true, reason: "x", publishAt: null })).toEqual(NOT_FOUND);
      expect(await updateEventStatus(viewer, "not-a-uuid", "draft")).toEqual(NOT_FOUND);
    }
    expect(await rowCounts(db())).toEqual(before);
  });
});

describe("ids from another event", () => {
  it("deleteAgendaItem with another event's item id and the demo event id deletes nothing", async () => {
    const before = await rowCounts(db());
    // The demo organizer may act on the demo event, but the item belongs to the second organizer's event.
    expect(await deleteAgendaItem(demoOrganizer, ids.eventId, secondItemId)).toEqual(NOT_FOUND);
    // The second organizer passing their own item with the demo event id: refused at the event.
    expect(await deleteAgendaItem(second, ids.eventId, secondItemId)).toEqual(NOT_FOUND);
    expect(await db().$count(agendaItems, eq(agendaItems.id, secondItemId))).toBe(1);
    expect(await rowCounts(db())).toEqual(before);
  });

  it("changeMemberRole with a member of another event and the demo event id changes nothing", async () => {
    const member = await addPersonToDelegation(
      second,
      secondEventId,
      personInput((await getInitiativeForOrganizer(second, secondInitiativeId))!.parties[1]!.id, { head: false }),
    );
    if (!member.ok) throw new Error("member not added");
    const before = await eventSnapshot(db(), ids.eventId);
    expect(await changeMemberRole(demoOrganizer, ids.eventId, member.value.memberId, "head")).toEqual(NOT_FOUND);
    expect(await eventSnapshot(db(), ids.eventId)).toEqual(before);
  });

  it("the second organizer can still delete their own item in their own event", async () => {
    expect(await deleteAgendaItem(second, secondEventId, secondItemId)).toMatchObject({ ok: true });
    expect(await db().$count(agendaItems, and(eq(agendaItems.id, secondItemId), isNull(agendaItems.deletedAt)))).toBe(0);
    expect((await listAgendaForOrganizer(second, secondEventId))?.map((item) => item.id)).not.toContain(secondItemId);
    const [event] = await db().select({ status: events.status }).from(events).where(eq(events.id, secondEventId));
    expect(event?.status).toBe("announced");
  });
});
