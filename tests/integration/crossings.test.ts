// Border crossings are private to organizers: every query and action re-scopes ids from the client
// to the organizer's event and that event's delegation, refuses people of another delegation or
// event, records and clears actual times, and audits every write.
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, crossingPeople, crossingPoints, crossings, people } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import {
  createCrossing,
  createCrossingPoint,
  deleteCrossing,
  getCrossingForOrganizer,
  listCrossingsForOrganizer,
  setCrossingActualTime,
  updateCrossing,
} from "@/lib/crossings/queries";
import type { CrossingInput } from "@/lib/crossings/schema";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import { idle } from "@/lib/forms/action-state";
import { form, rejectionOf } from "@/tests/helpers/action-calls";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createOrganizerUser, createTestEvent, demoIds, memberByEmail, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import {
  clearActualTimeAction,
  createCrossingAction,
  createCrossingPointAction,
  crossedNowAction,
  deleteCrossingAction,
  setActualTimeAction,
  updateCrossingAction,
} from "@/app/[locale]/(organize)/organize/events/[eventId]/crossings/actions";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;
let pointId: string;
const az: Record<"rauf" | "elnur" | "aygun" | "zaur", string> = { rauf: "", elnur: "", aygun: "", zaur: "" };
let armenianPersonId: string;
let outsiderId: string;

/** Everything a crossing write touches, to prove a refusal wrote nothing. */
async function crossingCounts() {
  return {
    points: await db().$count(crossingPoints),
    crossings: await db().$count(crossings),
    people: await db().$count(crossingPeople),
    audit: await db().$count(auditLog),
  };
}

function entry(overrides: Partial<CrossingInput> = {}): CrossingInput {
  return { direction: "entry", crossingPointId: pointId, day: "2026-02-13", time: "07:30", notes: "", personIds: [az.rauf, az.elnur], ...overrides };
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  const point = await createCrossingPoint(organizer, ids.eventId, { name: unique("Test section"), description: "" });
  if (!point.ok) throw new Error(point.reason);
  pointId = point.value.id;
  az.rauf = (await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org")).personId;
  az.elnur = (await memberByEmail(db(), ids.eventId, "elnur.gasimov@example.org")).personId;
  az.aygun = (await memberByEmail(db(), ids.eventId, "aygun.mammadova@example.org")).personId;
  az.zaur = (await memberByEmail(db(), ids.eventId, "zaur.hajiyev@example.org")).personId; // declined
  armenianPersonId = (await memberByEmail(db(), ids.eventId, "ani.petrosyan@example.org")).personId; // confirmed, other delegation
  const [outsider] = await db()
    .insert(people)
    .values({ initiativeId: ids.initiativeId, nameLatin: unique("Outsider"), sector: "other" })
    .returning({ id: people.id });
  outsiderId = outsider!.id;
});

