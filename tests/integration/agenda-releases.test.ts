import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItemPeople, agendaItems, delegationMembers } from "@/db/schema";
import { createAgendaItem, updateAgendaItem, getAgendaItemForOrganizer } from "@/lib/agenda/queries";
import { getReleasedAgenda, listReleasesForOrganizer, releaseAgenda } from "@/lib/agenda/releases";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { agendaItem, createOrganizerUser, rowCounts, type DemoIds, seedDemoContext } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

async function nextVersion() {
  return (await listReleasesForOrganizer(organizer, ids.eventId))!.nextVersion;
}

async function addItem(overrides: Parameters<typeof agendaItem>[0] = {}) {
  const created = await createAgendaItem(organizer, ids.eventId, agendaItem({ startTime: "07:00", endTime: "07:30", place: "", ...overrides }));
  if (!created.ok) throw new Error(created.reason);
  return created.value.id;
}

describe("releaseAgenda", () => {
  it("starts from the demo's release 1 and refuses a release with nothing new", async () => {
    const data = await listReleasesForOrganizer(organizer, ids.eventId);
    expect(data).toMatchObject({ nextVersion: 2, unreleased: [], unreleasedOther: false });
    expect(data!.releases.map((r) => r.version)).toEqual([1]);
    expect(await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: 2 })).toEqual({ ok: false, reason: "releases.nothingChanged" });
  });

  it("keeps readers on the released version until the next release, then tells them what changed", async () => {
    const itemId = await addItem({ title: "Added after release 1", visibility: "public" });
    expect((await getReleasedAgenda(ids.eventId, "public"))!.items.map((i) => i.id)).not.toContain(itemId);
    expect((await listReleasesForOrganizer(organizer, ids.eventId))!.unreleased).toMatchObject([{ type: "added", item: { id: itemId } }]);

    expect(await releaseAgenda(organizer, ids.eventId, { note: "Early start added", expectedVersion: 2 })).toEqual({
      ok: true,
      value: { version: 2, notified: 0 },
    });
    const publicAgenda = (await getReleasedAgenda(ids.eventId, "public"))!;
    expect(publicAgenda).toMatchObject({ version: 2, note: "Early start added" });
    expect(publicAgenda.items.map((i) => i.id)).toContain(itemId);
    expect(publicAgenda.changes).toMatchObject([{ type: "added", item: { id: itemId, title: "Added after release 1" } }]);

    // Renamed in the draft: readers keep the released title.
    const { item } = (await getAgendaItemForOrganizer(organizer, ids.eventId, itemId))!;
    await updateAgendaItem(
      organizer,
      ids.eventId,
      itemId,
      agendaItem({ title: "Renamed in the draft", startTime: "07:00", endTime: "07:30", place: "", visibility: "public" }),
      item.version,
    );
    expect((await getReleasedAgenda(ids.eventId, "delegate"))!.items.find((i) => i.id === itemId)?.title).toBe("Added after release 1");
  });

  it("refuses a release offered as a version someone else already released, and lets one of two racing releases through", async () => {
    expect(await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: 2 })).toEqual({ ok: false, reason: "releases.releasedMeanwhile" });
    const version = await nextVersion();
    const results = await Promise.all([1, 2].map(() => releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: version })));
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, value: { version, notified: 0 } }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "releases.releasedMeanwhile" }]);
  });

  it("is blocked while the agenda has errors", async () => {
    // An item outside the event's days can only come from outside the forms: insert it directly.
    const [bad] = await db()
      .insert(agendaItems)
      .values({
        eventId: ids.eventId,
        kind: "plenary",
        title: "Outside the event",
        startsAt: zonedLocalToInstant("2026-02-20", "10:00", "Asia/Yerevan")!,
        endsAt: zonedLocalToInstant("2026-02-20", "11:00", "Asia/Yerevan")!,
        visibility: "public",
      })
      .returning({ id: agendaItems.id });
    expect(await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: await nextVersion() })).toEqual({
      ok: false,
      reason: "releases.blockedByErrors",
    });
    await db().delete(agendaItems).where(eq(agendaItems.id, bad!.id));
  });

  it("is refused over a clash without a reason, and goes out with one, kept in the release's history", async () => {
    // Two sessions in one hall at once: the same room, the same time.
    const first = await addItem({ title: "Clash A", place: "Clash hall", startTime: "06:00", endTime: "06:45" });
    const second = await addItem({ title: "Clash B", place: "clash  HALL", startTime: "06:30", endTime: "07:00" });
    const version = await nextVersion();
    const before = await rowCounts(db());
    expect(await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: version })).toEqual({
      ok: false,
      reason: "clashesNeedReason",
      field: "clashOverride",
    });
    expect(await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: version, clashOverride: "   " })).toMatchObject({
      ok: false,
      reason: "clashesNeedReason",
    });
    expect(await rowCounts(db())).toEqual(before);
    const reason = "The two halves of the plenary share the hall on purpose.";
    expect(await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: version, clashOverride: reason })).toMatchObject({ ok: true });
    const [latest] = (await listReleasesForOrganizer(organizer, ids.eventId))!.releases;
    expect(latest).toMatchObject({ version, clashOverride: reason, clashCount: 1 });
    // Once fixed, the next release needs no reason and records none.
    await db().delete(agendaItems).where(eq(agendaItems.id, second));
    const next = await nextVersion();
    expect(await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: next, clashOverride: "ignored: nothing clashes" })).toMatchObject({
      ok: true,
    });
    expect((await listReleasesForOrganizer(organizer, ids.eventId))!.releases[0]).toMatchObject({ version: next, clashOverride: "", clashCount: 0 });
    await db().delete(agendaItems).where(eq(agendaItems.id, first));
  });

  it("is not available to an organizer of another initiative, and writes nothing for them", async () => {
    const stranger = await createOrganizerUser(db(), "release stranger");
    await addItem({ title: "Pending for the stranger test" });
    const before = await rowCounts(db());
    expect(await releaseAgenda(stranger, ids.eventId, { note: "", expectedVersion: await nextVersion() })).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await listReleasesForOrganizer(stranger, ids.eventId)).toBeNull();
    expect(await rowCounts(db())).toEqual(before);
  });
});

describe("names in a release", () => {
  it("follow consent as it is now: withdrawing consent hides a speaker at once, without a new release", async () => {
    const itemId = await addItem({ title: "Panel with a consenting speaker", visibility: "public", startTime: "06:00", endTime: "06:30" });
    const [member] = await db()
      .select({ id: delegationMembers.id, personId: delegationMembers.personId })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.eventId, ids.eventId), eq(delegationMembers.consent, "public"), eq(delegationMembers.status, "confirmed")))
      .limit(1);
    await db().insert(agendaItemPeople).values({ agendaItemId: itemId, personId: member!.personId, role: "speaker" });
    expect((await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: await nextVersion() })).ok).toBe(true);

    const before = (await getReleasedAgenda(ids.eventId, "public"))!.participants.get(itemId)!.people;
    expect(before.map((p) => p.personId)).toEqual([member!.personId]);
    expect(Object.keys(before[0]!).sort()).toEqual(["name", "partyId", "partyName", "personId", "role"]);

    await db().update(delegationMembers).set({ consent: "none" }).where(eq(delegationMembers.id, member!.id));
    expect((await getReleasedAgenda(ids.eventId, "public"))!.participants.get(itemId)!.people).toEqual([]);
    expect((await getReleasedAgenda(ids.eventId, "delegate"))!.participants.get(itemId)!.people).toEqual([]);
  });
});
