// Moderators, speakers and officials on agenda items: who may be attached, who may see whose
// name, and the checks that read them.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItemPeople, delegationMembers, initiatives, officials, people } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { loadOrganizerAgenda } from "@/lib/agenda/organizer-agenda";
import { addItemPerson, createOfficialForItem, listParticipants, removeItemPerson, setItemOfficial } from "@/lib/agenda/participants";
import { createAgendaItem, deleteAgendaItem } from "@/lib/agenda/queries";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { agendaItem, createOrganizerUser, demoIds, organizerViewer, rowCounts, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;
/** One confirmed member per party and consent, picked from the demo delegations. */
const members: Record<string, { personId: string; name: string }> = {};

beforeAll(async () => {
  await seedDemo(db());
  ids = await demoIds(db());
  organizer = await organizerViewer(db(), ids.organizerId);
  for (const party of ["Azerbaijan", "Armenia"] as const) {
    for (const consent of ["public", "delegates", "none"] as const) {
      const [row] = await db()
        .select({ personId: delegationMembers.personId, name: people.nameLatin })
        .from(delegationMembers)
        .innerJoin(people, eq(people.id, delegationMembers.personId))
        .where(
          and(
            eq(delegationMembers.delegationId, ids.delegations[party]),
            eq(delegationMembers.consent, consent),
            eq(delegationMembers.status, "confirmed"),
          ),
        )
        .limit(1);
      members[`${party}:${consent}`] = row!;
    }
  }
});

let slot = 0;
/** A fresh item at its own early-morning time and place, so it trips no check by accident. */
async function newItem(overrides: Parameters<typeof agendaItem>[0] = {}) {
  slot += 1;
  const hour = String(slot % 6).padStart(2, "0");
  const created = await createAgendaItem(
    organizer,
    ids.eventId,
    agendaItem({ day: slot % 2 ? "2026-02-13" : "2026-02-14", startTime: `${hour}:00`, endTime: `${hour}:50`, place: unique("Room"), ...overrides }),
  );
  if (!created.ok) throw new Error(created.reason);
  return created.value.id;
}

describe("attaching people", () => {
  it("takes a delegate of this event once per role, and refuses anyone else without writing", async () => {
    const itemId = await newItem();
    const speaker = members["Azerbaijan:public"]!;
    expect(await addItemPerson(organizer, ids.eventId, itemId, { personId: speaker.personId, role: "speaker" })).toEqual({ ok: true, value: undefined });
    expect(await addItemPerson(organizer, ids.eventId, itemId, { personId: speaker.personId, role: "speaker" })).toEqual({ ok: true, value: undefined });
    expect(await addItemPerson(organizer, ids.eventId, itemId, { personId: speaker.personId, role: "moderator" })).toEqual({ ok: true, value: undefined });
    expect(await db().$count(agendaItemPeople, eq(agendaItemPeople.agendaItemId, itemId))).toBe(2);

    const [outsider] = await db().insert(people).values({ nameLatin: unique("Outsider"), sector: "other" }).returning({ id: people.id });
    const before = await rowCounts(db());
    expect(await addItemPerson(organizer, ids.eventId, itemId, { personId: outsider!.id, role: "speaker" })).toEqual({
      ok: false,
      reason: "notADelegate",
      field: "personId",
    });
    const stranger = await createOrganizerUser(db(), "people stranger");
    const afterStranger = await rowCounts(db());
    expect(await addItemPerson(stranger, ids.eventId, itemId, { personId: speaker.personId, role: "speaker" })).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await rowCounts(db())).toEqual(afterStranger);
    expect(before.users + 1).toBe(afterStranger.users);

    expect(await removeItemPerson(organizer, ids.eventId, itemId, { personId: speaker.personId, role: "moderator" })).toEqual({ ok: true, value: undefined });
    const left = await db().select({ role: agendaItemPeople.role }).from(agendaItemPeople).where(eq(agendaItemPeople.agendaItemId, itemId));
    expect(left).toEqual([{ role: "speaker" }]);
  });

  it("refuses a deleted item and a malformed id", async () => {
    const itemId = await newItem();
    await deleteAgendaItem(organizer, ids.eventId, itemId);
    const person = members["Armenia:public"]!;
    expect(await addItemPerson(organizer, ids.eventId, itemId, { personId: person.personId, role: "speaker" })).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await addItemPerson(organizer, ids.eventId, "not-a-uuid", { personId: person.personId, role: "speaker" })).toEqual({ ok: false, reason: "errors.notFound" });
  });
});

