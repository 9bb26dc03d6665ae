// Moderators, speakers and officials on agenda items of the demo round table: only the event's
// own participating delegates and the initiative's own officials can be attached, refusals write
// nothing, names reach each audience only as far as consent (and the closed-door flag) allow,
// and the organizer's agenda checks read who is on each item.
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItemOfficials, agendaItemPeople, auditLog, delegationMembers, initiativeOrganizers, initiatives, officials, parties, people } from "@/db/schema";
import type { Finding } from "@/lib/agenda/checks";
import { loadOrganizerAgenda } from "@/lib/agenda/organizer-agenda";
import {
  addItemPerson,
  createOfficialForItem,
  listOfficialsForOrganizer,
  listParticipants,
  removeItemPerson,
  setItemOfficial,
  type AgendaRole,
  type ItemParticipants,
} from "@/lib/agenda/participants";
import { createAgendaItem, deleteAgendaItem } from "@/lib/agenda/queries";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import type { ListingConsent } from "@/lib/delegations/consent";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import { personInput } from "@/lib/delegations/schema";
import { getEventForOrganizer } from "@/lib/events/queries";
import { agendaItem, createOrganizerUser, createTestEvent, rowCounts, unique, type DemoIds, seedDemoContext } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();

type Party = "Azerbaijan" | "Armenia";
type Member = { personId: string; name: string; email: string | null; phone: string; consent: ListingConsent; status: string; delegationId: string };

let ids: DemoIds;
let organizer: OrganizerViewer;
let roster: Member[];
/** A second initiative, run by another organizer, with its own parties and official. */
let other: { initiativeId: string; partyId: string; officialId: string; officialName: string; organizer: OrganizerViewer };

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  roster = await db()
    .select({
      personId: people.id,
      name: people.nameLatin,
      email: people.email,
      phone: people.phone,
      consent: delegationMembers.consent,
      status: delegationMembers.status,
      delegationId: delegationMembers.delegationId,
    })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(eq(delegationMembers.eventId, ids.eventId))
    .orderBy(asc(people.nameLatin));

  const [initiative] = await db()
    .insert(initiatives)
    .values({ slug: unique("other-initiative"), name: "Other initiative" })
    .returning({ id: initiatives.id });
  const initiativeId = initiative!.id;
  const [party] = await db()
    .insert(parties)
    .values([
      { initiativeId, name: "North", position: 1 },
      { initiativeId, name: "South", position: 2 },
    ])
    .returning({ id: parties.id });
  const officialName = unique("Foreign Official");
  const [official] = await db()
    .insert(officials)
    .values({ initiativeId, name: officialName, position: "Minister", institution: "Other ministry", partyId: party!.id })
    .returning({ id: officials.id });
  const stranger = await createOrganizerUser(db(), "other-organizer");
  await db().insert(initiativeOrganizers).values({ initiativeId, userId: stranger.userId });
  other = { initiativeId, partyId: party!.id, officialId: official!.id, officialName, organizer: stranger };
});

/** The n-th confirmed member of a demo delegation with this consent (by name). */
function member(party: Party, consent: ListingConsent, n = 0): Member {
  const found = roster.filter((m) => m.delegationId === ids.delegations[party] && m.consent === consent && m.status === "confirmed")[n];
  if (!found) throw new Error(`no confirmed ${party} member #${n} with consent ${consent}`);
  return found;
}

let slot = 0;
/**
 * Twenty fresh minutes before the demo programme starts (08:00), each item its own: 00:00–07:40
 * on either day, so items of this file never overlap each other or the demo's own items by accident.
 */
function nextSlot(): { day: string; startTime: string; endTime: string } {
  const index = slot++;
  if (index >= 48) throw new Error("nextSlot: out of early-morning slots");
  const day = index < 24 ? "2026-02-13" : "2026-02-14";
  const minutes = (index % 24) * 20;
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return { day, startTime: clock(minutes), endTime: clock(minutes + 20) };
}

async function newItem(overrides: Parameters<typeof agendaItem>[0] = {}): Promise<string> {
  const created = await createAgendaItem(
    organizer,
    ids.eventId,
    agendaItem({ title: unique("Participants session"), place: unique("Room"), ...(overrides.startTime ? {} : nextSlot()), ...overrides }),
  );
  if (!created.ok) throw new Error(`item not created: ${created.reason}`);
  return created.value.id;
}

