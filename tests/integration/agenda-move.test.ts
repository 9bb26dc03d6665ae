// Issue #19 point 4, the timetable: an item dragged (or moved from the keyboard) to another day,
// start or place of its event keeps its duration, is refused outside the event's days, at a time the
// event's clock never shows (DST) or when it would end after its day, is refused over someone else's
// newer save, is audited like an edit, and reports a clash at its new place without refusing it.
// Through the server action the timetable calls, against the real database.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { agendaItems, auditLog } from "@/db/schema";
import { createAgendaItem, getAgendaItemForOrganizer } from "@/lib/agenda/queries";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { idle } from "@/lib/forms/action-state";
import { form } from "@/tests/helpers/action-calls";
import { agendaItem, createTestEvent, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { moveAgendaItemAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/agenda/actions";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/headers", () => ({ headers: vi.fn(async () => new Headers({ host: "localhost:3000" })) }));

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  session.current = { user: { id: ids.organizerId } };
});

/** A two-day event in Berlin over the spring clock change (29 March 2026, 02:00 → 03:00). */
async function berlinEvent(title: string): Promise<string> {
  return createTestEvent(organizer, ids, { title, timeZone: "Europe/Berlin", firstDay: "2026-03-28", lastDay: "2026-03-29" });
}

async function item(
  eventId: string,
  fields: { day?: string; startTime: string; endTime: string; place?: string; title?: string; place_hy?: string; title_hy?: string },
): Promise<string> {
  const created = await createAgendaItem(organizer, eventId, agendaItem({ day: "2026-03-28", ...fields }));
  if (!created.ok) throw new Error(created.reason);
  return created.value.id;
}

async function saved(itemId: string) {
  const [row] = await db()
    .select({ startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt, place: agendaItems.place, version: agendaItems.version })
    .from(agendaItems)
    .where(eq(agendaItems.id, itemId));
  return row!;
}

