// Check-in at the venue and at border crossings (issue #16 point 3): the sync applies a batch from
// an organizer's phone idempotently (the same batch twice is written once; a second check-in of the
// same person at one checkpoint is answered with the first), personal codes of another event or
// forged are refused, only the event's confirmed delegates expected at the checkpoint are checked
// in, undo is audited, and nobody outside the event's organizing team reads or writes anything.
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, checkIns, crossings, delegationMembers, delegations, initiativeOrganizers, people } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { attendanceForRecords, getCheckpointList, listCheckpoints, syncCheckIns } from "@/lib/check-in/queries";
import type { CheckInSyncInput } from "@/lib/check-in/schema";
import { signCheckInCode } from "@/lib/check-in/token";
import { POST } from "@/app/api/events/[eventId]/check-ins/route";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createOrganizerUser, createTestEvent, delegateViewer, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { exportMyData } from "@/lib/privacy/export";

const session = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "check-in-integration-test-secret-0123456789";
  return { current: null as { user: { id: string } } | null };
});
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

const { db } = setupTestDatabase();

const DAY_ONE = "venue:2026-02-13";
const DAY_TWO = "venue:2026-02-14";
let ids: DemoIds;
let organizer: OrganizerViewer;
const member: Record<"rauf" | "elnur" | "ani" | "zaur", string> = { rauf: "", elnur: "", ani: "", zaur: "" };
let crossingKey: string;

function checkIn(memberId: string, checkpoint = DAY_ONE, extra: { id?: string; code?: string; checkedInAt?: string } = {}) {
  return {
    op: "checkIn" as const,
    id: extra.id ?? randomUUID(),
    memberId,
    checkpoint,
    checkedInAt: extra.checkedInAt ?? "2026-02-13T05:12:00.000Z",
    ...(extra.code ? { code: extra.code } : {}),
  };
}

async function sync(ops: CheckInSyncInput["ops"], viewer: OrganizerViewer = organizer) {
  return syncCheckIns(viewer, ids.eventId, { ops }, new Date("2026-02-13T05:15:00.000Z"));
}

async function activeRows(memberId?: string) {
  return db()
    .select({ id: checkIns.id, memberId: checkIns.memberId })
    .from(checkIns)
    .where(and(eq(checkIns.eventId, ids.eventId), isNull(checkIns.undoneAt), memberId ? eq(checkIns.memberId, memberId) : undefined));
}

function post(eventId: string, body: unknown, contentType = "application/json") {
  return POST(
    new Request(`http://localhost:3000/api/events/${eventId}/check-ins`, {
      method: "POST",
      headers: { "content-type": contentType },
      body: JSON.stringify(body),
    }),
    {
      params: Promise.resolve({ eventId }),
    },
  );
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  member.rauf = (await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org")).id;
  member.elnur = (await memberByEmail(db(), ids.eventId, "elnur.gasimov@example.org")).id;
  member.ani = (await memberByEmail(db(), ids.eventId, "ani.petrosyan@example.org")).id; // Armenian delegation
  member.zaur = (await memberByEmail(db(), ids.eventId, "zaur.hajiyev@example.org")).id; // declined
  const [crossing] = await db()
    .select({ id: crossings.id })
    .from(crossings)
    .where(and(eq(crossings.eventId, ids.eventId), eq(crossings.delegationId, ids.delegations.Azerbaijan)))
    .limit(1);
  crossingKey = `crossing:${crossing!.id}`;
});

beforeEach(async () => {
  session.current = null;
  await db().delete(checkIns);
});

