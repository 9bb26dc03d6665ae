// The event page's split-off pages (issue #14 point 3): one day of the released programme at a
// time in the event's time zone, the public participants and final records a page at a time, in a
// stable order, with the same consent and publication rules as the single page they replace.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { delegationMembers, people } from "@/db/schema";
import { createAgendaItem } from "@/lib/agenda/queries";
import { releaseAgenda } from "@/lib/agenda/releases";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { listPublicDelegates } from "@/lib/delegations/queries";
import { countPublicListedByParty, listPublicParticipantsPage } from "@/lib/public-event/participants";
import { getPublicProgrammeDay } from "@/lib/public-event/programme";
import { listPublicRecordsPage } from "@/lib/public-event/records";
import { listFinalRecords } from "@/lib/records/reading";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { agendaItem, memberByEmail, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
const zone = "Asia/Yerevan";

let ids: DemoIds;
let organizer: OrganizerViewer;
let event: { id: string; timeZone: string; languages: string[] };
const titles = {
  afterMidnight: unique("Night session"),
  delegatesOnly: unique("Delegates-only briefing"),
  parallel: [unique("Parallel A"), unique("Parallel B"), unique("Parallel C")],
  unreleased: unique("Not yet released"),
};

async function addItem(overrides: Parameters<typeof agendaItem>[0]) {
  const created = await createAgendaItem(organizer, ids.eventId, agendaItem(overrides));
  if (!created.ok) throw new Error(`item not created: ${created.reason}`);
  return created.value.id;
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  event = { id: ids.eventId, timeZone: zone, languages: ["en", "ru", "az", "hy"] };
  // 00:30 in Yerevan on the 14th is 20:30 UTC on the 13th: it belongs to the 14th.
  await addItem({ title: titles.afterMidnight, day: "2026-02-14", startTime: "00:30", endTime: "01:00", place: "Night hall" });
  await addItem({ title: titles.delegatesOnly, day: "2026-02-14", startTime: "07:00", endTime: "07:30", visibility: "delegates", place: "Room 7" });
  for (const [i, title] of titles.parallel.entries()) await addItem({ title, day: "2026-02-13", startTime: "08:00", endTime: "08:30", place: `Hall ${i + 2}` });
  expect((await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: 2 })).ok).toBe(true);
  await addItem({ title: titles.unreleased, day: "2026-02-14", startTime: "07:00", endTime: "07:30", place: "Room 8" });
});

describe("getPublicProgrammeDay", () => {
  it("gives the items of one local day in the event's zone, of the latest release, public ones only", async () => {
    const day14 = (await getPublicProgrammeDay(event, "2026-02-14", { size: 100 }))!;
    const day13 = (await getPublicProgrammeDay(event, "2026-02-13", { size: 100 }))!;
    expect(day14.version).toBe(2);
    expect(day14.days.map((d) => d.day)).toEqual(["2026-02-13", "2026-02-14"]);
    const on14 = day14.items.map((i) => i.title);
    expect(on14).toContain(titles.afterMidnight);
    expect(on14[0]).toBe(titles.afterMidnight);
    expect(day13.items.map((i) => i.title)).not.toContain(titles.afterMidnight);
    expect(on14).toContain("Final press conference");
    for (const hidden of [titles.delegatesOnly, titles.unreleased, "Organizers' logistics briefing"]) expect(JSON.stringify(day14)).not.toContain(hidden);
    for (const item of day14.items) expect(item.startsAt.getTime()).toBeGreaterThanOrEqual(zonedLocalToInstant("2026-02-14", "00:00", zone)!.getTime());
    expect(day14.total).toBe(day14.items.length);
    expect(day14.days.find((d) => d.day === "2026-02-14")?.count).toBe(day14.total);
  });

  it("shows a closed-door item only as having taken place: no title, place or people", async () => {
    const day13 = (await getPublicProgrammeDay(event, "2026-02-13", { size: 100 }))!;
    const closed = day13.items.filter((i) => i.closedDoor);
    expect(closed.length).toBeGreaterThan(0);
    for (const item of closed) {
      expect(item).toMatchObject({ title: "", description: "", place: "" });
      expect(day13.participants.has(item.id)).toBe(false);
    }
    expect(JSON.stringify(day13)).not.toContain("Security Council of Armenia");
  });

  it("pages through a day in a stable order, every item on exactly one page", async () => {
    const all = (await getPublicProgrammeDay(event, "2026-02-13", { size: 100 }))!;
    const first = (await getPublicProgrammeDay(event, "2026-02-13", { size: 4 }))!;
    expect(first.pages).toBe(Math.ceil(all.total / 4));
    const seen: string[] = [];
    for (let page = 1; page <= first.pages; page++) seen.push(...(await getPublicProgrammeDay(event, "2026-02-13", { size: 4, page }))!.items.map((i) => i.id));
    expect(seen).toEqual(all.items.map((i) => i.id));
    // Parallel sessions at one time: by place, "Hall 2" before "Hall 3".
    const parallel = all.items.filter((i) => titles.parallel.includes(i.title));
    expect(parallel.map((i) => i.place)).toEqual(["Hall 2", "Hall 3", "Hall 4"]);
    expect((await getPublicProgrammeDay(event, "2026-02-13", { size: 4, page: first.pages + 1 }))!.items).toEqual([]);
    // Each start time links to the page its first session is on.
    expect(first.startTimes.reduce((sum, slot) => sum + slot.count, 0)).toBe(all.total);
    for (const slot of first.startTimes) {
      const onPage = (await getPublicProgrammeDay(event, "2026-02-13", { size: 4, page: slot.page }))!.items;
      expect(onPage.map((i) => i.id)).toContain(slot.firstId);
    }
    const eight = first.startTimes.find((slot) => slot.startsAt.getTime() === zonedLocalToInstant("2026-02-13", "08:00", zone)!.getTime());
    expect(eight?.count).toBeGreaterThanOrEqual(3);
  });

  it("names the page's moderators and speakers only as their listing consent allows", async () => {
    const day13 = (await getPublicProgrammeDay(event, "2026-02-13", { size: 100 }))!;
    const named = [...day13.participants.values()].flatMap((p) => p.people);
    expect(named.length).toBeGreaterThan(0);
    const person = named[0]!;
    const [member] = await db()
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.personId, person.personId), eq(delegationMembers.eventId, ids.eventId)));
    await db().update(delegationMembers).set({ consent: "delegates" }).where(eq(delegationMembers.id, member!.id));
    const after = (await getPublicProgrammeDay(event, "2026-02-13", { size: 100 }))!;
    expect(JSON.stringify([...after.participants.values()])).not.toContain(person.personId);
    await db().update(delegationMembers).set({ consent: "public" }).where(eq(delegationMembers.id, member!.id));
  });

  it("opens on today while the event runs, else on its first day", async () => {
    expect((await getPublicProgrammeDay(event, null, { now: zonedLocalToInstant("2026-02-14", "10:00", zone)! }))!.day).toBe("2026-02-14");
    expect((await getPublicProgrammeDay(event, null, { now: new Date("2027-01-01T00:00:00Z") }))!.day).toBe("2026-02-13");
  });

  it("gives nothing for a day without sessions", async () => {
    const none = (await getPublicProgrammeDay(event, "2026-02-20"))!;
    expect(none.items).toEqual([]);
    expect(none.days.some((d) => d.day === "2026-02-20")).toBe(false);
  });
});