async function add(itemId: string, personId: string, role: AgendaRole) {
  const result = await addItemPerson(organizer, ids.eventId, itemId, { personId, role });
  if (!result.ok) throw new Error(`not added: ${result.reason}`);
}

async function peopleOn(itemId: string) {
  return db()
    .select({ personId: agendaItemPeople.personId, role: agendaItemPeople.role })
    .from(agendaItemPeople)
    .where(eq(agendaItemPeople.agendaItemId, itemId))
    .orderBy(asc(agendaItemPeople.role), asc(agendaItemPeople.personId));
}

async function officialsOn(itemId: string) {
  const rows = await db().select({ officialId: agendaItemOfficials.officialId }).from(agendaItemOfficials).where(eq(agendaItemOfficials.agendaItemId, itemId));
  return rows.map((r) => r.officialId);
}

/** Row counts, including the participant tables rowCounts does not cover. */
async function counts() {
  return {
    ...(await rowCounts(db())),
    agendaItemPeople: await db().$count(agendaItemPeople),
    agendaItemOfficials: await db().$count(agendaItemOfficials),
    officials: await db().$count(officials),
  };
}

async function demoOfficials() {
  return db().select({ id: officials.id, name: officials.name }).from(officials).where(eq(officials.initiativeId, ids.initiativeId));
}

const bySorted = (a: { personId: string; role: string }, b: { personId: string; role: string }) =>
  a.role.localeCompare(b.role) || a.personId.localeCompare(b.personId);

