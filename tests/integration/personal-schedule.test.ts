// A delegate's own schedule (lib/schedule/personal): the latest agenda release as delegates read it,
// their own border crossings and nothing of anyone else's private data; cancelled items after a new
// release; nothing at all for people who declined or withdrew.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { crossingPeople, crossings, delegationMembers, people } from "@/db/schema";
import { COOPERATION_SESSION_TITLE } from "@/db/seed/demo-agenda";
import { createAgendaItem, deleteAgendaItem } from "@/lib/agenda/queries";
import { getReleasedAgenda, listReleasesForOrganizer, releaseAgenda } from "@/lib/agenda/releases";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getPersonalSchedule, type PersonalEntry } from "@/lib/schedule/personal";
import { agendaItem, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;

const COOPERATION = COOPERATION_SESSION_TITLE;
const CROSSING_POINT = "Ashagy Eskipara – Voskepar (delimited section)";

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

async function personIdOf(email: string) {
  return (await memberByEmail(db(), ids.eventId, email)).personId;
}

async function demoSchedule(options?: { includeCancelled?: boolean }) {
  const events = await getPersonalSchedule(ids.delegatePersonId, options);
  expect(events.map((e) => e.id)).toEqual([ids.eventId]);
  return events[0]!;
}

const agendaOnly = (entries: PersonalEntry[]) => entries.filter((e) => e.source === "agenda");
const byTitle = (entries: PersonalEntry[], title: string) => entries.find((e) => e.title === title);

describe("getPersonalSchedule: the released agenda", () => {
  it("holds exactly the latest release's items delegates may read, sorted by start, closed-door ones included", async () => {
    const event = await demoSchedule();
    const released = (await getReleasedAgenda(ids.eventId, "delegate"))!;
    expect(event).toMatchObject({
      slug: "peace-bridge-tsaghkadzor-2026",
      timeZone: "Asia/Yerevan",
      releaseVersion: released.version,
      lastSeenReleaseVersion: null,
    });
    expect(
      agendaOnly(event.entries)
        .map((e) => e.id)
        .sort(),
    ).toEqual(released.items.map((i) => i.id).sort());
    expect(event.entries.map((e) => e.title)).not.toContain("Organizers' logistics briefing");
    const starts = event.entries.map((e) => e.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const closed = byTitle(event.entries, "Meeting with the Secretary of the Security Council of Armenia")!;
    expect(closed).toMatchObject({ closedDoor: true, kind: "meeting_with_officials", cancelled: false, changedSince: false });
    expect(closed.officials.map((o) => o.name)).toEqual(["Armen Grigoryan"]);
    expect(byTitle(event.entries, "Informal cultural and social evening")).toBeDefined();
    for (const entry of agendaOnly(event.entries)) expect(entry.uid).toBe(`agenda-${entry.id}@roundtable`);
  });

  it("says what I moderate or speak in, and names people as delegates may see them, with no contact data", async () => {
    const event = await demoSchedule();
    expect(byTitle(event.entries, COOPERATION)!.myRoles).toEqual(["moderator"]);
    expect(byTitle(event.entries, "Final press conference")!.myRoles).toEqual([]);
    const press = byTitle(event.entries, "Final press conference")!;
    expect(press.people).toContainEqual({ name: "Rauf Huseynov", partyName: "Azerbaijan", role: "speaker" });
    for (const entry of event.entries) {
      for (const person of entry.people) expect(Object.keys(person).sort()).toEqual(["name", "partyName", "role"]);
      for (const official of entry.officials) expect(Object.keys(official).sort()).toEqual(["name", "position", "shownIn"]);
    }
    const text = JSON.stringify(event);
    expect(text).not.toMatch(/@example\.org|\+994|\+374|Passports and the delegation list/);
  });

  it("follows consent as it is now, but always tells me my own role", async () => {
    const me = await memberByEmail(db(), ids.eventId, "delegate@example.org");
    const rauf = await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org");
    await db().update(delegationMembers).set({ consent: "none" }).where(eq(delegationMembers.id, rauf.id));
    await db().update(delegationMembers).set({ consent: "none" }).where(eq(delegationMembers.id, me.id));
    try {
      const event = await demoSchedule();
      expect(byTitle(event.entries, "Final press conference")!.people.map((p) => p.name)).not.toContain("Rauf Huseynov");
      const cooperation = byTitle(event.entries, COOPERATION)!;
      expect(cooperation.myRoles).toEqual(["moderator"]);
      expect(cooperation.people.map((p) => p.name)).not.toContain("Nigar Rzayeva");
    } finally {
      await db().update(delegationMembers).set({ consent: "public" }).where(eq(delegationMembers.id, rauf.id));
      await db().update(delegationMembers).set({ consent: "public" }).where(eq(delegationMembers.id, me.id));
    }
  });
});

describe("getPersonalSchedule: border crossings", () => {
  it("lists my own delegation's crossings I am on the manifest of, one hour from the planned time", async () => {
    const event = await demoSchedule();
    const rows = await db()
      .select({ id: crossings.id, direction: crossings.direction, plannedAt: crossings.plannedAt, actualAt: crossings.actualAt })
      .from(crossings)
      .where(and(eq(crossings.eventId, ids.eventId), eq(crossings.delegationId, ids.delegations.Azerbaijan)));
    const mine = event.entries.filter((e) => e.source === "crossing");
    expect(mine.map((e) => e.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const row of rows) {
      const entry = mine.find((e) => e.id === row.id)!;
      expect(entry).toMatchObject({
        uid: `crossing-${row.id}@roundtable`,
        kind: "crossing",
        title: "",
        description: "",
        place: CROSSING_POINT,
        startsAt: row.plannedAt,
        endsAt: new Date(row.plannedAt.getTime() + 3600_000),
        people: [],
        crossing: { direction: row.direction, pointName: CROSSING_POINT, actualAt: row.actualAt },
      });
    }
  });

  it("leaves out crossings I am not on the manifest of, and any crossing of another delegation", async () => {
    // Registered, not confirmed: not on the demo manifests.
    const samira = await personIdOf("samira.novruzova@example.org");
    const [samiraEvent] = await getPersonalSchedule(samira);
    expect(samiraEvent!.entries.filter((e) => e.source === "crossing")).toEqual([]);
    expect(samiraEvent!.entries.length).toBeGreaterThan(0);

    // An Armenian delegate put (wrongly) on the Azerbaijani manifest still does not get it: not their delegation's travel.
    const [armenian] = await db()
      .select({ personId: delegationMembers.personId })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.delegationId, ids.delegations.Armenia), eq(delegationMembers.status, "confirmed")))
      .limit(1);
    const [azCrossing] = await db().select({ id: crossings.id }).from(crossings).where(eq(crossings.delegationId, ids.delegations.Azerbaijan)).limit(1);
    await db().insert(crossingPeople).values({ crossingId: azCrossing!.id, personId: armenian!.personId });
    try {
      const [armenianEvent] = await getPersonalSchedule(armenian!.personId);
      expect(armenianEvent!.entries.filter((e) => e.source === "crossing")).toEqual([]);
    } finally {
      await db()
        .delete(crossingPeople)
        .where(and(eq(crossingPeople.crossingId, azCrossing!.id), eq(crossingPeople.personId, armenian!.personId)));
    }
  });
});

