// Travel documents: organizers read them masked; full numbers only through an audited reveal of
// one crossing's manifest; nothing for anyone else; deleted once the event's retention has passed.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, crossings, delegationMembers, delegations, events, people, travelDocuments } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { createCrossing, createCrossingPoint } from "@/lib/crossings/queries";
import { idle } from "@/lib/forms/action-state";
import { listTravelDocumentsForOrganizer, revealManifestDocuments, saveTravelDocument } from "@/lib/travel-documents/queries";
import { purgeExpiredTravelDocuments } from "@/lib/travel-documents/retention";
import type { TravelDocumentInput } from "@/lib/travel-documents/schema";
import { getTravelDocumentSettings, updateTravelDocumentSettings } from "@/lib/travel-documents/settings";
import { form } from "@/tests/helpers/action-calls";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createOrganizerUser, createTestEvent, memberByEmail, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { saveTravelDocumentAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/crossings/actions";
import { updateTravelDocumentSettingsAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/actions";

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
const members: Record<"rauf" | "elnur" | "aygun", { id: string; personId: string }> = {} as never;
const NUMBERS = { rauf: "C01234567", elnur: "P98765432" };
let crossingId: string;

function passport(memberId: string, documentNumber: string): TravelDocumentInput {
  return { memberId, documentType: "passport", documentNumber, issuingCountry: "Azerbaijan", nationality: "", dateOfBirth: null, expiresOn: "2030-01-31" };
}

async function setCollecting(eventId: string, collect: boolean, retentionDays = 30) {
  await db().update(events).set({ collectTravelDocuments: collect, travelDocumentRetentionDays: retentionDays }).where(eq(events.id, eventId));
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  for (const [key, email] of [
    ["rauf", "rauf.huseynov@example.org"],
    ["elnur", "elnur.gasimov@example.org"],
    ["aygun", "aygun.mammadova@example.org"],
  ] as const) {
    const m = await memberByEmail(db(), ids.eventId, email);
    members[key] = { id: m.id, personId: m.personId };
  }
  await setCollecting(ids.eventId, true);
  for (const key of ["rauf", "elnur"] as const) {
    const saved = await saveTravelDocument(organizer, ids.eventId, passport(members[key].id, NUMBERS[key]));
    if (!saved.ok) throw new Error(saved.reason);
  }
  const point = await createCrossingPoint(organizer, ids.eventId, { name: unique("Manifest section"), description: "" });
  if (!point.ok) throw new Error(point.reason);
  // Rauf and Aygun cross; Elnur has a document but is not on this manifest.
  const crossing = await createCrossing(organizer, ids.eventId, ids.delegations.Azerbaijan, {
    direction: "entry",
    crossingPointId: point.value.id,
    day: "2026-02-13",
    time: "07:30",
    notes: "",
    personIds: [members.rauf.personId, members.aygun.personId],
  });
  if (!crossing.ok) throw new Error(crossing.reason);
  crossingId = crossing.value.id;
});

describe("the masked read", () => {
  it("gives each document with its number masked, never the number itself", async () => {
    const documents = await listTravelDocumentsForOrganizer(organizer, ids.eventId);
    expect(documents).toHaveLength(2);
    expect(documents!.find((d) => d.memberId === members.rauf.id)).toEqual({
      memberId: members.rauf.id,
      documentType: "passport",
      maskedNumber: "•••••4567",
      issuingCountry: "Azerbaijan",
      nationality: "",
      expiresOn: "2030-01-31",
    });
    const text = JSON.stringify(documents);
    for (const number of Object.values(NUMBERS)) expect(text).not.toContain(number);
    expect(text).not.toContain("documentNumber");
  });

  it("gives nothing to an organizer of another initiative", async () => {
    const other = await createOrganizerUser(db(), "documents-outsider");
    expect(await listTravelDocumentsForOrganizer(other, ids.eventId)).toBeNull();
  });

  it("gives nothing to a delegate, whatever the caller claims", async () => {
    const delegate = { kind: "delegate", userId: ids.delegateId, email: "delegate@example.org", name: null, personId: ids.delegatePersonId };
    expect(await listTravelDocumentsForOrganizer(delegate as unknown as OrganizerViewer, ids.eventId)).toBeNull();
    expect(await revealManifestDocuments(delegate as unknown as OrganizerViewer, ids.eventId, crossingId)).toBeNull();
  });
});

describe("revealing a manifest's numbers", () => {
  it("returns the full numbers of the people on that manifest only, one audit entry per person", async () => {
    const before = await db().$count(auditLog, eq(auditLog.action, "travel_document.reveal"));
    const revealed = await revealManifestDocuments(organizer, ids.eventId, crossingId);
    // Aygun has no document; Elnur has one but is not crossing here.
    expect(revealed).toEqual([{ memberId: members.rauf.id, documentNumber: NUMBERS.rauf }]);
    const logs = await db()
      .select({
        actor: auditLog.actorUserId,
        eventId: auditLog.eventId,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        details: auditLog.details,
      })
      .from(auditLog)
      .where(eq(auditLog.action, "travel_document.reveal"));
    expect(logs).toHaveLength(before + 1);
    expect(logs.at(-1)).toEqual({
      actor: ids.organizerId,
      eventId: ids.eventId,
      entityType: "delegation_member",
      entityId: members.rauf.id,
      details: { crossingId },
    });
  });

  it("reveals nothing and writes nothing for another organizer or a crossing of another event", async () => {
    const other = await createOrganizerUser(db(), "reveal-outsider");
    const otherEventId = await createTestEvent(organizer, ids, { title: "Reveal elsewhere" });
    const before = await db().$count(auditLog);
    expect(await revealManifestDocuments(other, ids.eventId, crossingId)).toBeNull();
    expect(await revealManifestDocuments(organizer, otherEventId, crossingId)).toEqual([]);
    expect(await revealManifestDocuments(organizer, ids.eventId, "not-a-uuid")).toBeNull();
    expect(await db().$count(auditLog)).toBe(before);
  });

  it("never writes a number into the audit log", async () => {
    const logs = await db().select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.eventId, ids.eventId));
    const text = JSON.stringify(logs);
    for (const number of Object.values(NUMBERS)) expect(text).not.toContain(number);
  });
});