describe("addItemPerson", () => {
  it("puts a participating delegate on an item as moderator and as speaker", async () => {
    const itemId = await newItem();
    const az = member("Azerbaijan", "public");
    const am = member("Armenia", "delegates");
    expect(await addItemPerson(organizer, ids.eventId, itemId, { personId: az.personId, role: "moderator" })).toEqual({ ok: true, value: undefined });
    expect(await addItemPerson(organizer, ids.eventId, itemId, { personId: az.personId, role: "speaker" })).toEqual({ ok: true, value: undefined });
    expect(await addItemPerson(organizer, ids.eventId, itemId, { personId: am.personId, role: "speaker" })).toEqual({ ok: true, value: undefined });
    expect(await peopleOn(itemId)).toEqual(
      [
        { personId: az.personId, role: "moderator" },
        { personId: az.personId, role: "speaker" },
        { personId: am.personId, role: "speaker" },
      ].sort(bySorted),
    );
    const audits = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, itemId), eq(auditLog.action, "agenda_item.person_add")));
    expect(audits).toHaveLength(3);
  });

  it("is idempotent: adding the same person in the same role twice keeps one row", async () => {
    const itemId = await newItem();
    const az = member("Azerbaijan", "public");
    await add(itemId, az.personId, "speaker");
    expect(await addItemPerson(organizer, ids.eventId, itemId, { personId: az.personId, role: "speaker" })).toEqual({ ok: true, value: undefined });
    expect(await peopleOn(itemId)).toEqual([{ personId: az.personId, role: "speaker" }]);
  });

  it("refuses a person who is not a member of this event, writing nothing", async () => {
    const itemId = await newItem();
    // A person in the database with no membership anywhere.
    const [loose] = await db()
      .insert(people)
      .values({ initiativeId: ids.initiativeId, nameLatin: unique("Loose Person"), sector: "expert" })
      .returning({ id: people.id });
    // A delegate of another event of the same initiative.
    const otherEventId = await createTestEvent(organizer, ids, { title: "Other round table" });
    const added = await addPersonToDelegation(
      organizer,
      otherEventId,
      personInput.parse({
        partyId: ids.parties.Armenia,
        nameLatin: unique("Other Event Delegate"),
        sector: "media",
        email: `${unique("other-delegate")}@example.org`,
        phone: "",
        consent: "public",
        status: "confirmed",
      }),
    );
    if (!added.ok) throw new Error(`not added: ${added.reason}`);
    const [otherMember] = await db()
      .select({ personId: delegationMembers.personId })
      .from(delegationMembers)
      .where(eq(delegationMembers.id, added.value.memberId));

    const before = await counts();
    for (const personId of [loose!.id, otherMember!.personId]) {
      for (const role of ["moderator", "speaker"] as const) {
        expect(await addItemPerson(organizer, ids.eventId, itemId, { personId, role })).toEqual({ ok: false, reason: "notADelegate", field: "personId" });
      }
    }
    expect(await counts()).toEqual(before);
    expect(await peopleOn(itemId)).toEqual([]);
  });

  it("refuses a member who declined, writing nothing", async () => {
    const itemId = await newItem();
    const declined = roster.find((m) => m.status === "declined");
    if (!declined) throw new Error("the demo has no declined member");
    const before = await counts();
    expect(await addItemPerson(organizer, ids.eventId, itemId, { personId: declined.personId, role: "speaker" })).toEqual({
      ok: false,
      reason: "notADelegate",
      field: "personId",
    });
    expect(await counts()).toEqual(before);
  });

  it("answers notFound to an organizer of another initiative, writing nothing", async () => {
    const itemId = await newItem();
    const before = await counts();
    for (const viewer of [other.organizer, await createOrganizerUser(db(), "no-initiative")]) {
      expect(await addItemPerson(viewer, ids.eventId, itemId, { personId: member("Azerbaijan", "public").personId, role: "speaker" })).toEqual({
        ok: false,
        reason: "errors.notFound",
      });
    }
    // Removing is scoped the same way.
    await add(itemId, member("Armenia", "public").personId, "speaker");
    const withOne = await counts();
    expect(await removeItemPerson(other.organizer, ids.eventId, itemId, { personId: member("Armenia", "public").personId, role: "speaker" })).toEqual({
      ok: false,
      reason: "errors.notFound",
    });
    expect(await counts()).toEqual(withOne);
    expect(withOne.agendaItemPeople).toBe(before.agendaItemPeople + 1);
  });

  it("answers notFound to a malformed item id, an item of another event and a deleted item", async () => {
    const person = { personId: member("Azerbaijan", "public").personId, role: "speaker" as const };
    const otherEventId = await createTestEvent(organizer, ids, { title: "Item elsewhere" });
    const elsewhere = await createAgendaItem(organizer, otherEventId, agendaItem({ day: "2026-05-01" }));
    if (!elsewhere.ok) throw new Error(elsewhere.reason);
    const deletedId = await newItem();
    expect(await deleteAgendaItem(organizer, ids.eventId, deletedId)).toMatchObject({ ok: true });

    const before = await counts();
    for (const itemId of ["not-a-uuid", "", elsewhere.value.id, deletedId]) {
      expect(await addItemPerson(organizer, ids.eventId, itemId, person)).toEqual({ ok: false, reason: "errors.notFound" });
    }
    expect(await addItemPerson(organizer, "not-a-uuid", deletedId, person)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await counts()).toEqual(before);
  });
});

describe("removeItemPerson", () => {
  it("removes exactly that person in that role and nothing else", async () => {
    const itemId = await newItem();
    const elsewhereId = await newItem();
    const x = member("Azerbaijan", "public");
    const y = member("Armenia", "public");
    await add(itemId, x.personId, "moderator");
    await add(itemId, x.personId, "speaker");
    await add(itemId, y.personId, "speaker");
    await add(elsewhereId, x.personId, "speaker");

    expect(await removeItemPerson(organizer, ids.eventId, itemId, { personId: x.personId, role: "speaker" })).toEqual({ ok: true, value: undefined });
    expect(await peopleOn(itemId)).toEqual(
      [
        { personId: x.personId, role: "moderator" },
        { personId: y.personId, role: "speaker" },
      ].sort(bySorted),
    );
    expect(await peopleOn(elsewhereId)).toEqual([{ personId: x.personId, role: "speaker" }]);
  });

  it("answers notFound to a malformed person id and a deleted item", async () => {
    const itemId = await newItem();
    const x = member("Azerbaijan", "public");
    await add(itemId, x.personId, "speaker");
    expect(await removeItemPerson(organizer, ids.eventId, itemId, { personId: "not-a-uuid", role: "speaker" })).toEqual({
      ok: false,
      reason: "errors.notFound",
    });
    await deleteAgendaItem(organizer, ids.eventId, itemId);
    expect(await removeItemPerson(organizer, ids.eventId, itemId, { personId: x.personId, role: "speaker" })).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await peopleOn(itemId)).toEqual([{ personId: x.personId, role: "speaker" }]);
  });
});