describe("the check-in list", () => {
  it("offers the venue on each event day and each planned crossing", async () => {
    const checkpoints = (await listCheckpoints(organizer, ids.eventId))!;
    expect(checkpoints.filter((c) => c.kind === "venue").map((c) => c.key)).toEqual([DAY_ONE, DAY_TWO]);
    expect(checkpoints.map((c) => c.key)).toContain(crossingKey);
  });

  it("lists the event's confirmed delegates only, with names and party and nothing else", async () => {
    const list = (await getCheckpointList(organizer, ids.eventId, DAY_ONE))!;
    const confirmed = await db()
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.eventId, ids.eventId), eq(delegationMembers.status, "confirmed")));
    expect(new Set(list.roster.map((p) => p.memberId))).toEqual(new Set(confirmed.map((c) => c.id)));
    expect(list.roster.map((p) => p.memberId)).not.toContain(member.zaur);
    for (const person of list.roster) expect(Object.keys(person).sort()).toEqual(["memberId", "nameLatin", "nameNative", "partyId", "partyName"]);
  });

  it("lists at a crossing only its delegation's confirmed people on the manifest", async () => {
    const list = (await getCheckpointList(organizer, ids.eventId, crossingKey))!;
    expect(list.roster.map((p) => p.memberId)).toContain(member.rauf);
    expect(list.roster.map((p) => p.memberId)).not.toContain(member.ani);
    expect(new Set(list.roster.map((p) => p.partyName))).toEqual(new Set(["Azerbaijan"]));
  });

  it("is nothing for a checkpoint outside the event", async () => {
    expect(await getCheckpointList(organizer, ids.eventId, "venue:2026-02-15")).toBeNull();
    expect(await getCheckpointList(organizer, ids.eventId, `crossing:${randomUUID()}`)).toBeNull();
    expect(await getCheckpointList(organizer, ids.eventId, "nonsense")).toBeNull();
  });
});

