// A delegate's schedule one day at a time (lib/schedule/schedule-day): the same entries the whole
// release gives for that day (lib/schedule/personal reads every release), crowded time slots
// folded with the delegate's own sessions first, what changed since they last looked counted over
// the whole event, and the release's items stored one row each (also for releases made before).
import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItems, agendaReleaseItems, agendaReleases, delegationMembers } from "@/db/schema";
import { addItemPerson } from "@/lib/agenda/participants";
import { createAgendaItem, updateAgendaItem } from "@/lib/agenda/queries";
import { listReleasesForOrganizer, releaseAgenda } from "@/lib/agenda/releases";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { PARALLEL_SHOWN } from "@/lib/schedule/day-choice";
import { getPersonalSchedule, type PersonalEntry } from "@/lib/schedule/personal";
import { CHANGES_SHOWN, getParallelSessions, getScheduleDays } from "@/lib/schedule/schedule-day";
import { instantToZonedParts } from "@/lib/time/zoned";
import { agendaItem, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;

const ZONE = "Asia/Yerevan";
const DAYS = ["2026-02-13", "2026-02-14"];
const DURING = new Date("2026-02-14T08:00:00Z"); // 12:00 on the second day in Yerevan
const AFTER = new Date("2026-12-04T12:00:00Z");

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

async function scheduleDay(day: string | null, now = AFTER) {
  const events = await getScheduleDays([ids.delegatePersonId], { day, since: null }, now);
  expect(events.map((e) => e.id)).toEqual([ids.eventId]);
  return events[0]!;
}

const localDay = (entry: PersonalEntry) => instantToZonedParts(entry.startsAt, ZONE).date;

async function release(note: string) {
  const { nextVersion } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
  const released = await releaseAgenda(organizer, ids.eventId, { note, expectedVersion: nextVersion });
  if (!released.ok) throw new Error(`release refused: ${JSON.stringify(released)}`);
  return nextVersion;
}

async function created(input: Parameters<typeof agendaItem>[0]) {
  const result = await createAgendaItem(organizer, ids.eventId, agendaItem(input));
  if (!result.ok) throw new Error("item not created");
  return result.value.id;
}

describe("getScheduleDays: one day of the latest release", () => {
  it("gives, for each day, exactly the entries the whole schedule has on that day", async () => {
    const [whole] = await getPersonalSchedule(ids.delegatePersonId);
    for (const day of DAYS) {
      const shown = await scheduleDay(day);
      expect(shown).toMatchObject({ day, days: DAYS, slug: "peace-bridge-tsaghkadzor-2026", timeZone: ZONE, folded: [], changedSinceLastLook: 0 });
      expect(shown.release?.version).toBe(whole!.releaseVersion);
      expect(shown.entries).toEqual(whole!.entries.filter((entry) => localDay(entry) === day));
      expect(shown.entries.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(await scheduleDay(DAYS[0]!))).not.toContain("Organizers' logistics briefing");
  });

  it("shows today while the event is on, and its first day before and after it", async () => {
    expect((await scheduleDay(null, DURING)).day).toBe("2026-02-14");
    expect((await scheduleDay("2026-02-13", DURING)).day).toBe("2026-02-13");
    expect((await scheduleDay(null, AFTER)).day).toBe("2026-02-13");
    expect((await scheduleDay("2027-01-01", new Date("2025-01-01T00:00:00Z"))).day).toBe("2026-02-13");
  });

  it("holds nothing for someone who takes part in no event", async () => {
    expect(await getScheduleDays([], { day: null, since: null }, AFTER)).toEqual([]);
    expect(await getScheduleDays(["00000000-0000-0000-0000-000000000000"], { day: null, since: null }, AFTER)).toEqual([]);
  });
});

describe("getScheduleDays: parallel sessions", () => {
  const SLOT = { day: "2026-02-14", startTime: "07:00", endTime: "08:00" };

  it("shows every session of a slot with a few parallel ones", async () => {
    const few: string[] = [];
    for (let n = 1; n <= PARALLEL_SHOWN; n++)
      few.push(await created({ day: "2026-02-14", startTime: "06:00", endTime: "06:45", title: `Side meeting ${n}`, place: `Room ${n}` }));
    await release("Side meetings");
    const day = await scheduleDay("2026-02-14");
    const slotStart = new Date("2026-02-14T02:00:00Z");
    expect(day.entries.filter((entry) => entry.startsAt.getTime() === slotStart.getTime()).map((entry) => entry.id)).toEqual([...few].sort());
    expect(day.folded).toEqual([]);
  });

  it("shows only my session of a crowded slot, or else its first, and lists them all on request", async () => {
    const parallel: string[] = [];
    for (let n = 1; n <= PARALLEL_SHOWN + 3; n++)
      parallel.push(await created({ ...SLOT, title: `Parallel track ${n}`, place: `Hall ${String(n).padStart(2, "0")}` }));
    const crowdedLater: string[] = [];
    for (let n = 1; n <= PARALLEL_SHOWN + 1; n++)
      crowdedLater.push(
        await created({ day: "2026-02-14", startTime: "21:00", endTime: "22:00", title: `Late track ${n}`, place: `Hall ${String(n).padStart(2, "0")}` }),
      );
    const hidden = await created({ ...SLOT, title: "Organizers' parallel huddle", place: "Hall 00", visibility: "organizers" });
    // The delegate speaks in the one whose hall sorts last: it is the one shown.
    const mine = parallel.at(-1)!;
    expect((await addItemPerson(organizer, ids.eventId, mine, { personId: ids.delegatePersonId, role: "speaker" })).ok).toBe(true);
    await release("Parallel tracks");

    const day = await scheduleDay("2026-02-14");
    const slotStart = new Date("2026-02-14T03:00:00Z");
    const lateStart = new Date("2026-02-14T17:00:00Z");
    const at = (start: Date) => day.entries.filter((entry) => entry.startsAt.getTime() === start.getTime());
    expect(at(slotStart).map((entry) => entry.id)).toEqual([mine]);
    expect(at(slotStart)[0]?.myRoles).toEqual(["speaker"]);
    expect(at(lateStart).map((entry) => entry.id)).toEqual([crowdedLater[0]]);
    expect(day.folded).toEqual([
      { startsAt: slotStart, shown: 1, hidden: parallel.length - 1 },
      { startsAt: lateStart, shown: 1, hidden: crowdedLater.length - 1 },
    ]);
    expect(JSON.stringify(day)).not.toContain(hidden);

    const firstPage = await getParallelSessions([ids.delegatePersonId], ids.eventId, slotStart, { offset: 0, limit: 5 });
    const secondPage = await getParallelSessions([ids.delegatePersonId], ids.eventId, slotStart, { offset: 5, limit: 5 });
    expect(firstPage?.total).toBe(parallel.length);
    expect(firstPage?.entries[0]?.id).toBe(mine);
    expect([...firstPage!.entries, ...secondPage!.entries].map((entry) => entry.id).sort()).toEqual([...parallel].sort());
    expect(JSON.stringify([firstPage, secondPage])).not.toContain(hidden);
  });

  it("lists parallel sessions only of an event the person takes part in", async () => {
    const slotStart = new Date("2026-02-14T03:00:00Z");
    expect(await getParallelSessions(["00000000-0000-0000-0000-000000000000"], ids.eventId, slotStart, { offset: 0, limit: 5 })).toBeNull();
    expect(await getParallelSessions([ids.delegatePersonId], "00000000-0000-0000-0000-000000000000", slotStart, { offset: 0, limit: 5 })).toBeNull();
  });
});

describe("getScheduleDays: what changed", () => {
  it("marks and counts what changed since I last looked, the same as the whole schedule does", async () => {
    const me = await memberByEmail(db(), ids.eventId, "delegate@example.org");
    const seenVersion = (await scheduleDay(null)).release!.version;
    await db().update(delegationMembers).set({ lastSeenReleaseVersion: seenVersion }).where(eq(delegationMembers.id, me.id));

    const added = await created({ day: "2026-02-13", startTime: "06:00", endTime: "06:30", title: "Early coffee with the hosts", place: "Lobby" });
    const [before] = await getPersonalSchedule(ids.delegatePersonId);
    const moved = before!.entries.find((entry) => entry.title === "Informal cultural and social evening")!;
    const movedInput = agendaItem({
      kind: "cultural_social",
      title: moved.title,
      description: moved.description,
      day: localDay(moved),
      startTime: instantToZonedParts(moved.startsAt, ZONE).time,
      endTime: instantToZonedParts(moved.endsAt, ZONE).time,
      place: "Hotel garden",
      visibility: "delegates",
    });
    const [current] = await db().select({ version: agendaItems.version }).from(agendaItems).where(eq(agendaItems.id, moved.id));
    const updated = await updateAgendaItem(organizer, ids.eventId, moved.id, movedInput, current!.version);
    expect(updated.ok).toBe(true);
    const latest = await release("Coffee added, evening moved to the garden");

    const [whole] = await getPersonalSchedule(ids.delegatePersonId);
    const changedWhole = whole!.entries.filter((entry) => entry.changedSince).map((entry) => entry.id);
    expect(changedWhole.sort()).toEqual([added, moved.id].sort());
    const changedByDay: string[] = [];
    const changedOn = new Map<string, string[]>();
    for (const day of DAYS) {
      const shown = await scheduleDay(day);
      expect(shown.release?.version).toBe(latest);
      expect(shown.changedSinceLastLook).toBe(2);
      changedOn.set(
        day,
        shown.entries.filter((entry) => entry.changedSince).map((entry) => entry.id),
      );
      changedByDay.push(...changedOn.get(day)!);
    }
    expect(changedByDay.sort()).toEqual(changedWhole);

    const { changes } = await scheduleDay(null);
    expect(changes.total).toBe(2);
    expect(changes.shown.map((change) => [change.type, change.item.id])).toEqual([
      ["added", added],
      ["changed", moved.id],
    ]);
    expect(changes.shown[1]).toMatchObject({ fields: ["place"] });

    // Seen the latest: nothing is marked any more.
    await db().update(delegationMembers).set({ lastSeenReleaseVersion: latest }).where(eq(delegationMembers.id, me.id));
    const seen = await scheduleDay("2026-02-13");
    expect(seen.changedSinceLastLook).toBe(0);
    expect(seen.lookedFrom).toBeNull();
    expect(seen.entries.filter((entry) => entry.changedSince)).toEqual([]);

    // The day links of the visit that recorded it keep marking from the release it counted from.
    const linked = async (since: { eventId: string; version: number }) =>
      (await getScheduleDays([ids.delegatePersonId], { day: "2026-02-13", since }, AFTER))[0]!;
    const fromLink = await linked({ eventId: ids.eventId, version: seenVersion });
    expect(fromLink).toMatchObject({ changedSinceLastLook: 2, lookedFrom: seenVersion });
    expect(fromLink.entries.filter((entry) => entry.changedSince).map((entry) => entry.id)).toEqual(changedOn.get("2026-02-13"));
    expect(changedOn.get("2026-02-13")).toContain(added);
    // Another event's link marks nothing here.
    expect((await linked({ eventId: "00000000-0000-0000-0000-000000000000", version: seenVersion })).changedSinceLastLook).toBe(0);
  });

  it("lists the first few changes of a large release and counts them all", async () => {
    for (let n = 1; n <= CHANGES_SHOWN + 2; n++)
      await created({ day: "2026-02-14", startTime: "20:00", endTime: "21:00", title: `Evening table ${n}`, place: `Room ${n}` });
    await created({ day: "2026-02-14", startTime: "05:00", endTime: "05:30", title: "Organizers only", place: "", visibility: "organizers" });
    await release("Evening tables");
    const { changes } = await scheduleDay(null);
    expect(changes.total).toBe(CHANGES_SHOWN + 2);
    expect(changes.shown).toHaveLength(CHANGES_SHOWN);
    expect(changes.shown.every((change) => change.type === "added" && change.item.title.startsWith("Evening table"))).toBe(true);
  });
});

describe("getScheduleDays: the latest changes as the reader reads them", () => {
  it("counts a corrected translation as a change only for readers of that language", async () => {
    // A released item every delegate sees, whose Armenian title alone is corrected.
    const [item] = await db()
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(sql`${agendaItems.eventId} = ${ids.eventId} and ${agendaItems.visibility} = 'public' and ${agendaItems.title} = 'Opening plenary'`);
    expect(item).toBeDefined();
    await db()
      .update(agendaItems)
      .set({
        translations: sql`jsonb_set(coalesce(${agendaItems.translations}, '{}'::jsonb), '{hy}', coalesce(${agendaItems.translations} -> 'hy', '{}'::jsonb) || '{"title": "Բացման լիագումար նիստ (ուղղված)"}'::jsonb)`,
        version: sql`${agendaItems.version} + 1`,
      })
      .where(eq(agendaItems.id, item!.id));
    await release("Armenian title corrected");
    const changesFor = async (reader: string) => (await getScheduleDays([ids.delegatePersonId], { day: null, since: null }, AFTER, reader))[0]!.changes;

    const armenian = await changesFor("hy");
    expect(armenian.total).toBe(1);
    expect(armenian.shown.map((change) => change.item.id)).toEqual([item!.id]);
    // A Russian or English reader sees nothing changed: nothing listed, nothing counted as "more".
    expect(await changesFor("ru")).toEqual({ shown: [], total: 0 });
    expect(await changesFor("en")).toEqual({ shown: [], total: 0 });
  });
});

describe("agenda_release_items", () => {
  it("holds every item of every release, and the migration's backfill writes the same rows", async () => {
    const columns = { releaseId: agendaReleaseItems.releaseId, itemId: agendaReleaseItems.itemId, item: agendaReleaseItems.item };
    const written = await db().select(columns).from(agendaReleaseItems);
    const releases = await db().select({ items: agendaReleases.items }).from(agendaReleases);
    expect(written.length).toBe(releases.reduce((sum, release) => sum + release.items.length, 0));

    const migration = fs.readFileSync(path.join(process.cwd(), "db", "migrations", "0014_release_items.sql"), "utf8");
    const backfill = migration.split("--> statement-breakpoint").at(-1)!;
    expect(backfill).toMatch(/INSERT INTO "agenda_release_items"/);
    const sortRows = (rows: typeof written) => [...rows].sort((a, b) => `${a.releaseId}${a.itemId}`.localeCompare(`${b.releaseId}${b.itemId}`));
    const fullRows = await db().select().from(agendaReleaseItems);
    await db()
      .transaction(async (tx) => {
        await tx.delete(agendaReleaseItems);
        await tx.execute(sql.raw(backfill));
        const again = await tx.select().from(agendaReleaseItems);
        expect(sortRows(again)).toEqual(sortRows(fullRows));
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes("Rollback"))) throw error;
      });
    expect(await db().select(columns).from(agendaReleaseItems)).toHaveLength(written.length);
  });
});