describe("officials", () => {
  it("createOfficialForItem creates an official of the event's initiative and attaches it", async () => {
    const itemId = await newItem({ kind: "meeting_with_officials" });
    const name = unique("Deputy Minister");
    const result = await createOfficialForItem(organizer, ids.eventId, itemId, {
      name,
      position: "Deputy Minister",
      institution: "Ministry of Economy",
      partyId: ids.parties.Armenia,
    });
    if (!result.ok) throw new Error(result.reason);
    const [row] = await db()
      .select({ initiativeId: officials.initiativeId, name: officials.name, partyId: officials.partyId })
      .from(officials)
      .where(eq(officials.id, result.value.id));
    expect(row).toEqual({ initiativeId: ids.initiativeId, name, partyId: ids.parties.Armenia });
    expect(await officialsOn(itemId)).toEqual([result.value.id]);

    // Without a party.
    const partyless = await createOfficialForItem(organizer, ids.eventId, itemId, {
      name: unique("Ombudsman"),
      position: "Ombudsman",
      institution: "Office",
      partyId: null,
    });
    if (!partyless.ok) throw new Error(partyless.reason);
    expect((await officialsOn(itemId)).sort()).toEqual([result.value.id, partyless.value.id].sort());
  });

  it("createOfficialForItem refuses a party of another initiative and an outsider, writing nothing", async () => {
    const itemId = await newItem({ kind: "meeting_with_officials" });
    const input = { name: unique("Nobody"), position: "Minister", institution: "Ministry", partyId: other.partyId };
    const before = await counts();
    expect(await createOfficialForItem(organizer, ids.eventId, itemId, input)).toEqual({ ok: false, reason: "unknownParty", field: "partyId" });
    expect(await createOfficialForItem(other.organizer, ids.eventId, itemId, { ...input, partyId: null })).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await createOfficialForItem(organizer, ids.eventId, "not-a-uuid", { ...input, partyId: null })).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await counts()).toEqual(before);
  });

  it("setItemOfficial attaches (idempotently) and detaches an official of the initiative", async () => {
    const itemId = await newItem({ kind: "meeting_with_officials" });
    const [official] = await demoOfficials();
    expect(await setItemOfficial(organizer, ids.eventId, itemId, official!.id, true)).toEqual({ ok: true, value: undefined });
    expect(await setItemOfficial(organizer, ids.eventId, itemId, official!.id, true)).toEqual({ ok: true, value: undefined });
    expect(await officialsOn(itemId)).toEqual([official!.id]);
    expect(await setItemOfficial(organizer, ids.eventId, itemId, official!.id, false)).toEqual({ ok: true, value: undefined });
    expect(await officialsOn(itemId)).toEqual([]);
    // The official stays on the initiative's list.
    expect((await demoOfficials()).map((o) => o.id)).toContain(official!.id);
  });

  it("setItemOfficial answers notFound to an official of another initiative, a malformed id and an outsider, writing nothing", async () => {
    const itemId = await newItem({ kind: "meeting_with_officials" });
    const [official] = await demoOfficials();
    await setItemOfficial(organizer, ids.eventId, itemId, official!.id, true);
    const before = await counts();
    for (const attached of [true, false]) {
      expect(await setItemOfficial(organizer, ids.eventId, itemId, other.officialId, attached)).toEqual({ ok: false, reason: "errors.notFound" });
      expect(await setItemOfficial(organizer, ids.eventId, itemId, "not-a-uuid", attached)).toEqual({ ok: false, reason: "errors.notFound" });
      expect(await setItemOfficial(other.organizer, ids.eventId, itemId, official!.id, attached)).toEqual({ ok: false, reason: "errors.notFound" });
    }
    expect(await counts()).toEqual(before);
    expect(await officialsOn(itemId)).toEqual([official!.id]);
  });

  it("listOfficialsForOrganizer lists only the initiative's officials, and nothing to an outsider", async () => {
    const list = await listOfficialsForOrganizer(organizer, ids.eventId);
    expect(list.map((o) => o.id).sort()).toEqual((await demoOfficials()).map((o) => o.id).sort());
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.map((o) => o.id)).not.toContain(other.officialId);
    expect(JSON.stringify(list)).not.toContain(other.officialName);
    for (const row of list) expect(Object.keys(row).sort()).toEqual(["id", "institution", "name", "partyName", "position", "translations"]);
    expect(await listOfficialsForOrganizer(other.organizer, ids.eventId)).toEqual([]);
  });
});