describe("moving an agenda item in the timetable", () => {
  it("moves it to another day, start and place, keeps its duration, bumps its version and audits it as an edit", async () => {
    const eventId = await berlinEvent("Move");
    const itemId = await item(eventId, { startTime: "09:00", endTime: "10:30", place: "Room 2", title: "Plenary" });
    const state = await moveAgendaItemAction(eventId, itemId, idle, form({ day: "2026-03-29", startTime: "11:30", place: "Main hall", version: "1" }));
    expect(state).toEqual({
      status: "ok",
      message: "agendaMove.moved",
      messageValues: { title: "Plenary", day: "Sunday, March 29, 2026", time: "11:30 AM GMT+2", place: "Main hall", hasPlace: "yes", clashes: 0 },
    });
    // 11:30 in Berlin on 29 March is summer time (UTC+2): 09:30Z, and still 90 minutes long.
    expect(await saved(itemId)).toEqual({
      startsAt: new Date("2026-03-29T09:30:00Z"),
      endsAt: new Date("2026-03-29T11:00:00Z"),
      place: "Main hall",
      version: 2,
    });
    const audited = await db()
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, itemId), eq(auditLog.action, "agenda_item.update")));
    expect(audited).toHaveLength(1);
    expect(audited[0]!.details).toMatchObject({ moved: { to: { startsAt: "2026-03-29T09:30:00.000Z", place: "Main hall" } } });
  });

  it("a move into another item's place and time is saved, and the clash is reported", async () => {
    const eventId = await berlinEvent("Move clash");
    await item(eventId, { startTime: "14:00", endTime: "15:00", place: "Main hall" });
    const itemId = await item(eventId, { startTime: "09:00", endTime: "10:00", place: "Room 2", title: "Working group" });
    const state = await moveAgendaItemAction(eventId, itemId, idle, form({ day: "2026-03-28", startTime: "14:30", place: "Main hall", version: "1" }));
    expect(state).toMatchObject({ status: "ok", message: "agendaMove.moved", messageValues: { clashes: 1 } });
    expect(await saved(itemId)).toMatchObject({ startsAt: new Date("2026-03-28T13:30:00Z"), place: "Main hall", version: 2 });
  });

  it("refuses a day outside the event, a time the clock skips, an end after the day, and a malformed time, next to the field with what was typed", async () => {
    const eventId = await berlinEvent("Move refusals");
    const itemId = await item(eventId, { startTime: "09:00", endTime: "10:30", place: "Room 2" });
    const before = await saved(itemId);
    const cases: [Record<string, string>, string, string][] = [
      [{ day: "2026-03-30", startTime: "09:00" }, "day", "dayOutsideEvent"],
      [{ day: "2026-03-29", startTime: "02:30" }, "startTime", "timeDoesNotExist"],
      [{ day: "2026-03-28", startTime: "23:00" }, "startTime", "endsAfterDay"],
      [{ day: "2026-03-28", startTime: "25:00" }, "startTime", "invalidTime"],
      [{ day: "someday", startTime: "09:00" }, "day", "invalidDate"],
    ];
    for (const [fields, field, code] of cases) {
      const sent = { place: "Room 2", version: "1", ...fields };
      const state = await moveAgendaItemAction(eventId, itemId, idle, form(sent));
      expect(state, JSON.stringify(fields)).toMatchObject({ status: "error", fieldErrors: { [field]: [code] }, values: sent });
    }
    // Ending at midnight exactly is allowed, as for an edit.
    expect(await moveAgendaItemAction(eventId, itemId, idle, form({ day: "2026-03-28", startTime: "22:30", place: "Room 2", version: "1" }))).toMatchObject({
      status: "ok",
    });
    expect((await saved(itemId)).endsAt).toEqual(new Date("2026-03-28T23:00:00Z"));
    expect((await saved(itemId)).version).toBe(before.version + 1);
  });

  it("refuses a move over someone else's newer save, overwriting nothing", async () => {
    const eventId = await berlinEvent("Move conflict");
    const itemId = await item(eventId, { startTime: "09:00", endTime: "10:00", place: "Room 2" });
    expect(await moveAgendaItemAction(eventId, itemId, idle, form({ day: "2026-03-28", startTime: "10:00", place: "Room 2", version: "1" }))).toMatchObject({
      status: "ok",
    });
    const stale = { day: "2026-03-28", startTime: "16:00", place: "Room 9", version: "1" };
    expect(await moveAgendaItemAction(eventId, itemId, idle, form(stale))).toEqual({ status: "error", message: "agendaMove.conflict", values: stale });
    expect(await saved(itemId)).toMatchObject({ startsAt: new Date("2026-03-28T09:00:00Z"), place: "Room 2", version: 2 });
  });

  it("an item of another event, a deleted or unknown one is not found, and nothing changes", async () => {
    const eventId = await berlinEvent("Move scope");
    const otherEventId = await berlinEvent("Move elsewhere");
    const theirs = await item(otherEventId, { startTime: "09:00", endTime: "10:00", place: "Room 2" });
    const move = form({ day: "2026-03-28", startTime: "12:00", place: "Main hall", version: "1" });
    expect(await moveAgendaItemAction(eventId, theirs, idle, move)).toMatchObject({ status: "error", message: "errors.notFound" });
    expect(await moveAgendaItemAction(eventId, "not-an-id", idle, move)).toMatchObject({ status: "error", message: "errors.notFound" });
    expect(await saved(theirs)).toMatchObject({ startsAt: new Date("2026-03-28T08:00:00Z"), place: "Room 2", version: 1 });
    // The demo event's organizer team may not move the item through the other event's id either way round.
    expect(await getAgendaItemForOrganizer(organizer, eventId, theirs)).toBeNull();
  });

  it("a new place takes that place's versions in the other languages from an item already there; other versions stay", async () => {
    const eventId = await createTestEvent(organizer, ids, {
      title: "Move languages",
      timeZone: "Europe/Berlin",
      firstDay: "2026-03-28",
      lastDay: "2026-03-29",
      languages: ["en", "hy"],
    });
    await item(eventId, { startTime: "14:00", endTime: "15:00", place: "Main hall", place_hy: "Գլխավոր դահլիճ" });
    const itemId = await item(eventId, { startTime: "09:00", endTime: "10:00", place: "Room 2", place_hy: "Սենյակ 2", title_hy: "Նիստ" });
    const nowhere = await item(eventId, { startTime: "11:00", endTime: "12:00", place: "Room 2", place_hy: "Սենյակ 2", title_hy: "Աշխատանք" });
    expect(await moveAgendaItemAction(eventId, itemId, idle, form({ day: "2026-03-28", startTime: "09:00", place: "Main hall", version: "1" }))).toMatchObject({
      status: "ok",
    });
    expect(await moveAgendaItemAction(eventId, nowhere, idle, form({ day: "2026-03-28", startTime: "11:00", place: "Garden", version: "1" }))).toMatchObject({
      status: "ok",
    });
    const versions = async (id: string) =>
      (await db().select({ translations: agendaItems.translations }).from(agendaItems).where(eq(agendaItems.id, id)))[0]!.translations;
    expect(await versions(itemId)).toEqual({ hy: { title: "Նիստ", place: "Գլխավոր դահլիճ" } });
    // No item in the garden had an Armenian name for it: the old room's is dropped, the title's kept.
    expect(await versions(nowhere)).toEqual({ hy: { title: "Աշխատանք" } });
  });
});