describe("recording a document", () => {
  it("is refused while the event does not collect travel documents", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Not collecting" });
    const [member] = await addMembers(db(), eventId, 1);
    expect(await saveTravelDocument(organizer, eventId, passport(member!, "X1234567"))).toEqual({ ok: false, reason: "errors.travelDocumentsOff" });
    expect(await db().$count(travelDocuments, eq(travelDocuments.eventId, eventId))).toBe(0);
  });

  it("is refused for a member of another event, and for another organizer", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Elsewhere" });
    const [elsewhere] = await addMembers(db(), eventId, 1);
    const before = await db().$count(travelDocuments);
    expect(await saveTravelDocument(organizer, ids.eventId, passport(elsewhere!, "X7654321"))).toEqual({
      ok: false,
      reason: "notADelegate",
      field: "memberId",
    });
    const other = await createOrganizerUser(db(), "save-outsider");
    expect(await saveTravelDocument(other, ids.eventId, passport(members.aygun.id, "X7654321"))).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await db().$count(travelDocuments)).toBe(before);
  });

  it("replaces a member's document and audits it without the number", async () => {
    expect(await saveTravelDocument(organizer, ids.eventId, passport(members.elnur.id, "P11112222"))).toEqual({ ok: true, value: undefined });
    const [row] = await db().select({ n: travelDocuments.documentNumber }).from(travelDocuments).where(eq(travelDocuments.memberId, members.elnur.id));
    expect(row!.n).toBe("P11112222");
    const [log] = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "travel_document.replace"), eq(auditLog.entityId, members.elnur.id)));
    expect(log!.details).toEqual({ documentType: "passport" });
    await saveTravelDocument(organizer, ids.eventId, passport(members.elnur.id, NUMBERS.elnur));
  });
});

describe("the actions", () => {
  const calls = () => [
    () =>
      saveTravelDocumentAction(
        ids.eventId,
        idle,
        form({ memberId: members.aygun.id, documentType: "passport", documentNumber: "Z9999999", issuingCountry: "Azerbaijan" }),
      ),
    () => updateTravelDocumentSettingsAction(ids.eventId, idle, form({ collectTravelDocuments: "on", travelDocumentRetentionDays: "0" })),
  ];

  it("refuse a delegate with a 404 and write nothing", async () => {
    session.current = { user: { id: ids.delegateId } };
    const before = { documents: await db().$count(travelDocuments), audit: await db().$count(auditLog) };
    for (const call of calls()) await expect(call()).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    expect({ documents: await db().$count(travelDocuments), audit: await db().$count(auditLog) }).toEqual(before);
  });

  it("save the setting for the organizer, validated, audited and versioned", async () => {
    session.current = { user: { id: ids.organizerId } };
    expect(await updateTravelDocumentSettingsAction(ids.eventId, idle, form({ travelDocumentRetentionDays: "366" }))).toMatchObject({
      status: "error",
      fieldErrors: { travelDocumentRetentionDays: ["retentionRange"] },
    });
    const before = (await getTravelDocumentSettings(organizer, ids.eventId))!;
    expect(await updateTravelDocumentSettingsAction(ids.eventId, idle, form({ travelDocumentRetentionDays: "90" }))).toEqual({
      status: "ok",
      message: "travelDocumentSettings.saved",
    });
    const after = (await getTravelDocumentSettings(organizer, ids.eventId))!;
    expect(after).toMatchObject({
      collectTravelDocuments: false,
      travelDocumentRetentionDays: 90,
      version: before.version + 1,
      keptThrough: "2026-05-15",
      stored: 2,
    });
    const [log] = await db().select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, "event.travel_documents"));
    expect(log!.details).toEqual({ from: { collect: true, retentionDays: 30 }, to: { collect: false, retentionDays: 90 } });
    // Turning collection off keeps what is stored; it only stops new entries.
    expect(await db().$count(travelDocuments, eq(travelDocuments.eventId, ids.eventId))).toBe(2);
    expect(
      await saveTravelDocumentAction(
        ids.eventId,
        idle,
        form({ memberId: members.aygun.id, documentType: "passport", documentNumber: "Z9999999", issuingCountry: "Azerbaijan" }),
      ),
    ).toMatchObject({
      status: "error",
      message: "errors.travelDocumentsOff",
    });
    await updateTravelDocumentSettings(organizer, ids.eventId, { collectTravelDocuments: true, travelDocumentRetentionDays: 30 });
  });

  it("give another organizer not-found", async () => {
    const other = await createOrganizerUser(db(), "settings-outsider");
    session.current = { user: { id: other.userId } };
    for (const call of calls()) expect(await call()).toMatchObject({ status: "error", message: "errors.notFound" });
  });
});

