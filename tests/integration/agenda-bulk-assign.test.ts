// Issue #19 point 4, the timetable: one delegate as moderator or speaker on several items at once,
// with the single add's rules (a participating delegate of this event, live items of this event),
// in one transaction: one item of another event refuses it all and nothing is written. A clash is
// counted, not refused, as for the single add. Through the server action the form calls.
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { agendaItemPeople, auditLog, delegationMembers, delegations, people } from "@/db/schema";
import { assignPersonToItems } from "@/lib/agenda/participants";
import { createAgendaItem, deleteAgendaItem } from "@/lib/agenda/queries";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { idle } from "@/lib/forms/action-state";
import { form } from "@/tests/helpers/action-calls";
import { agendaItem, createTestEvent, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { assignPersonToItemsAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/agenda/actions";

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

async function delegate(eventId: string, status: "confirmed" | "declined" = "confirmed"): Promise<string> {
  const [delegation] = await db()
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(eq(delegations.eventId, eventId), eq(delegations.partyId, ids.parties.Armenia)));
  const [person] = await db()
    .insert(people)
    .values({ initiativeId: ids.initiativeId, nameLatin: unique("Speaker"), sector: "expert" })
    .returning({ id: people.id });
  await db().insert(delegationMembers).values({ delegationId: delegation!.id, eventId, personId: person!.id, status });
  return person!.id;
}

async function item(eventId: string, startTime: string, endTime: string): Promise<string> {
  const created = await createAgendaItem(organizer, eventId, agendaItem({ day: "2026-05-01", startTime, endTime }));
  if (!created.ok) throw new Error(created.reason);
  return created.value.id;
}

async function assignments(personId: string) {
  return db()
    .select({ itemId: agendaItemPeople.agendaItemId, role: agendaItemPeople.role })
    .from(agendaItemPeople)
    .where(eq(agendaItemPeople.personId, personId));
}

describe("assigning one delegate to several items", () => {
  it("adds them to every ticked item in the role chosen, and says how many were added, skipped and clash", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Bulk assign" });
    const personId = await delegate(eventId);
    const morning = await item(eventId, "09:00", "10:00");
    const late = await item(eventId, "09:30", "10:30");
    const afternoon = await item(eventId, "14:00", "15:00");
    const untouched = await item(eventId, "16:00", "17:00");
    const first = await assignPersonToItemsAction(eventId, idle, form({ personId, role: "moderator", itemIds: [morning, afternoon] }));
    expect(first).toEqual({ status: "ok", message: "participants.assignSummary", messageValues: { added: 2, already: 0, clashes: 0 } });
    // The morning item again, and one overlapping it: the person is now booked twice at once on both.
    const second = await assignPersonToItemsAction(eventId, idle, form({ personId, role: "moderator", itemIds: [morning, late] }));
    expect(second).toEqual({ status: "ok", message: "participants.assignSummary", messageValues: { added: 1, already: 1, clashes: 2 } });
    expect((await assignments(personId)).map((a) => `${a.itemId}:${a.role}`).sort()).toEqual(
      [morning, late, afternoon].map((itemId) => `${itemId}:moderator`).sort(),
    );
    expect((await assignments(personId)).some((a) => a.itemId === untouched)).toBe(false);
    const audited = await db()
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "agenda_item.person_add"), inArray(auditLog.entityId, [morning, late, afternoon])));
    expect(audited).toHaveLength(3);
  });

  it("an item of another event, or a deleted one, refuses the whole assignment, and nothing is written", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Bulk assign scope" });
    const otherEventId = await createTestEvent(organizer, ids, { title: "Bulk assign elsewhere" });
    const personId = await delegate(eventId);
    const ours = await item(eventId, "09:00", "10:00");
    const theirs = await item(otherEventId, "11:00", "12:00");
    const deleted = await item(eventId, "13:00", "14:00");
    expect(await deleteAgendaItem(organizer, eventId, deleted)).toMatchObject({ ok: true });
    for (const itemIds of [
      [ours, theirs],
      [ours, deleted],
      [ours, "not-an-id"],
    ]) {
      const state = await assignPersonToItemsAction(eventId, idle, form({ personId, role: "speaker", itemIds }));
      expect(state, itemIds.join()).toMatchObject({ status: "error" });
    }
    expect(await assignPersonToItems(organizer, eventId, { personId, role: "speaker", itemIds: [ours, theirs] })).toEqual({
      ok: false,
      reason: "participants.notOnAgenda",
    });
    expect(await assignments(personId)).toEqual([]);
  });

  it("only a participating delegate of this event; the form says what is missing and keeps what was chosen", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Bulk assign who" });
    const otherEventId = await createTestEvent(organizer, ids, { title: "Bulk assign who elsewhere" });
    const ours = await item(eventId, "09:00", "10:00");
    const declined = await delegate(eventId, "declined");
    const stranger = await delegate(otherEventId);
    for (const personId of [declined, stranger]) {
      expect(await assignPersonToItemsAction(eventId, idle, form({ personId, role: "speaker", itemIds: [ours] }))).toMatchObject({
        status: "error",
        fieldErrors: { personId: ["notADelegate"] },
      });
      expect(await assignments(personId)).toEqual([]);
    }
    const nothingTicked = await assignPersonToItemsAction(eventId, idle, form({ personId: declined, role: "speaker" }));
    expect(nothingTicked).toMatchObject({ status: "error", fieldErrors: { itemIds: ["chooseItems"] }, values: { personId: declined, role: "speaker" } });
  });
});