describe("planning a crossing", () => {
  it("stores the planned time in the event's zone, the manifest, and an audit entry", async () => {
    const created = await createCrossing(organizer, ids.eventId, ids.delegations.Azerbaijan, entry({ notes: "Bus at 07:00" }));
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : "";
    const [row] = await db().select().from(crossings).where(eq(crossings.id, id));
    expect(row).toMatchObject({ eventId: ids.eventId, delegationId: ids.delegations.Azerbaijan, direction: "entry", actualAt: null, notes: "Bus at 07:00" });
    expect(row!.plannedAt).toEqual(new Date("2026-02-13T03:30:00Z")); // Asia/Yerevan is GMT+4
    const manifest = await db().select({ personId: crossingPeople.personId }).from(crossingPeople).where(eq(crossingPeople.crossingId, id));
    expect(manifest.map((m) => m.personId).sort()).toEqual([az.rauf, az.elnur].sort());
    const [entryLog] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "crossing.create"), eq(auditLog.entityId, id)));
    expect(entryLog).toMatchObject({ actorUserId: ids.organizerId, eventId: ids.eventId, entityType: "crossing" });
  });

  it("shows the crossing under its delegation, with the delegations in party-name order", async () => {
    const plan = await listCrossingsForOrganizer(organizer, ids.eventId);
    expect(plan!.map((d) => d.partyName)).toEqual(["Armenia", "Azerbaijan"]);
    const azCrossings = plan!.find((d) => d.partyName === "Azerbaijan")!.crossings;
    expect(azCrossings.some((c) => c.crossingPointId === pointId && c.personIds.includes(az.rauf))).toBe(true);
    expect(plan!.find((d) => d.partyName === "Armenia")!.crossings).toEqual([]);
  });

  it.each([
    { who: "a member of the other delegation", personId: () => armenianPersonId },
    { who: "a member who declined", personId: () => az.zaur },
    { who: "a person who is in no delegation of the event", personId: () => outsiderId },
    { who: "a person who does not exist", personId: () => "00000000-0000-4000-8000-000000000000" },
  ])("refuses $who on the manifest, writing nothing", async ({ personId }) => {
    const before = await crossingCounts();
    const result = await createCrossing(organizer, ids.eventId, ids.delegations.Azerbaijan, entry({ personIds: [az.rauf, personId()] }));
    expect(result).toEqual({ ok: false, reason: "notInDelegation", field: "personIds" });
    expect(await crossingCounts()).toEqual(before);
  });

  it("refuses a delegation of another event, and an unknown crossing point", async () => {
    const otherEventId = await createTestEvent(organizer, ids, { title: "Other event" });
    const otherPlan = await listCrossingsForOrganizer(organizer, otherEventId);
    const otherDelegation = otherPlan!.find((d) => d.partyName === "Azerbaijan")!.id;
    const before = await crossingCounts();
    expect(await createCrossing(organizer, ids.eventId, otherDelegation, entry())).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await createCrossing(organizer, otherEventId, ids.delegations.Azerbaijan, entry())).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await createCrossing(organizer, ids.eventId, "not-a-uuid", entry())).toEqual({ ok: false, reason: "errors.notFound" });
    expect(
      await createCrossing(organizer, ids.eventId, ids.delegations.Azerbaijan, entry({ crossingPointId: "00000000-0000-4000-8000-000000000000" })),
    ).toEqual({ ok: false, reason: "chooseCrossingPoint", field: "crossingPointId" });
    expect(await crossingCounts()).toEqual(before);
  });

  it("refuses a member of the same person's delegation at another event", async () => {
    // The same person can be in a delegation of another event; that membership does not count here.
    const otherEventId = await createTestEvent(organizer, ids, { title: "Later event" });
    const added = await addPersonToDelegation(organizer, otherEventId, {
      partyId: ids.parties.Azerbaijan,
      nameLatin: "Only At The Later Event",
      nameNative: "",
      organization: "",
      position: "",
      sector: "expert",
      email: `${unique("later")}@example.org`,
      phone: "",
      consent: "none",
      status: "confirmed",
      head: false,
      sendInvitation: false,
    });
    if (!added.ok) throw new Error(added.reason);
    const [member] = await db().select({ personId: people.id }).from(people).where(eq(people.nameLatin, "Only At The Later Event"));
    const before = await crossingCounts();
    const result = await createCrossing(organizer, ids.eventId, ids.delegations.Azerbaijan, entry({ personIds: [member!.personId] }));
    expect(result).toEqual({ ok: false, reason: "notInDelegation", field: "personIds" });
    expect(await crossingCounts()).toEqual(before);
  });

  it("gives a clear field error for a crossing point name that exists, whatever its case", async () => {
    const name = unique("Voskepar section");
    expect((await createCrossingPoint(organizer, ids.eventId, { name, description: "" })).ok).toBe(true);
    const before = await crossingCounts();
    expect(await createCrossingPoint(organizer, ids.eventId, { name: name.toUpperCase(), description: "" })).toEqual({
      ok: false,
      reason: "crossingPointTaken",
      field: "name",
    });
    expect(await crossingCounts()).toEqual(before);
  });
});