describe("the sync", () => {
  it("writes a batch once however often it is sent", async () => {
    const batch = [checkIn(member.rauf), checkIn(member.ani)];
    const first = (await sync(batch))!;
    expect(first.map((r) => r.status)).toEqual(["saved", "saved"]);
    const again = (await sync(batch))!;
    expect(again).toEqual(first);
    expect(await activeRows()).toHaveLength(2);
    const [row] = await db().select().from(checkIns).where(eq(checkIns.id, batch[0]!.id));
    expect(row).toMatchObject({ memberId: member.rauf, venueDay: "2026-02-13", crossingId: null, byUserId: organizer.userId });
    expect(row!.checkedInAt.toISOString()).toBe("2026-02-13T05:12:00.000Z");
  });

  it("counts a person once per checkpoint and says who checked them in first, and when", async () => {
    const first = checkIn(member.rauf);
    await sync([first]);
    const other = await createOrganizerUser(db(), "door");
    await db().insert(initiativeOrganizers).values({ initiativeId: ids.initiativeId, userId: other.userId, role: "organizer" });
    const [second] = (await sync([checkIn(member.rauf, DAY_ONE, { checkedInAt: "2026-02-13T05:14:00.000Z" })], other))!;
    expect(second).toMatchObject({ status: "already", existingId: first.id, memberId: member.rauf, checkedInAt: "2026-02-13T05:12:00.000Z" });
    expect(second!.status === "already" && second!.by).toBe(organizer.name ?? organizer.email);
    expect(await activeRows(member.rauf)).toHaveLength(1);
    // Another checkpoint is another check-in.
    const [dayTwo] = (await sync([checkIn(member.rauf, DAY_TWO)]))!;
    expect(dayTwo!.status).toBe("saved");
    expect(await activeRows(member.rauf)).toHaveLength(2);
  });

  it("does not believe a phone clock far in the future", async () => {
    const op = checkIn(member.elnur, DAY_ONE, { checkedInAt: "2030-01-01T00:00:00.000Z" });
    await sync([op]);
    const [row] = await db().select({ at: checkIns.checkedInAt }).from(checkIns).where(eq(checkIns.id, op.id));
    expect(row!.at.toISOString()).toBe("2026-02-13T05:15:00.000Z");
  });

  it("refuses people not expected at the checkpoint and checkpoints outside the event", async () => {
    const otherEventId = await createTestEvent(organizer, ids, { title: "Other event" });
    const [person] = await db()
      .insert(people)
      .values({ initiativeId: ids.initiativeId, nameLatin: "Guest Elsewhere", sector: "other" })
      .returning({ id: people.id });
    const [otherDelegation] = await db().select({ id: delegations.id }).from(delegations).where(eq(delegations.eventId, otherEventId)).limit(1);
    const [elsewhere] = await db()
      .insert(delegationMembers)
      .values({ delegationId: otherDelegation!.id, eventId: otherEventId, personId: person!.id, status: "confirmed" })
      .returning({ id: delegationMembers.id });

    const results = (await sync([
      checkIn(member.zaur), // declined
      checkIn(elsewhere!.id), // confirmed, at another event
      checkIn(member.ani, crossingKey), // not on the Azerbaijani crossing
      checkIn(member.rauf, "venue:2026-02-20"), // not an event day
      checkIn(member.rauf, `crossing:${randomUUID()}`),
    ]))!;
    expect(results.map((r) => r.status === "refused" && r.reason)).toEqual([
      "notExpected",
      "notExpected",
      "notExpected",
      "unknownCheckpoint",
      "unknownCheckpoint",
    ]);
    expect(await activeRows()).toHaveLength(0);
    // At its own crossing, a person of that delegation is checked in there.
    const [atCrossing] = (await sync([checkIn(member.rauf, crossingKey)]))!;
    expect(atCrossing!.status).toBe("saved");
    const [row] = await db().select({ crossingId: checkIns.crossingId, venueDay: checkIns.venueDay }).from(checkIns);
    expect(`crossing:${row!.crossingId}`).toBe(crossingKey);
    expect(row!.venueDay).toBeNull();
  });

  it("checks in by a genuine personal code, and refuses another event's code and a forged one", async () => {
    const genuine = signCheckInCode(ids.eventId, member.rauf);
    const otherEventId = await createTestEvent(organizer, ids, { title: "Code elsewhere" });
    const otherEvents = signCheckInCode(otherEventId, member.elnur);
    const forged = `${genuine.split(".").slice(0, 2).join(".")}.${member.elnur}.${genuine.split(".")[3]}`;
    const results = (await sync([
      checkIn(member.rauf, DAY_ONE, { code: genuine }),
      checkIn(member.elnur, DAY_ONE, { code: otherEvents }),
      checkIn(member.elnur, DAY_ONE, { code: forged }),
      // A genuine code handed in for somebody else.
      checkIn(member.ani, DAY_ONE, { code: signCheckInCode(ids.eventId, member.elnur) }),
    ]))!;
    expect(results.map((r) => (r.status === "refused" ? r.reason : r.status))).toEqual(["saved", "codeOtherEvent", "codeForged", "codeForged"]);
    expect((await activeRows()).map((r) => r.memberId)).toEqual([member.rauf]);
  });

  it("undoes a check-in once, audited, and lets the person be checked in again", async () => {
    const op = checkIn(member.ani);
    await sync([op]);
    const undo = { op: "undo" as const, id: op.id, checkpoint: DAY_ONE };
    expect(await sync([undo])).toEqual([{ id: op.id, op: "undo", status: "undone" }]);
    expect(await sync([undo])).toEqual([{ id: op.id, op: "undo", status: "undone" }]);
    expect(await activeRows(member.ani)).toHaveLength(0);
    const audits = await db()
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, "check_in.undo"), eq(auditLog.entityId, op.id)));
    expect(audits).toHaveLength(1);
    // Replaying the original check-in does not bring it back; a new one does.
    const [replayed] = (await sync([op]))!;
    expect(replayed!.status).toBe("saved");
    expect(await activeRows(member.ani)).toHaveLength(0);
    const [again] = (await sync([checkIn(member.ani)]))!;
    expect(again!.status).toBe("saved");
    expect(await activeRows(member.ani)).toHaveLength(1);
  });

  it("reports attendance per party and checkpoint to the records, numbers only", async () => {
    await sync([checkIn(member.rauf), checkIn(member.elnur), checkIn(member.ani), checkIn(member.rauf, DAY_TWO)]);
    const lines = (await attendanceForRecords(organizer, ids.eventId))!;
    expect(lines.map((l) => [l.key, l.counts])).toEqual([
      [
        DAY_ONE,
        [
          { partyName: "Armenia", checkedIn: 1 },
          { partyName: "Azerbaijan", checkedIn: 2 },
        ],
      ],
      [DAY_TWO, [{ partyName: "Azerbaijan", checkedIn: 1 }]],
    ]);
  });
});