describe("listPublicParticipantsPage", () => {
  it("pages through exactly the people listed publicly, in the list's order, never contact data", async () => {
    const everyone = await listPublicDelegates(ids.eventId);
    const first = await listPublicParticipantsPage(ids.eventId, 1, 5);
    expect(first.total).toBe(everyone.length);
    expect(first.pages).toBe(Math.ceil(everyone.length / 5));
    const seen = [...first.rows];
    for (let page = 2; page <= first.pages; page++) seen.push(...(await listPublicParticipantsPage(ids.eventId, page, 5)).rows);
    expect(seen).toEqual(everyone);
    expect(JSON.stringify(seen)).not.toMatch(/@example\.org|555/);
    expect((await listPublicParticipantsPage(ids.eventId, first.pages + 1, 5)).rows).toEqual([]);
  });

  it("drops a person at once when they withdraw their public listing, from the list and the counts", async () => {
    const before = await listPublicParticipantsPage(ids.eventId, 1, 1000);
    const listedBefore = await countPublicListedByParty(ids.eventId);
    const person = before.rows[0]!;
    const member = await memberByEmail(db(), ids.eventId, (await findEmail(person.nameLatin))!);
    await db().update(delegationMembers).set({ consent: "delegates" }).where(eq(delegationMembers.id, member.id));
    const after = await listPublicParticipantsPage(ids.eventId, 1, 1000);
    expect(after.total).toBe(before.total - 1);
    expect(after.rows.map((r) => r.nameLatin)).not.toContain(person.nameLatin);
    expect((await countPublicListedByParty(ids.eventId)).get(person.partyName)).toBe(listedBefore.get(person.partyName)! - 1);
    await db().update(delegationMembers).set({ consent: "public" }).where(eq(delegationMembers.id, member.id));
  });

  it("counts per party the same people the list names", async () => {
    const everyone = await listPublicDelegates(ids.eventId);
    const counts = await countPublicListedByParty(ids.eventId);
    for (const party of ["Armenia", "Azerbaijan"]) expect(counts.get(party) ?? 0).toBe(everyone.filter((p) => p.partyName === party).length);
  });
});

describe("listPublicRecordsPage", () => {
  it("pages through the final records the public reads, in their order", async () => {
    const all = await listFinalRecords([ids.eventId], "public");
    expect(all.length).toBeGreaterThan(0);
    const first = await listPublicRecordsPage(ids.eventId, 1, 1);
    expect(first.total).toBe(all.length);
    expect(first.pages).toBe(all.length);
    const seen = [...first.rows];
    for (let page = 2; page <= first.pages; page++) seen.push(...(await listPublicRecordsPage(ids.eventId, page, 1)).rows);
    expect(seen).toEqual(all);
  });
});

async function findEmail(nameLatin: string): Promise<string | null> {
  const [row] = await db().select({ email: people.email }).from(people).where(eq(people.nameLatin, nameLatin));
  return row?.email ?? null;
}