describe("listParticipants: who may see whom", () => {
  const PERSON_KEYS = ["name", "partyId", "partyName", "personId", "role"];
  const OFFICIAL_KEYS = ["id", "institution", "name", "position", "shownIn"];

  /** An item with one speaker of every consent from each side, a public moderator and an official. */
  async function staffedItem(closedDoor: boolean) {
    const itemId = await newItem({ visibility: "public", closedDoor });
    const cast = {
      moderator: member("Armenia", "public", 1),
      public: [member("Azerbaijan", "public"), member("Armenia", "public")],
      delegates: [member("Azerbaijan", "delegates"), member("Armenia", "delegates")],
      none: [member("Azerbaijan", "none"), member("Armenia", "none")],
    };
    await add(itemId, cast.moderator.personId, "moderator");
    for (const m of [...cast.public, ...cast.delegates, ...cast.none]) await add(itemId, m.personId, "speaker");
    const [official] = await demoOfficials();
    await setItemOfficial(organizer, ids.eventId, itemId, official!.id, true);
    return { itemId, cast, official: official! };
  }

  /** `organizerOnly`: keys the organizer's view adds (whether the person is still coming). */
  function expectOnlyListedFields(result: Map<string, ItemParticipants>, organizerOnly: string[] = []) {
    for (const { people: rows, officials: officialRows } of result.values()) {
      for (const row of rows) expect(Object.keys(row).sort()).toEqual([...PERSON_KEYS, ...organizerOnly].sort());
      for (const row of officialRows) expect(Object.keys(row).sort()).toEqual(OFFICIAL_KEYS);
    }
  }

  function expectHidden(result: Map<string, ItemParticipants>, hidden: Member[]) {
    const json = JSON.stringify([...result.entries()]);
    for (const m of hidden) {
      expect(json).not.toContain(m.name);
      expect(json).not.toContain(m.personId);
    }
  }

  function expectNoContacts(result: Map<string, ItemParticipants>, everyone: Member[]) {
    const json = JSON.stringify([...result.entries()]);
    for (const m of everyone) {
      if (m.email) expect(json).not.toContain(m.email);
      if (m.phone) expect(json).not.toContain(m.phone);
    }
  }

  const speakerIds = (p: ItemParticipants | undefined) =>
    (p?.people ?? [])
      .filter((r) => r.role === "speaker")
      .map((r) => r.personId)
      .sort();

  it("shows the public only people who consented to public listing", async () => {
    const { itemId, cast, official } = await staffedItem(false);
    const result = await listParticipants([itemId], "public");
    expect([...result.keys()]).toEqual([itemId]);
    expect(speakerIds(result.get(itemId))).toEqual(cast.public.map((m) => m.personId).sort());
    expect(result.get(itemId)!.people.filter((r) => r.role === "moderator")).toEqual([
      { personId: cast.moderator.personId, name: cast.moderator.name, role: "moderator", partyId: ids.parties.Armenia, partyName: "Armenia" },
    ]);
    expect(result.get(itemId)!.officials.map((o) => o.id)).toEqual([official.id]);
    expectHidden(result, [...cast.delegates, ...cast.none]);
    expectOnlyListedFields(result);
    expectNoContacts(result, [cast.moderator, ...cast.public, ...cast.delegates, ...cast.none]);
  });

  it("tells the public, per role and party, how many people are not listed: a count, never who", async () => {
    const { itemId, cast } = await staffedItem(false);
    const result = await listParticipants([itemId], "public");
    // Without it the panel reads "Speakers: <Armenian> (Armenia), <Azerbaijani> (Azerbaijan)" and looks smaller than it is.
    expect(result.get(itemId)!.hidden).toEqual([
      { role: "speaker", partyName: "Armenia", count: 2 },
      { role: "speaker", partyName: "Azerbaijan", count: 2 },
    ]);
    for (const row of result.get(itemId)!.hidden) expect(Object.keys(row).sort()).toEqual(["count", "partyName", "role"]);
    expectHidden(result, [...cast.delegates, ...cast.none]);
  });

  it("counts one-sided hiding per party: only Azerbaijan's unlisted speakers", async () => {
    const itemId = await newItem({ visibility: "public" });
    const armenian = member("Armenia", "public");
    const hidden = [member("Azerbaijan", "none"), member("Azerbaijan", "delegates")];
    await add(itemId, armenian.personId, "speaker");
    for (const m of hidden) await add(itemId, m.personId, "speaker");
    await add(itemId, member("Azerbaijan", "none", 1).personId, "moderator");
    const result = (await listParticipants([itemId], "public")).get(itemId)!;
    expect(result.people.map((p) => p.personId)).toEqual([armenian.personId]);
    expect(result.hidden).toEqual([
      { role: "moderator", partyName: "Azerbaijan", count: 1 },
      { role: "speaker", partyName: "Azerbaijan", count: 2 },
    ]);
    const forDelegates = (await listParticipants([itemId], "delegate")).get(itemId)!;
    expect(forDelegates.hidden).toEqual([
      { role: "moderator", partyName: "Azerbaijan", count: 1 },
      { role: "speaker", partyName: "Azerbaijan", count: 1 },
    ]);
  });

  it("shows delegates the people who consented to public or delegates listing", async () => {
    const { itemId, cast } = await staffedItem(false);
    const result = await listParticipants([itemId], "delegate");
    expect(speakerIds(result.get(itemId))).toEqual([...cast.public, ...cast.delegates].map((m) => m.personId).sort());
    expectHidden(result, cast.none);
    expectOnlyListedFields(result);
    expectNoContacts(result, [cast.moderator, ...cast.public, ...cast.delegates, ...cast.none]);
    expect(result.get(itemId)!.hidden).toEqual([
      { role: "speaker", partyName: "Armenia", count: 1 },
      { role: "speaker", partyName: "Azerbaijan", count: 1 },
    ]);
  });

  it("shows the organizer everyone, with party and role", async () => {
    const { itemId, cast } = await staffedItem(false);
    const result = await listParticipants([itemId], "organizer");
    expect(speakerIds(result.get(itemId))).toEqual([...cast.public, ...cast.delegates, ...cast.none].map((m) => m.personId).sort());
    const noneAz = result.get(itemId)!.people.find((r) => r.personId === cast.none[0]!.personId);
    expect(noneAz).toEqual({
      personId: cast.none[0]!.personId,
      name: cast.none[0]!.name,
      role: "speaker",
      partyId: ids.parties.Azerbaijan,
      partyName: "Azerbaijan",
      notComing: false,
    });
    expectOnlyListedFields(result, ["notComing"]);
    expectNoContacts(result, [cast.moderator, ...cast.public, ...cast.delegates, ...cast.none]);
    expect(result.get(itemId)!.hidden).toEqual([]);
  });

  it("gives the public nobody on a closed-door item (no people, no officials); delegates still see them", async () => {
    const { itemId, cast, official } = await staffedItem(true);
    const open = await staffedItem(false);
    const forPublic = await listParticipants([itemId, open.itemId], "public");
    // Not even a count of hidden people: the public learns nothing of a closed-door panel.
    expect(forPublic.get(itemId)).toEqual({ people: [], officials: [], hidden: [] });
    expect(JSON.stringify(forPublic.get(itemId))).not.toContain(official.name);
    // The open item in the same call is unaffected.
    expect(speakerIds(forPublic.get(open.itemId))).toEqual(open.cast.public.map((m) => m.personId).sort());

    const forDelegates = await listParticipants([itemId], "delegate");
    expect(speakerIds(forDelegates.get(itemId))).toEqual([...cast.public, ...cast.delegates].map((m) => m.personId).sort());
    expect(forDelegates.get(itemId)!.officials.map((o) => o.id)).toEqual([official.id]);
    expectHidden(forDelegates, cast.none);
    expectOnlyListedFields(forDelegates);

    const forOrganizer = await listParticipants([itemId], "organizer");
    expect(forOrganizer.get(itemId)!.people).toHaveLength(1 + cast.public.length + cast.delegates.length + cast.none.length);
  });

  it("answers an empty map for no items and an empty entry for an item without people", async () => {
    expect((await listParticipants([], "organizer")).size).toBe(0);
    const itemId = await newItem();
    expect((await listParticipants([itemId], "public")).get(itemId)).toEqual({ people: [], officials: [], hidden: [] });
  });
});