/** `count` confirmed members in the event's Azerbaijani delegation; returns their member ids. */
async function addMembers(database: Db, eventId: string, count: number): Promise<string[]> {
  const [delegation] = await database
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(eq(delegations.eventId, eventId), eq(delegations.partyId, ids.parties.Azerbaijan)));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const [person] = await database
      .insert(people)
      .values({ initiativeId: ids.initiativeId, nameLatin: unique("Traveller"), sector: "other" })
      .returning({ id: people.id });
    const [member] = await database
      .insert(delegationMembers)
      .values({ delegationId: delegation!.id, eventId, personId: person!.id, status: "confirmed" })
      .returning({ id: delegationMembers.id });
    out.push(member!.id);
  }
  return out;
}

describe("purgeExpiredTravelDocuments", () => {
  /** An event in Baku (GMT+4) ending on 2026-05-01, with two documents and the given retention. */
  async function eventWithDocuments(retentionDays: number) {
    const eventId = await createTestEvent(organizer, ids, { title: "Purge", firstDay: "2026-05-01", lastDay: "2026-05-01", timeZone: "Asia/Baku" });
    await setCollecting(eventId, true, retentionDays);
    for (const memberId of await addMembers(db(), eventId, 2)) {
      await db()
        .insert(travelDocuments)
        .values({ memberId, eventId, documentType: "passport", documentNumber: unique("N"), issuingCountry: "Azerbaijan" });
    }
    return eventId;
  }
  const stored = (eventId: string) => db().$count(travelDocuments, eq(travelDocuments.eventId, eventId));
  const demoStored = () => stored(ids.eventId);

  it("deletes the demo event's documents once 30 days after its last day have passed in Yerevan", async () => {
    // 14 February 2026 ends at 20:00Z in Yerevan (GMT+4); plus 30 days: 2026-03-16T20:00Z.
    expect(await purgeExpiredTravelDocuments(db(), new Date("2026-03-16T19:59:59Z"))).toBe(0);
    expect(await demoStored()).toBe(2);
    expect(await purgeExpiredTravelDocuments(db(), new Date("2026-03-16T20:00:00Z"))).toBe(2);
    expect(await demoStored()).toBe(0);
    // The manifest stays; only the numbers are gone.
    expect(await revealManifestDocuments(organizer, ids.eventId, crossingId)).toEqual([]);
    expect(await db().$count(crossings, eq(crossings.id, crossingId))).toBe(1);
    const [log] = await db()
      .select({ actor: auditLog.actorUserId, entityType: auditLog.entityType, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "travel_document.purge"), eq(auditLog.eventId, ids.eventId)));
    expect(log).toEqual({ actor: null, entityType: "event", details: { count: 2, retentionDays: 30, expiredAt: "2026-03-16T20:00:00.000Z" } });
  });

  it("counts the retention from the end of the last day in the event's own zone", async () => {
    const eventId = await eventWithDocuments(3);
    // The last day ends at 2026-05-01T20:00Z in Baku; plus 3 days: 2026-05-04T20:00Z.
    expect(await purgeExpiredTravelDocuments(db(), new Date("2026-05-04T19:59:59Z"))).toBe(0);
    expect(await stored(eventId)).toBe(2);
    expect(await purgeExpiredTravelDocuments(db(), new Date("2026-05-04T20:00:00Z"))).toBe(2);
    expect(await stored(eventId)).toBe(0);
  });

  it("with a retention of 0 deletes them as soon as the last day ends, leaving other events untouched", async () => {
    const ending = await eventWithDocuments(0);
    const keeping = await eventWithDocuments(365);
    expect(await purgeExpiredTravelDocuments(db(), new Date("2026-05-01T19:59:00Z"))).toBe(0);
    expect(await purgeExpiredTravelDocuments(db(), new Date("2026-05-01T20:00:00Z"))).toBe(2);
    expect(await stored(ending)).toBe(0);
    expect(await stored(keeping)).toBe(2);
    expect(await db().$count(auditLog, and(eq(auditLog.action, "travel_document.purge"), eq(auditLog.eventId, keeping)))).toBe(0);
    // A second run has nothing left to do and writes no empty audit entries.
    const logs = await db().$count(auditLog);
    expect(await purgeExpiredTravelDocuments(db(), new Date("2026-05-01T20:00:00Z"))).toBe(0);
    expect(await db().$count(auditLog)).toBe(logs);
  });
});