describe("editing, the actual time and deleting", () => {
  let crossingId: string;
  beforeEach(async () => {
    const created = await createCrossing(organizer, ids.eventId, ids.delegations.Azerbaijan, entry());
    if (!created.ok) throw new Error(created.reason);
    crossingId = created.value.id;
  });

  it("changes the manifest later, auditing who was added and removed", async () => {
    const result = await updateCrossing(organizer, ids.eventId, crossingId, entry({ direction: "exit", time: "18:00", personIds: [az.rauf, az.aygun] }));
    expect(result).toEqual({ ok: true, value: undefined });
    const found = await getCrossingForOrganizer(organizer, ids.eventId, crossingId);
    expect(found!.crossing).toMatchObject({ direction: "exit", plannedAt: new Date("2026-02-13T14:00:00Z") });
    expect(found!.manifest.map((p) => p.personId).sort()).toEqual([az.rauf, az.aygun].sort());
    const [log] = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "crossing.update"), eq(auditLog.entityId, crossingId)));
    expect(log!.details).toMatchObject({ added: [az.aygun], removed: [az.elnur] });
  });

  it("refuses a manifest edit with someone of the other delegation, keeping the manifest", async () => {
    const before = await crossingCounts();
    expect(await updateCrossing(organizer, ids.eventId, crossingId, entry({ personIds: [armenianPersonId] }))).toEqual({
      ok: false,
      reason: "notInDelegation",
      field: "personIds",
    });
    expect(await crossingCounts()).toEqual(before);
    const found = await getCrossingForOrganizer(organizer, ids.eventId, crossingId);
    expect(found!.crossing.personIds.sort()).toEqual([az.rauf, az.elnur].sort());
  });

  it("records the actual time and clears it, each audited", async () => {
    const actual = new Date("2026-02-13T03:50:00Z");
    expect(await setCrossingActualTime(organizer, ids.eventId, crossingId, actual, new Date("2026-02-13T04:00:00Z"))).toEqual({ ok: true, value: undefined });
    expect((await getCrossingForOrganizer(organizer, ids.eventId, crossingId))!.crossing.actualAt).toEqual(actual);
    expect(await setCrossingActualTime(organizer, ids.eventId, crossingId, null)).toEqual({ ok: true, value: undefined });
    expect((await getCrossingForOrganizer(organizer, ids.eventId, crossingId))!.crossing.actualAt).toBeNull();
    const logs = await db().select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(eq(auditLog.entityId, crossingId));
    expect(logs.map((l) => l.action)).toEqual(["crossing.create", "crossing.actual", "crossing.actual_clear"]);
    expect(logs[2]!.details).toEqual({ from: actual.toISOString(), to: null });
  });

  it("refuses an actual time a week before the plan or in the future", async () => {
    const before = await crossingCounts();
    expect(await setCrossingActualTime(organizer, ids.eventId, crossingId, new Date("2026-02-01T00:00:00Z"))).toEqual({
      ok: false,
      reason: "actualTooEarly",
      field: "actualTime",
    });
    const now = new Date("2026-02-13T04:00:00Z");
    expect(await setCrossingActualTime(organizer, ids.eventId, crossingId, new Date("2026-02-13T06:00:00Z"), now)).toEqual({
      ok: false,
      reason: "actualInFuture",
      field: "actualTime",
    });
    expect(await crossingCounts()).toEqual(before);
  });

  it("deletes the crossing with its manifest and keeps what it was in the audit log", async () => {
    expect(await deleteCrossing(organizer, ids.eventId, crossingId)).toEqual({ ok: true, value: undefined });
    expect(await db().$count(crossings, eq(crossings.id, crossingId))).toBe(0);
    expect(await db().$count(crossingPeople, eq(crossingPeople.crossingId, crossingId))).toBe(0);
    const [log] = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "crossing.delete"), eq(auditLog.entityId, crossingId)));
    expect(log!.details).toMatchObject({ direction: "entry", delegationId: ids.delegations.Azerbaijan });
    expect(await deleteCrossing(organizer, ids.eventId, crossingId)).toEqual({ ok: false, reason: "errors.notFound" });
  });
});

describe("an organizer of another initiative", () => {
  it("gets not-found from every crossing query, and nothing is written", async () => {
    const other = await createOrganizerUser(db(), "crossings-outsider");
    const [seeded] = await db().select({ id: crossings.id }).from(crossings).where(eq(crossings.eventId, ids.eventId)).limit(1);
    const before = await crossingCounts();
    const notFound = { ok: false, reason: "errors.notFound" };
    expect(await listCrossingsForOrganizer(other, ids.eventId)).toBeNull();
    expect(await getCrossingForOrganizer(other, ids.eventId, seeded!.id)).toBeNull();
    expect(await createCrossing(other, ids.eventId, ids.delegations.Azerbaijan, entry())).toEqual(notFound);
    expect(await updateCrossing(other, ids.eventId, seeded!.id, entry())).toEqual(notFound);
    expect(await setCrossingActualTime(other, ids.eventId, seeded!.id, null)).toEqual(notFound);
    expect(await deleteCrossing(other, ids.eventId, seeded!.id)).toEqual(notFound);
    expect(await createCrossingPoint(other, ids.eventId, { name: unique("Intruder point"), description: "" })).toEqual(notFound);
    expect(await crossingCounts()).toEqual(before);
  });
});