describe("officials", () => {
  it("come from the initiative's own list; another initiative's official is refused", async () => {
    const itemId = await newItem({ kind: "meeting_with_officials" });
    const created = await createOfficialForItem(organizer, ids.eventId, itemId, {
      name: unique("Deputy Speaker"),
      position: "Deputy Speaker of Parliament",
      institution: "National Assembly",
      partyId: ids.parties.Armenia,
    });
    expect(created.ok).toBe(true);
    const [initiative] = await db().insert(initiatives).values({ slug: unique("other-initiative"), name: "Other" }).returning({ id: initiatives.id });
    const [foreign] = await db()
      .insert(officials)
      .values({ initiativeId: initiative!.id, name: "Foreign official", position: "Minister", institution: "Elsewhere" })
      .returning({ id: officials.id });
    expect(await setItemOfficial(organizer, ids.eventId, itemId, foreign!.id, true)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(
      await createOfficialForItem(organizer, ids.eventId, itemId, { name: "X", position: "Y", institution: "Z", partyId: "00000000-0000-4000-8000-000000000000" }),
    ).toEqual({ ok: false, reason: "unknownParty", field: "partyId" });
  });
});

describe("who sees whose name", () => {
  it("follows listing consent per audience, and a closed-door item shows the public nobody", async () => {
    const openItem = await newItem({ visibility: "public" });
    const closedItem = await newItem({ visibility: "public", closedDoor: true });
    for (const itemId of [openItem, closedItem]) {
      for (const key of ["Azerbaijan:public", "Armenia:delegates", "Azerbaijan:none"]) {
        await addItemPerson(organizer, ids.eventId, itemId, { personId: members[key]!.personId, role: "speaker" });
      }
    }
    const names = async (itemId: string, audience: "public" | "delegate" | "organizer") =>
      ((await listParticipants([itemId], audience)).get(itemId)?.people ?? []).map((p) => p.name).sort();

    expect(await names(openItem, "public")).toEqual([members["Azerbaijan:public"]!.name]);
    expect(await names(openItem, "delegate")).toEqual([members["Azerbaijan:public"]!.name, members["Armenia:delegates"]!.name].sort());
    expect(await names(openItem, "organizer")).toHaveLength(3);
    expect(await names(closedItem, "public")).toEqual([]);
    expect(await names(closedItem, "delegate")).toHaveLength(2);

    const everything = JSON.stringify([...(await listParticipants([openItem, closedItem], "public")).entries()]);
    expect(everything).not.toContain(members["Azerbaijan:none"]!.name);
    expect(everything).not.toMatch(/@example\.org|\+994|\+374/);
  });
});

describe("checks that read people and officials", () => {
  it("flag a one-sided panel and a meeting without officials, and clear once fixed", async () => {
    const event = (await getEventForOrganizer(organizer, ids.eventId))!;
    const panel = await newItem({ kind: "thematic_session" });
    const meeting = await newItem({ kind: "meeting_with_officials" });
    const az = [members["Azerbaijan:public"]!, members["Azerbaijan:delegates"]!];
    for (const person of az) await addItemPerson(organizer, ids.eventId, panel, { personId: person.personId, role: "speaker" });

    const codesFor = async (itemId: string) =>
      (await loadOrganizerAgenda(organizer, event)).findings.filter((f) => f.itemId === itemId).map((f) => ({ code: f.code, partyId: f.partyId }));
    expect(await codesFor(panel)).toEqual([{ code: "oneSidedPanel", partyId: ids.parties.Azerbaijan }]);
    expect(await codesFor(meeting)).toEqual([{ code: "meetingWithoutOfficial", partyId: undefined }]);

    await addItemPerson(organizer, ids.eventId, panel, { personId: members["Armenia:public"]!.personId, role: "moderator" });
    const [official] = await db().select({ id: officials.id }).from(officials).where(eq(officials.initiativeId, ids.initiativeId)).limit(1);
    await setItemOfficial(organizer, ids.eventId, meeting, official!.id, true);
    expect(await codesFor(panel)).toEqual([]);
    expect(await codesFor(meeting)).toEqual([]);
  });
});