describe("loadOrganizerAgenda checks on people and officials", () => {
  async function findingsFor(itemIds: string[]): Promise<Finding[]> {
    const event = await getEventForOrganizer(organizer, ids.eventId);
    if (!event) throw new Error("demo event not found");
    const { findings } = await loadOrganizerAgenda(organizer, event);
    return findings.filter((f) => itemIds.includes(f.itemId));
  }

  it("warns of a one-sided panel until the other side is on it", async () => {
    const itemId = await newItem({ kind: "thematic_session" });
    await add(itemId, member("Azerbaijan", "public", 0).personId, "speaker");
    expect(await findingsFor([itemId])).toEqual([]); // one person is no panel yet
    await add(itemId, member("Azerbaijan", "public", 1).personId, "speaker");
    expect(await findingsFor([itemId])).toEqual([{ itemId, severity: "warning", code: "oneSidedPanel", partyId: ids.parties.Azerbaijan }]);
    await add(itemId, member("Armenia", "delegates").personId, "moderator");
    expect(await findingsFor([itemId])).toEqual([]);
  });

  it("counts people the public may not see: a panel of hidden speakers is still checked", async () => {
    const itemId = await newItem({ kind: "plenary" });
    await add(itemId, member("Armenia", "none").personId, "speaker");
    await add(itemId, member("Armenia", "delegates").personId, "moderator");
    expect(await findingsFor([itemId])).toEqual([{ itemId, severity: "warning", code: "oneSidedPanel", partyId: ids.parties.Armenia }]);
  });

  it("warns of a meeting with officials without an official until one is attached", async () => {
    const itemId = await newItem({ kind: "meeting_with_officials" });
    expect(await findingsFor([itemId])).toEqual([{ itemId, severity: "warning", code: "meetingWithoutOfficial" }]);
    const [official] = await demoOfficials();
    await setItemOfficial(organizer, ids.eventId, itemId, official!.id, true);
    expect(await findingsFor([itemId])).toEqual([]);
    await setItemOfficial(organizer, ids.eventId, itemId, official!.id, false);
    expect(await findingsFor([itemId])).toEqual([{ itemId, severity: "warning", code: "meetingWithoutOfficial" }]);
  });

  it("warns on both items when one person speaks on two overlapping items, and not once they no longer overlap in people", async () => {
    const when = nextSlot();
    const a = await newItem({ kind: "working_group", ...when });
    const b = await newItem({ kind: "working_group", ...when });
    const person = member("Azerbaijan", "delegates").personId;
    await add(a, person, "speaker");
    expect(await findingsFor([a, b])).toEqual([]);
    await add(b, person, "moderator");
    const findings = await findingsFor([a, b]);
    expect(findings).toHaveLength(2);
    expect(findings).toEqual(
      expect.arrayContaining([
        { itemId: a, severity: "error", code: "personDoubleBooked", otherItemId: b, personId: person },
        { itemId: b, severity: "error", code: "personDoubleBooked", otherItemId: a, personId: person },
      ]),
    );
    await removeItemPerson(organizer, ids.eventId, b, { personId: person, role: "moderator" });
    expect(await findingsFor([a, b])).toEqual([]);
  });

  it("does not count a deleted item's people", async () => {
    const when = nextSlot();
    const a = await newItem({ kind: "working_group", ...when });
    const b = await newItem({ kind: "working_group", ...when });
    const person = member("Armenia", "public").personId;
    await add(a, person, "speaker");
    await add(b, person, "speaker");
    expect((await findingsFor([a, b])).map((f) => f.code)).toEqual(["personDoubleBooked", "personDoubleBooked"]);
    await deleteAgendaItem(organizer, ids.eventId, b);
    expect(await findingsFor([a, b])).toEqual([]);
  });
});
