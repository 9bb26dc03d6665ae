import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItems } from "@/db/schema";
import {
  createAgendaItem,
  deleteAgendaItem,
  getAgendaItemForOrganizer,
  listAgendaForOrganizer,
  listRecentlyDeleted,
  restoreAgendaItem,
  UNDO_WINDOW_MS,
  updateAgendaItem,
} from "@/lib/agenda/queries";
import { getReleasedAgenda, listReleasesForOrganizer, releaseAgenda } from "@/lib/agenda/releases";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { agendaItem, type DemoIds, seedDemoContext } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

async function newItem(overrides: Parameters<typeof agendaItem>[0] = {}) {
  const created = await createAgendaItem(organizer, ids.eventId, agendaItem(overrides));
  if (!created.ok) throw new Error(created.reason);
  const found = await getAgendaItemForOrganizer(organizer, ids.eventId, created.value.id);
  return found!.item;
}

describe("updateAgendaItem", () => {
  it("moves an item to another day and time without retyping it, and bumps its version", async () => {
    const item = await newItem({ title: "Moving session", startTime: "09:00", endTime: "10:00" });
    const result = await updateAgendaItem(
      organizer,
      ids.eventId,
      item.id,
      agendaItem({ title: "Moving session", day: "2026-02-14", startTime: "16:00", endTime: "17:30" }),
      item.version,
    );
    expect(result).toEqual({ ok: true, value: { version: item.version + 1 } });
    const [row] = await db().select({ startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt }).from(agendaItems).where(eq(agendaItems.id, item.id));
    expect(row).toEqual({ startsAt: new Date("2026-02-14T12:00:00Z"), endsAt: new Date("2026-02-14T13:30:00Z") });
  });

  it("refuses a save based on an old version and returns what is saved now, overwriting nothing", async () => {
    const item = await newItem({ title: "Contested session" });
    const first = await updateAgendaItem(organizer, ids.eventId, item.id, agendaItem({ title: "Renamed by Anna", place: "Hall B" }), item.version);
    expect(first.ok).toBe(true);
    const second = await updateAgendaItem(organizer, ids.eventId, item.id, agendaItem({ title: "Renamed by Boris" }), item.version);
    expect(second).toMatchObject({ ok: false, reason: "conflict", current: { title: "Renamed by Anna", place: "Hall B", version: item.version + 1 } });
    const [row] = await db().select({ title: agendaItems.title }).from(agendaItems).where(eq(agendaItems.id, item.id));
    expect(row?.title).toBe("Renamed by Anna");
    // Saving again on top of the version shown in the conflict is a deliberate overwrite.
    const third = await updateAgendaItem(organizer, ids.eventId, item.id, agendaItem({ title: "Renamed by Boris" }), item.version + 1);
    expect(third).toEqual({ ok: true, value: { version: item.version + 2 } });
  });

  it("lets exactly one of two simultaneous saves through", async () => {
    const item = await newItem({ title: "Race session" });
    const results = await Promise.all(
      ["A", "B"].map((who) => updateAgendaItem(organizer, ids.eventId, item.id, agendaItem({ title: `Saved by ${who}` }), item.version)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ ok: false, reason: "conflict" }]);
  });

  it("applies the same timing rules as creating", async () => {
    const item = await newItem();
    expect(await updateAgendaItem(organizer, ids.eventId, item.id, agendaItem({ startTime: "12:00", endTime: "11:00" }), item.version)).toEqual({
      ok: false,
      reason: "endBeforeStart",
      field: "endTime",
    });
    expect(await updateAgendaItem(organizer, ids.eventId, item.id, agendaItem({ day: "2026-02-20" }), item.version)).toEqual({
      ok: false,
      reason: "dayOutsideEvent",
      field: "day",
    });
  });
});

describe("deleting with undo", () => {
  it("takes a deleted item out of the draft at once and out of what readers see with the next release; undo brings it back", async () => {
    const item = await newItem({ title: "Deleted then restored", visibility: "public" });
    const release = async () => {
      const { nextVersion } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
      const result = await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: nextVersion });
      if (!result.ok) throw new Error(result.reason);
    };
    await release();
    expect((await getReleasedAgenda(ids.eventId, "public"))!.items.map((i) => i.id)).toContain(item.id);

    expect(await deleteAgendaItem(organizer, ids.eventId, item.id)).toEqual({ ok: true, value: { title: "Deleted then restored" } });
    expect((await listAgendaForOrganizer(organizer, ids.eventId))!.map((i) => i.id)).not.toContain(item.id);
    expect(await getAgendaItemForOrganizer(organizer, ids.eventId, item.id)).toBeNull();
    expect((await listRecentlyDeleted(organizer, ids.eventId)).map((i) => i.title)).toContain("Deleted then restored");
    expect((await listReleasesForOrganizer(organizer, ids.eventId))!.unreleased).toMatchObject([{ type: "removed", item: { id: item.id } }]);
    // Deleting twice finds nothing to delete.
    expect(await deleteAgendaItem(organizer, ids.eventId, item.id)).toEqual({ ok: false, reason: "errors.notFound" });

    await release();
    for (const audience of ["public", "delegate"] as const) {
      const agenda = (await getReleasedAgenda(ids.eventId, audience))!;
      expect(agenda.items.map((i) => i.id)).not.toContain(item.id);
      expect(agenda.changes).toMatchObject([{ type: "removed", item: { id: item.id } }]);
    }

    expect(await restoreAgendaItem(organizer, ids.eventId, item.id)).toEqual({ ok: true, value: undefined });
    expect((await listAgendaForOrganizer(organizer, ids.eventId))!.map((i) => i.id)).toContain(item.id);
    expect((await listRecentlyDeleted(organizer, ids.eventId)).map((i) => i.id)).not.toContain(item.id);
  });

  it("refuses to restore after the undo window", async () => {
    const item = await newItem({ title: "Deleted long ago" });
    await deleteAgendaItem(organizer, ids.eventId, item.id);
    await db()
      .update(agendaItems)
      .set({ deletedAt: new Date(Date.now() - UNDO_WINDOW_MS - 1000) })
      .where(and(eq(agendaItems.id, item.id), eq(agendaItems.eventId, ids.eventId)));
    expect((await listRecentlyDeleted(organizer, ids.eventId)).map((i) => i.id)).not.toContain(item.id);
    expect(await restoreAgendaItem(organizer, ids.eventId, item.id)).toEqual({ ok: false, reason: "agendaForm.undoExpired" });
  });
});
