// Issue #19 point 4, the roster: the ticked people (or all matching the roster's filter) as speaker
// or moderator on one agenda item, in one transaction, every id checked against the event: one
// member of another event, or an item of another event, refuses the whole action and nothing is
// written. People not taking part are counted, not added; a clash is counted, not refused. Through
// the server action the roster's bulk bar calls.
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { agendaItemPeople, auditLog, delegationMembers, delegations, people } from "@/db/schema";
import { assignMembersToItem } from "@/lib/agenda/participants";
import { createAgendaItem } from "@/lib/agenda/queries";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { idle } from "@/lib/forms/action-state";
import { form } from "@/tests/helpers/action-calls";
import { agendaItem, createTestEvent, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { bulkAssignToItemAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/delegations/actions";

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

/** A person on the event's Armenian delegation: their member id (what the roster ticks) and person id. */
async function member(eventId: string, status: "confirmed" | "declined" | "registered" = "confirmed") {
  const [delegation] = await db()
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(eq(delegations.eventId, eventId), eq(delegations.partyId, ids.parties.Armenia)));
  const [person] = await db()
    .insert(people)
    .values({ initiativeId: ids.initiativeId, nameLatin: unique("Roster"), sector: "expert" })
    .returning({ id: people.id });
  const [row] = await db()
    .insert(delegationMembers)
    .values({ delegationId: delegation!.id, eventId, personId: person!.id, status })
    .returning({ id: delegationMembers.id });
  return { memberId: row!.id, personId: person!.id };
}

async function item(eventId: string, startTime: string, endTime: string): Promise<string> {
  const created = await createAgendaItem(organizer, eventId, agendaItem({ day: "2026-05-01", startTime, endTime }));
  if (!created.ok) throw new Error(created.reason);
  return created.value.id;
}

async function onItem(itemId: string) {
  return db()
    .select({ personId: agendaItemPeople.personId, role: agendaItemPeople.role })
    .from(agendaItemPeople)
    .where(eq(agendaItemPeople.agendaItemId, itemId));
}

describe("adding ticked roster people to an agenda item", () => {
  it("adds the participating ones in the role chosen, audited, and says how many were added, already there, not taking part and clash", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Roster to item" });
    const panel = await item(eventId, "09:00", "10:00");
    const overlapping = await item(eventId, "09:30", "10:30");
    const ana = await member(eventId);
    const ben = await member(eventId, "registered");
    const gone = await member(eventId, "declined");
    // Ben already speaks on an overlapping item: adding him to the panel makes a clash.
    await db().insert(agendaItemPeople).values({ agendaItemId: overlapping, personId: ben.personId, role: "speaker" });

    const first = await bulkAssignToItemAction(
      eventId,
      idle,
      form({ memberIds: [ana.memberId, ben.memberId, gone.memberId], itemId: panel, role: "moderator" }),
    );
    expect(first).toEqual({
      status: "ok",
      message: "delegations.addToItemSummary",
      messageValues: { added: 2, already: 0, notTakingPart: 1, clashes: 1 },
    });
    expect((await onItem(panel)).map((row) => `${row.personId}:${row.role}`).sort()).toEqual([`${ana.personId}:moderator`, `${ben.personId}:moderator`].sort());
    const audited = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "agenda_item.person_add"), eq(auditLog.entityId, panel)));
    expect(audited).toHaveLength(2);

    // Again: nobody new, both already there.
    const again = await bulkAssignToItemAction(eventId, idle, form({ memberIds: [ana.memberId, ben.memberId], itemId: panel, role: "moderator" }));
    expect(again).toMatchObject({ status: "ok", messageValues: { added: 0, already: 2, notTakingPart: 0 } });
  });

  it("with “select all shown”, acts on everyone matching the roster's filter", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Roster to item, filtered" });
    const panel = await item(eventId, "11:00", "12:00");
    const confirmed = await member(eventId, "confirmed");
    const registered = await member(eventId, "registered");
    const state = await bulkAssignToItemAction(eventId, idle, form({ allShown: "on", status: "confirmed", itemId: panel, role: "speaker" }));
    expect(state).toMatchObject({ status: "ok", messageValues: { added: 1 } });
    const rows = await onItem(panel);
    expect(rows.map((row) => row.personId)).toContain(confirmed.personId);
    expect(rows.map((row) => row.personId)).not.toContain(registered.personId);
  });

  it("a member or an item of another event refuses the whole action, and nothing is written", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Roster to item scope" });
    const otherEventId = await createTestEvent(organizer, ids, { title: "Roster to item elsewhere" });
    const ours = await item(eventId, "09:00", "10:00");
    const theirs = await item(otherEventId, "09:00", "10:00");
    const mine = await member(eventId);
    const foreign = await member(otherEventId);

    const foreignMember = await bulkAssignToItemAction(eventId, idle, form({ memberIds: [mine.memberId, foreign.memberId], itemId: ours, role: "speaker" }));
    expect(foreignMember).toMatchObject({ status: "error", message: "delegations.notOnRoster" });
    const foreignItem = await bulkAssignToItemAction(eventId, idle, form({ memberIds: [mine.memberId], itemId: theirs, role: "speaker" }));
    expect(foreignItem).toMatchObject({ status: "error", fieldErrors: { itemId: ["chooseAgendaItem"] } });
    // Called for the other event with this event's item: refused the same way.
    expect(await assignMembersToItem(organizer, otherEventId, { selection: { memberIds: [foreign.memberId] }, itemId: ours, role: "speaker" })).toEqual({
      ok: false,
      reason: "chooseAgendaItem",
      field: "itemId",
    });
    expect(await onItem(ours)).toEqual([]);
    expect(await onItem(theirs)).toEqual([]);
    const audited = await db()
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, "agenda_item.person_add"), inArray(auditLog.entityId, [ours, theirs])));
    expect(audited).toEqual([]);
  });

  it("says what is missing next to the field and keeps what was chosen", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Roster to item input" });
    const ours = await item(eventId, "09:00", "10:00");
    const mine = await member(eventId);
    expect(await bulkAssignToItemAction(eventId, idle, form({ memberIds: [mine.memberId], itemId: "", role: "moderator" }))).toMatchObject({
      status: "error",
      fieldErrors: { itemId: ["chooseAgendaItem"] },
      values: { role: "moderator" },
    });
    expect(await bulkAssignToItemAction(eventId, idle, form({ itemId: ours, role: "speaker" }))).toMatchObject({
      status: "error",
      message: "delegations.noneSelected",
    });
    expect(await onItem(ours)).toEqual([]);
  });

  it("an organizer outside the initiative is refused", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Roster to item, stranger" });
    const ours = await item(eventId, "09:00", "10:00");
    const mine = await member(eventId);
    session.current = { user: { id: ids.delegateId } };
    try {
      const state = await bulkAssignToItemAction(eventId, idle, form({ memberIds: [mine.memberId], itemId: ours, role: "speaker" })).catch(
        (error: unknown) => error,
      );
      expect(state).not.toMatchObject({ status: "ok" });
    } finally {
      session.current = { user: { id: ids.organizerId } };
    }
    expect(await onItem(ours)).toEqual([]);
  });
});