describe("the delegate's own data", () => {
  it("holds their check-ins (where and when, not who checked them in) in their export", async () => {
    const [own] = await db()
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.eventId, ids.eventId), eq(delegationMembers.personId, ids.delegatePersonId)));
    await db().update(delegationMembers).set({ status: "confirmed" }).where(eq(delegationMembers.id, own!.id));
    const [saved] = (await sync([checkIn(own!.id)]))!;
    expect(saved!.status).toBe("saved");
    const data = (await exportMyData(await delegateViewer(db(), ids.delegateId)))!;
    expect(data.checkIns).toEqual([{ event: expect.any(String), at: { venueOn: "2026-02-13" }, checkedInAt: "2026-02-13T05:12:00.000Z", undoneAt: null }]);
    expect(JSON.stringify(data.checkIns)).not.toContain(organizer.email);
  });
});

describe("who may check people in", () => {
  it("refuses an organizer of another initiative: nothing read, nothing written", async () => {
    const outsider = await createOrganizerUser(db(), "outsider");
    expect(await listCheckpoints(outsider, ids.eventId)).toBeNull();
    expect(await getCheckpointList(outsider, ids.eventId, DAY_ONE)).toBeNull();
    expect(await sync([checkIn(member.rauf)], outsider)).toBeNull();
    expect(await attendanceForRecords(outsider, ids.eventId)).toBeNull();
    expect(await activeRows()).toHaveLength(0);

    session.current = { user: { id: outsider.userId } };
    const response = await post(ids.eventId, { ops: [checkIn(member.rauf)] });
    expect(response.status).toBe(404);
    expect(await activeRows()).toHaveLength(0);
  });

  it("refuses a team member whose role does not run the event (a rapporteur)", async () => {
    const rapporteur = await createOrganizerUser(db(), "rapporteur");
    await db().insert(initiativeOrganizers).values({ initiativeId: ids.initiativeId, userId: rapporteur.userId, role: "rapporteur" });
    expect(await sync([checkIn(member.rauf)], rapporteur)).toBeNull();
    expect(await activeRows()).toHaveLength(0);
  });

  it("refuses a delegate and the signed-out through the route, and takes a batch from the event's organizer", async () => {
    session.current = { user: { id: ids.delegateId } };
    expect((await post(ids.eventId, { ops: [checkIn(member.rauf)] })).status).toBe(404);
    session.current = null;
    expect((await post(ids.eventId, { ops: [checkIn(member.rauf)] })).status).toBe(401);
    expect(await activeRows()).toHaveLength(0);

    session.current = { user: { id: ids.organizerId } };
    expect((await post(ids.eventId, { ops: [{ op: "checkIn", id: "not-a-uuid" }] })).status).toBe(400);
    expect((await post(ids.eventId, { ops: [] }, "text/plain")).status).toBe(415);
    const batch = { ops: [checkIn(member.rauf), checkIn(member.ani)] };
    const response = await post(ids.eventId, batch);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: { status: string }[] };
    expect(body.results.map((r) => r.status)).toEqual(["saved", "saved"]);
    await post(ids.eventId, batch);
    expect(await activeRows()).toHaveLength(2);
  });

  it("answers with the checkpoint's check-ins after the batch, another phone's included, when the phone names it", async () => {
    const colleague = await createOrganizerUser(db(), "other door");
    await db().insert(initiativeOrganizers).values({ initiativeId: ids.initiativeId, userId: colleague.userId, role: "organizer" });
    const theirs = checkIn(member.elnur);
    await sync([theirs], colleague);

    session.current = { user: { id: ids.organizerId } };
    const mine = checkIn(member.rauf);
    const body = (await (await post(ids.eventId, { ops: [mine], checkpoint: DAY_ONE })).json()) as {
      checkedIn: { id: string; memberId: string; by: string }[];
    };
    expect(body.checkedIn.map((row) => row.id).sort()).toEqual([mine.id, theirs.id].sort());
    expect(body.checkedIn.find((row) => row.id === theirs.id)!.by).toBe(colleague.name ?? colleague.email);
    // Nothing queued: the phone only asks what is new (a refresh).
    const refresh = (await (await post(ids.eventId, { ops: [], checkpoint: DAY_TWO })).json()) as { results: unknown[]; checkedIn: unknown[] };
    expect(refresh).toMatchObject({ results: [], checkedIn: [] });
    // Without a checkpoint, or with one outside the event, no list comes back.
    expect(await (await post(ids.eventId, { ops: [] })).json()).not.toHaveProperty("checkedIn");
    expect(await (await post(ids.eventId, { ops: [], checkpoint: "venue:2030-01-01" })).json()).not.toHaveProperty("checkedIn");
  });
});