describe("the crossing actions", () => {
  let crossingId: string;
  beforeAll(async () => {
    const created = await createCrossing(organizer, ids.eventId, ids.delegations.Azerbaijan, entry());
    if (!created.ok) throw new Error(created.reason);
    crossingId = created.value.id;
  });

  const fields = () => ({ direction: "entry", crossingPointId: pointId, day: "2026-02-13", time: "09:15", notes: "", personIds: [az.rauf] });
  const CALLS: { name: string; call: () => Promise<unknown> }[] = [
    { name: "createCrossingPointAction", call: () => createCrossingPointAction(ids.eventId, idle, form({ name: unique("Refused point"), description: "" })) },
    { name: "createCrossingAction", call: () => createCrossingAction(ids.eventId, ids.delegations.Azerbaijan, idle, form(fields())) },
    { name: "updateCrossingAction", call: () => updateCrossingAction(ids.eventId, crossingId, idle, form(fields())) },
    { name: "crossedNowAction", call: () => crossedNowAction(ids.eventId, crossingId) },
    { name: "setActualTimeAction", call: () => setActualTimeAction(ids.eventId, crossingId, idle, form({ actualDay: "2026-02-13", actualTime: "08:00" })) },
    { name: "clearActualTimeAction", call: () => clearActualTimeAction(ids.eventId, crossingId) },
    { name: "deleteCrossingAction", call: () => deleteCrossingAction(ids.eventId, crossingId) },
  ];

  it.each(CALLS)("$name refuses a delegate (404) and the anonymous (sign-in), writing nothing", async ({ call }) => {
    const before = await crossingCounts();
    session.current = { user: { id: ids.delegateId } };
    expect(await rejectionOf(call)).toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    session.current = null;
    expect(await rejectionOf(call)).toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/en\/sign-in;/) });
    expect(await crossingCounts()).toEqual(before);
  });

  it("answer not-found to an organizer of another initiative", async () => {
    const other = await createOrganizerUser(db(), "crossings-action-outsider");
    session.current = { user: { id: other.userId } };
    const before = await crossingCounts();
    for (const { name, call } of CALLS.filter((c) => c.name !== "deleteCrossingAction")) {
      expect(await call(), name).toMatchObject({ status: "error", message: "errors.notFound" });
    }
    await expect(deleteCrossingAction(ids.eventId, crossingId)).resolves.toBeUndefined();
    expect(await crossingCounts()).toEqual(before);
  });

  it("work for the organizer: plan (then back to the page), crossed now, a typed time, clear", async () => {
    session.current = { user: { id: ids.organizerId } };
    const redirect = await rejectionOf(() => createCrossingAction(ids.eventId, ids.delegations.Azerbaijan, idle, form(fields())));
    expect(redirect).toMatchObject({
      digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;[a-z]+;/en/organize/events/${ids.eventId}/crossings#crossing-`)),
    });

    expect(await crossedNowAction(ids.eventId, crossingId)).toEqual({ status: "ok", message: "crossings.actualSaved" });
    expect((await getCrossingForOrganizer(organizer, ids.eventId, crossingId))!.crossing.actualAt).not.toBeNull();

    expect(await setActualTimeAction(ids.eventId, crossingId, idle, form({ actualDay: "2026-02-13", actualTime: "08:05" }))).toEqual({
      status: "ok",
      message: "crossings.actualSaved",
    });
    expect((await getCrossingForOrganizer(organizer, ids.eventId, crossingId))!.crossing.actualAt).toEqual(new Date("2026-02-13T04:05:00Z"));

    expect(await clearActualTimeAction(ids.eventId, crossingId)).toEqual({ status: "ok", message: "crossings.actualCleared" });
    expect((await getCrossingForOrganizer(organizer, ids.eventId, crossingId))!.crossing.actualAt).toBeNull();
  });

  it("keep what was typed when the manifest is refused or empty", async () => {
    session.current = { user: { id: ids.organizerId } };
    const refused = await updateCrossingAction(ids.eventId, crossingId, idle, form({ ...fields(), notes: "keep me", personIds: [armenianPersonId] }));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { personIds: ["notInDelegation"] }, values: { notes: "keep me" } });
    const empty = await updateCrossingAction(
      ids.eventId,
      crossingId,
      idle,
      form({ direction: "entry", crossingPointId: pointId, day: "2026-02-13", time: "09:15", notes: "" }),
    );
    expect(empty).toMatchObject({ status: "error", fieldErrors: { personIds: ["chooseCrossingPeople"] } });
  });
});

describe("the demo", () => {
  it("still has both crossings of the Azerbaijani delegation, with their manifests", async () => {
    const again = await demoIds(db());
    const plan = await listCrossingsForOrganizer(organizer, again.eventId);
    const seeded = plan!.find((d) => d.partyName === "Azerbaijan")!.crossings.filter((c) => c.crossingPointId !== pointId);
    expect(seeded.map((c) => c.direction).sort()).toEqual(["entry", "exit"]);
    expect(seeded.every((c) => c.personIds.length > 10)).toBe(true);
  });
});
