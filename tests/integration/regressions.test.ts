// Regression tests for bugs found by the integration suite and fixed since:
//
// 1. saveOutcomeDraft, first save of an event without an outcome row yet: two concurrent saves
//    from version 1 both found no row to lock and both inserted; the second failed with a unique
//    violation (a 500, the editor's text not echoed back). Now the loser gets errors.conflict.
//    The race is forced on PostgreSQL; PGlite runs one transaction at a time.
// 2. deleteAgendaItem / changeMemberRole (was setHeadOfDelegation) with a malformed item or member id (bound action
//    arguments any client can send) threw "invalid input syntax for type uuid" instead of
//    refusing with errors.notFound.
// 3. updateEventStatus left events.version unchanged.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDbKind } from "@/db/client";
import { agendaItems, delegationMembers, events, outcomeStatements, outcomes } from "@/db/schema";
import { addItemPerson, removeItemPerson, type AgendaRole } from "@/lib/agenda/participants";
import { deleteAgendaItem } from "@/lib/agenda/queries";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { changeMemberRole } from "@/lib/delegations/membership";
import { updateEventStatus } from "@/lib/events/queries";
import { saveOutcomeDraft } from "@/lib/outcomes/queries";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createTestEvent, rowCounts, type DemoIds, seedDemoContext } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

function newEvent(): Promise<string> {
  return createTestEvent(organizer, ids, { title: "Fresh round table", hostPartyId: ids.parties.Armenia, timeZone: "Asia/Yerevan" });
}

/** Waits until `count` sessions are blocked inserting into outcomes (PostgreSQL only). */
async function waitForBlockedInserts(count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [row] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(sql`pg_stat_activity`)
      .where(sql`datname = current_database() and wait_event_type = 'Lock' and query ilike 'insert into "outcomes"%'`);
    if ((row?.n ?? 0) >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${row?.n ?? 0} of ${count} saves reached the insert`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("concurrent first saves of an outcome draft", () => {
  it("refuses the second save with errors.conflict instead of throwing a unique violation", async () => {
    const eventId = await newEvent();
    const save = (text: string) => saveOutcomeDraft(organizer, eventId, { version: 1, statements: [{ language: "en", text }] });

    let results: PromiseSettledResult<Awaited<ReturnType<typeof save>>>[];
    if ((await getDbKind()) === "postgres") {
      // Make the race certain: hold a SHARE lock on outcomes (it lets SELECT … FOR UPDATE through but
      // blocks INSERT) until both saves have passed their version check and wait at the insert.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      const holder = db().transaction(async (tx) => {
        await tx.execute(sql`lock table ${outcomes} in share mode`);
        locked();
        await gate;
      });
      await lockTaken;
      const saves = Promise.allSettled([save("Editor A"), save("Editor B")]);
      try {
        await waitForBlockedInserts(2);
      } finally {
        release();
        await holder;
      }
      results = await saves;
    } else {
      results = await Promise.allSettled([save("Editor A"), save("Editor B")]);
    }

    const thrown = results.flatMap((r) => (r.status === "rejected" ? [String((r.reason as Error).cause ?? r.reason)] : []));
    expect(thrown, "a concurrent first save threw instead of returning a conflict").toEqual([]);
    const values = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(values.filter((v) => v.ok)).toEqual([{ ok: true, value: { version: 2 } }]);
    expect(values.filter((v) => !v.ok)).toEqual([{ ok: false, reason: "errors.conflict" }]);

    const [outcome] = await db().select({ id: outcomes.id, version: outcomes.version }).from(outcomes).where(eq(outcomes.eventId, eventId));
    expect(outcome?.version).toBe(2);
    expect(await db().$count(outcomeStatements, eq(outcomeStatements.outcomeId, outcome!.id))).toBe(1);
  });
});

describe("malformed item and member ids", () => {
  it("deleteAgendaItem with a malformed item id is not found, not a database error", async () => {
    const before = await rowCounts(db());
    await expect(deleteAgendaItem(organizer, ids.eventId, "not-a-uuid")).resolves.toEqual({ ok: false, reason: "errors.notFound" });
    expect(await rowCounts(db())).toEqual(before);
  });

  it("changeMemberRole with a malformed member id is not found, not a database error", async () => {
    const headsBefore = await db()
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.eventId, ids.eventId), eq(delegationMembers.role, "head")));
    await expect(changeMemberRole(organizer, ids.eventId, "not-a-uuid", "head")).resolves.toEqual({ ok: false, reason: "errors.notFound" });
    const headsAfter = await db()
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.eventId, ids.eventId), eq(delegationMembers.role, "head")));
    expect(headsAfter).toEqual(headsBefore);
    expect(await db().$count(agendaItems, eq(agendaItems.eventId, ids.eventId))).toBeGreaterThan(0);
  });
});

describe("event status changes", () => {
  it("bump the event's version, so a later concurrent edit of the event can be detected", async () => {
    const eventId = await newEvent();
    const [before] = await db().select({ version: events.version }).from(events).where(eq(events.id, eventId));
    expect(await updateEventStatus(organizer, eventId, "announced")).toEqual({ ok: true, value: undefined });
    const [after] = await db().select({ version: events.version, status: events.status }).from(events).where(eq(events.id, eventId));
    expect(after).toEqual({ version: before!.version + 1, status: "announced" });
  });
});

describe("agenda people with malformed bound arguments", () => {
  it("refuse cleanly instead of raising database errors", async () => {
    const [item] = await db().select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.eventId, ids.eventId)).limit(1);
    expect(await addItemPerson(organizer, ids.eventId, item!.id, { personId: "not-a-uuid", role: "speaker" })).toEqual({
      ok: false,
      reason: "notADelegate",
      field: "personId",
    });
    const [member] = await db()
      .select({ personId: delegationMembers.personId })
      .from(delegationMembers)
      .where(eq(delegationMembers.eventId, ids.eventId))
      .limit(1);
    expect(await removeItemPerson(organizer, ids.eventId, item!.id, { personId: member!.personId, role: "chair" as AgendaRole })).toEqual({
      ok: false,
      reason: "errors.notFound",
    });
  });
});