describe("getPersonalSchedule: who gets nothing", () => {
  it("gives nothing to someone who declined, or who withdrew", async () => {
    expect(await getPersonalSchedule(await personIdOf("zaur.hajiyev@example.org"))).toEqual([]);
    const elnur = await memberByEmail(db(), ids.eventId, "elnur.gasimov@example.org");
    expect(await getPersonalSchedule(elnur.personId)).toHaveLength(1);
    await db().update(delegationMembers).set({ status: "withdrawn" }).where(eq(delegationMembers.id, elnur.id));
    try {
      expect(await getPersonalSchedule(elnur.personId, { includeCancelled: true })).toEqual([]);
    } finally {
      await db().update(delegationMembers).set({ status: "confirmed" }).where(eq(delegationMembers.id, elnur.id));
    }
  });

  it("gives nothing to a person in no delegation", async () => {
    const [loner] = await db()
      .insert(people)
      .values({ initiativeId: ids.initiativeId, nameLatin: "No Delegation", sector: "other" })
      .returning({ id: people.id });
    expect(await getPersonalSchedule(loner!.id)).toEqual([]);
  });
});

describe("getPersonalSchedule: a new release", () => {
  it("shows the new release, marks what changed since I last looked, and lists a deleted item as cancelled", async () => {
    const before = await demoSchedule();
    const evening = byTitle(before.entries, "Informal cultural and social evening")!;

    const added = await createAgendaItem(
      organizer,
      ids.eventId,
      agendaItem({ title: "Early briefing for delegates", visibility: "delegates", startTime: "07:00", endTime: "07:30", place: "" }),
    );
    const secret = await createAgendaItem(
      organizer,
      ids.eventId,
      agendaItem({ title: "Organizers' early huddle", visibility: "organizers", startTime: "06:00", endTime: "06:30", place: "" }),
    );
    if (!added.ok || !secret.ok) throw new Error("items not created");
    expect((await deleteAgendaItem(organizer, ids.eventId, evening.id)).ok).toBe(true);
    const { nextVersion } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
    expect(await releaseAgenda(organizer, ids.eventId, { note: "Briefing added, evening cancelled", expectedVersion: nextVersion })).toEqual({
      ok: true,
      value: { version: nextVersion, notified: 0 },
    });

    const after = await demoSchedule();
    expect(after.releaseVersion).toBe(nextVersion);
    expect(after.entries.map((e) => e.id)).toContain(added.value.id);
    expect(after.entries.map((e) => e.id)).not.toContain(secret.value.id);
    expect(after.entries.map((e) => e.id)).not.toContain(evening.id);
    // Never looked: nothing is flagged.
    expect(after.entries.filter((e) => e.changedSince)).toEqual([]);

    const withCancelled = await demoSchedule({ includeCancelled: true });
    const cancelled = withCancelled.entries.filter((e) => e.cancelled);
    expect(cancelled).toEqual([{ ...evening, cancelled: true, changedSince: false }]);
    expect(withCancelled.entries.map((e) => e.id)).not.toContain(secret.value.id);

    // Having looked at the release before, only the new item is flagged.
    await db()
      .update(delegationMembers)
      .set({ lastSeenReleaseVersion: nextVersion - 1 })
      .where(eq(delegationMembers.id, before.memberId));
    const looked = await demoSchedule({ includeCancelled: true });
    expect(looked.lastSeenReleaseVersion).toBe(nextVersion - 1);
    expect(looked.entries.filter((e) => e.changedSince).map((e) => e.id)).toEqual([added.value.id]);

    await db().update(delegationMembers).set({ lastSeenReleaseVersion: nextVersion }).where(eq(delegationMembers.id, before.memberId));
    expect((await demoSchedule()).entries.filter((e) => e.changedSince)).toEqual([]);
  });
});
