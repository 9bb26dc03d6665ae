// Records of agenda items: the editor's autosave (revisions, conflicts, replays), who may read and
// write a record, ids from the client kept to the event, finalizing and reopening, closed-door
// attribution warnings, rapporteur assignment and the recommendations board. Real PostgreSQL;
// only the request context is mocked (session, cache revalidation, next-intl lookups).
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  agendaItems,
  auditLog,
  events,
  officials,
  parties,
  people,
  recommendations,
  recordAttendance,
  recordOfficials,
  recordRevisions,
  recordSpeakers,
  records,
  users,
} from "@/db/schema";
import { COOPERATION_SESSION_TITLE, EXPECTATIONS_SESSION_TITLE } from "@/db/seed/demo-agenda";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { createAgendaItem } from "@/lib/agenda/queries";
import type { DelegateViewer, OrganizerViewer, Viewer } from "@/lib/auth/viewer";
import { createEvent } from "@/lib/events/queries";
import { createInitiative } from "@/lib/initiatives/queries";
import { assignRapporteur, listRapporteurCandidates, listRecordsForOrganizer } from "@/lib/records/assignments";
import { listRecommendationsForOrganizer, setRecommendationAdopted } from "@/lib/records/board";
import { EMPTY_DRAFT, type RecordDraft } from "@/lib/records/draft";
import { attributionWarnings, getRecordEditor, listMyRecords, listRevisions } from "@/lib/records/queries";
import { finalizeRecord, reopenRecord, saveRecord, type SaveOutcome } from "@/lib/records/save";
import { agendaItem, createOrganizerUser, delegateViewer, memberByEmail, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { PUT } from "@/app/api/records/[itemId]/route";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next-intl/server", () => ({
  getLocale: vi.fn(async () => "en"),
  getTranslations: vi.fn(async (namespace: string) => createTranslator({ locale: "en" as Locale, messages: await loadMessages("en"), namespace })),
}));

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;
/** The demo delegate (Nigar Rzayeva): rapporteur of the Expectations session. */
let rapporteur: DelegateViewer;
/** Another delegate of the demo event (Rauf Huseynov's account), rapporteur of nothing. */
let otherDelegate: DelegateViewer;
/** An organizer of another initiative, with an event of their own. */
let stranger: OrganizerViewer;
let strangerEventId: string;
let cooperationItemId: string;
let expectationsItemId: string;
/** People of the demo event (person ids). */
let members: { rauf: string; elnur: string; aygun: string; nigar: string; lilit: string };
let demoOfficialIds: string[];
/** An official of the stranger's initiative, and a person in no delegation of the demo event. */
let foreignOfficialId: string;
let loosePersonId: string;

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────

function draft(overrides: Partial<RecordDraft> = {}): RecordDraft {
  return { ...EMPTY_DRAFT, ...overrides };
}

function rec(text: string, theme = "trust_building", key: string = randomUUID()) {
  return { key, theme, text };
}

function save(viewer: Viewer, itemId: string, baseVersion: number, body: RecordDraft, saveId: string = randomUUID()): Promise<SaveOutcome> {
  return saveRecord(viewer, itemId, { baseVersion, saveId, draft: body });
}

/** A new agenda item of the demo event (unique title); returns its id. */
async function newItem(overrides: Parameters<typeof agendaItem>[0] = {}): Promise<string> {
  const created = await createAgendaItem(organizer, ids.eventId, agendaItem({ title: unique("Record session"), ...overrides }));
  if (!created.ok) throw new Error(`agenda item not created: ${created.reason}`);
  return created.value.id;
}

/** A new item whose record the given user writes. */
async function assignedItem(userId: string, overrides: Parameters<typeof agendaItem>[0] = {}): Promise<string> {
  const itemId = await newItem(overrides);
  const assigned = await assignRapporteur(organizer, ids.eventId, itemId, userId);
  expect(assigned).toEqual({ ok: true, value: undefined });
  return itemId;
}

async function recordOf(itemId: string) {
  const [row] = await db()
    .select({
      id: records.id,
      summary: records.summary,
      keyPoints: records.keyPoints,
      topics: records.topics,
      status: records.status,
      notForPublication: records.notForPublication,
      version: records.version,
      rapporteurUserId: records.rapporteurUserId,
      finalizedAt: records.finalizedAt,
      finalizedBy: records.finalizedBy,
      updatedBy: records.updatedBy,
    })
    .from(records)
    .where(eq(records.agendaItemId, itemId));
  return row;
}

async function mustRecordOf(itemId: string) {
  const row = await recordOf(itemId);
  if (!row) throw new Error(`no record for item ${itemId}`);
  return row;
}

async function revisionsOf(recordId: string) {
  return db()
    .select({
      revision: recordRevisions.revision,
      summary: recordRevisions.summary,
      keyPoints: recordRevisions.keyPoints,
      topics: recordRevisions.topics,
      details: recordRevisions.details,
      status: recordRevisions.status,
      note: recordRevisions.note,
      saveId: recordRevisions.saveId,
      createdBy: recordRevisions.createdBy,
    })
    .from(recordRevisions)
    .where(eq(recordRevisions.recordId, recordId))
    .orderBy(asc(recordRevisions.revision));
}

async function recommendationsOf(recordId: string) {
  return db()
    .select({
      id: recommendations.id,
      key: recommendations.idempotencyKey,
      theme: recommendations.theme,
      text: recommendations.text,
      position: recommendations.position,
      eventId: recommendations.eventId,
      adopted: recommendations.adopted,
    })
    .from(recommendations)
    .where(eq(recommendations.recordId, recordId))
    .orderBy(asc(recommendations.position));
}

async function listsOf(recordId: string) {
  const [attendance, met, speakers] = await Promise.all([
    db().select({ id: recordAttendance.personId }).from(recordAttendance).where(eq(recordAttendance.recordId, recordId)),
    db().select({ id: recordOfficials.officialId }).from(recordOfficials).where(eq(recordOfficials.recordId, recordId)),
    db().select({ id: recordSpeakers.personId }).from(recordSpeakers).where(eq(recordSpeakers.recordId, recordId)),
  ]);
  const sorted = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
  return { attendance: sorted(attendance), officials: sorted(met), speakers: sorted(speakers) };
}

/** Every row a refused read or write must leave as it was. */
async function recordsSnapshot() {
  const [recordRows, revisionRows, recommendationRows, attendanceRows, officialRows, speakerRows, audits] = await Promise.all([
    db().select().from(records).orderBy(asc(records.id)),
    db().select().from(recordRevisions).orderBy(asc(recordRevisions.id)),
    db().select().from(recommendations).orderBy(asc(recommendations.id)),
    db().select().from(recordAttendance).orderBy(asc(recordAttendance.recordId), asc(recordAttendance.personId)),
    db().select().from(recordOfficials).orderBy(asc(recordOfficials.recordId), asc(recordOfficials.officialId)),
    db().select().from(recordSpeakers).orderBy(asc(recordSpeakers.recordId), asc(recordSpeakers.personId)),
    db().$count(auditLog),
  ]);
  return { recordRows, revisionRows, recommendationRows, attendanceRows, officialRows, speakerRows, audits };
}

async function auditsFor(recordId: string, action: string) {
  return db()
    .select({ actorUserId: auditLog.actorUserId, eventId: auditLog.eventId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "record"), eq(auditLog.entityId, recordId), eq(auditLog.action, action)));
}

/** PUT /api/records/<itemId> as the signed-in user (or anonymous), with a JSON body unless told otherwise. */
async function put(itemId: string, body: unknown, options: { userId?: string | null; contentType?: string; raw?: string } = {}) {
  session.current = options.userId ? { user: { id: options.userId } } : null;
  try {
    const request = new Request(`http://localhost/api/records/${itemId}`, {
      method: "PUT",
      headers: { "content-type": options.contentType ?? "application/json" },
      body: options.raw ?? JSON.stringify(body),
    });
    const response = await PUT(request, { params: Promise.resolve({ itemId }) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
  } finally {
    session.current = null;
  }
}

async function adoptedOf(recommendationId: string) {
  const [row] = await db()
    .select({ adopted: recommendations.adopted, adoptedAt: recommendations.adoptedAt, adoptedBy: recommendations.adoptedBy })
    .from(recommendations)
    .where(eq(recommendations.id, recommendationId));
  return row;
}

// ── Setup ─────────────────────────────────────────────────────────────────────────────────────

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  rapporteur = await delegateViewer(db(), ids.delegateId);

  const person = async (email: string) => (await memberByEmail(db(), ids.eventId, email)).personId;
  members = {
    rauf: await person("rauf.huseynov@example.org"),
    elnur: await person("elnur.gasimov@example.org"),
    aygun: await person("aygun.mammadova@example.org"),
    nigar: await person("delegate@example.org"),
    lilit: await person("lilit.hovhannisyan@example.org"),
  };
  const [rauf] = await db()
    .insert(users)
    .values({ email: `${unique("rauf")}@example.org`, name: "Rauf Huseynov", role: "delegate" })
    .returning({ id: users.id });
  await db().update(people).set({ userId: rauf!.id }).where(eq(people.id, members.rauf));
  otherDelegate = await delegateViewer(db(), rauf!.id);

  demoOfficialIds = (
    await db().select({ id: officials.id }).from(officials).where(eq(officials.initiativeId, ids.initiativeId)).orderBy(asc(officials.id))
  ).map((o) => o.id);
  expect(demoOfficialIds.length).toBeGreaterThanOrEqual(2);

  // Another initiative with its own organizer, event and official.
  stranger = await createOrganizerUser(db(), "stranger");
  const initiative = await createInitiative(stranger, { name: unique("Lake Dialogue"), description: "", parties: ["East Shore", "West Shore"] });
  if (!initiative.ok) throw new Error("initiative not created");
  const [strangerParty] = await db()
    .select({ id: parties.id })
    .from(parties)
    .where(eq(parties.initiativeId, initiative.value.id))
    .orderBy(asc(parties.position));
  const event = await createEvent(stranger, {
    initiativeId: initiative.value.id,
    title: unique("Lake round table"),
    format: "Round table",
    hostPartyId: strangerParty!.id,
    venueName: "Hall",
    city: "Shore",
    country: "Lakeland",
    timeZone: "Asia/Baku",
    firstDay: "2026-05-01",
    lastDay: "2026-05-01",
    languages: ["en"],
    status: "draft",
  });
  if (!event.ok) throw new Error("event not created");
  strangerEventId = event.value.id;
  const [foreign] = await db()
    .insert(officials)
    .values({
      initiativeId: initiative.value.id,
      name: unique("Foreign Minister"),
      position: "Minister",
      institution: "Lake ministry",
      partyId: strangerParty!.id,
    })
    .returning({ id: officials.id });
  foreignOfficialId = foreign!.id;
  const [loose] = await db()
    .insert(people)
    .values({ initiativeId: ids.initiativeId, nameLatin: unique("Loose Person"), sector: "expert" })
    .returning({ id: people.id });
  loosePersonId = loose!.id;

  const item = async (title: string) => {
    const [row] = await db()
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.eventId, ids.eventId), eq(agendaItems.title, title)));
    return row!.id;
  };
  cooperationItemId = await item(COOPERATION_SESSION_TITLE);
  expectationsItemId = await item(EXPECTATIONS_SESSION_TITLE);
});

// ── 1. Revisions ──────────────────────────────────────────────────────────────────────────────

describe("revisions", () => {
  it("bumps the version by one per applied save and keeps each save whole as exactly one revision, listed newest first", async () => {
    const itemId = await newItem();
    const first = draft({
      summary: "First summary",
      keyPoints: "- one",
      topics: "Topics raised",
      notForPublication: true,
      attendance: [members.rauf, members.elnur],
      speakers: [members.rauf],
      officials: [demoOfficialIds[0]!],
      recommendations: [rec("Meet again", "security")],
    });
    const saved1 = await save(organizer, itemId, 0, first);
    expect(saved1).toMatchObject({ kind: "saved", version: 1, replayed: false });
    const record = await mustRecordOf(itemId);
    expect(record).toMatchObject({
      version: 1,
      summary: "First summary",
      keyPoints: "- one",
      topics: "Topics raised",
      notForPublication: true,
      updatedBy: organizer.userId,
    });
    let revisions = await revisionsOf(record.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      revision: 1,
      summary: "First summary",
      keyPoints: "- one",
      topics: "Topics raised",
      status: "draft",
      note: "",
      createdBy: organizer.userId,
      details: {
        attendance: [members.rauf, members.elnur].sort(),
        officials: [demoOfficialIds[0]],
        speakers: [members.rauf],
        recommendations: first.recommendations,
        notForPublication: true,
      },
    });
    expect(await listsOf(record.id)).toEqual({ attendance: [members.rauf, members.elnur].sort(), officials: [demoOfficialIds[0]], speakers: [members.rauf] });

    const second = draft({ summary: "Second summary", attendance: [members.aygun], recommendations: [] });
    const saved2 = await save(organizer, itemId, 1, second);
    expect(saved2).toMatchObject({ kind: "saved", version: 2, replayed: false });
    expect(await mustRecordOf(itemId)).toMatchObject({ version: 2, summary: "Second summary", keyPoints: "", topics: "", notForPublication: false });
    revisions = await revisionsOf(record.id);
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(revisions[1]).toMatchObject({
      summary: "Second summary",
      details: { attendance: [members.aygun], officials: [], speakers: [], recommendations: [], notForPublication: false },
    });
    expect(await listsOf(record.id)).toEqual({ attendance: [members.aygun], officials: [], speakers: [] });
    expect(await recommendationsOf(record.id)).toEqual([]);

    const listed = await listRevisions(organizer, itemId);
    expect(listed?.revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(listed?.revisions[0]).toMatchObject({ summary: "Second summary", status: "draft", createdBy: "Demo Organizer" });
    expect(listed?.revisions[1]?.details).toEqual(revisions[0]!.details);
  });
});

// ── 2. Concurrent saves ───────────────────────────────────────────────────────────────────────

describe("concurrent saves", () => {
  it("applies exactly one of two saves on the same version; the other is a conflict carrying the winner's text", async () => {
    const itemId = await newItem();
    expect(await save(organizer, itemId, 0, draft({ summary: "Base" }))).toMatchObject({ kind: "saved", version: 1 });
    const record = await mustRecordOf(itemId);
    const texts = { a: draft({ summary: "Tab A's text", keyPoints: "A" }), b: draft({ summary: "Tab B's text", keyPoints: "B" }) };
    const saveIds = { a: randomUUID(), b: randomUUID() };

    const [a, b] = await Promise.all([save(organizer, itemId, 1, texts.a, saveIds.a), save(organizer, itemId, 1, texts.b, saveIds.b)]);

    const outcomes = [a, b];
    expect(outcomes.filter((o) => o.kind === "saved")).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "conflict")).toHaveLength(1);
    const winner = a.kind === "saved" ? "a" : "b";
    const loser = winner === "a" ? "b" : "a";
    const lost = (winner === "a" ? b : a) as Extract<SaveOutcome, { kind: "conflict" }>;
    expect(lost.version).toBe(2);
    expect(lost.draft.summary).toBe(texts[winner].summary);
    expect(lost.draft.keyPoints).toBe(texts[winner].keyPoints);
    expect(lost.savedBy).toBe("Demo Organizer");

    expect(await mustRecordOf(itemId)).toMatchObject({ version: 2, summary: texts[winner].summary, keyPoints: texts[winner].keyPoints });
    const revisions = await revisionsOf(record.id);
    expect(revisions).toHaveLength(2);
    expect(revisions[1]).toMatchObject({ revision: 2, summary: texts[winner].summary, saveId: saveIds[winner] });
    expect(revisions.some((r) => r.saveId === saveIds[loser] || r.summary === texts[loser].summary)).toBe(false);
  });

  it("makes one record when two first saves of an item without a record race", async () => {
    const itemId = await newItem();
    expect(await recordOf(itemId)).toBeUndefined();
    const [a, b] = await Promise.all([save(organizer, itemId, 0, draft({ summary: "First A" })), save(organizer, itemId, 0, draft({ summary: "First B" }))]);
    expect([a.kind, b.kind].sort()).toEqual(["conflict", "saved"]);
    const winnerText = a.kind === "saved" ? "First A" : "First B";
    const lost = (a.kind === "conflict" ? a : b) as Extract<SaveOutcome, { kind: "conflict" }>;
    expect(lost.draft.summary).toBe(winnerText);
    const rows = await db().select({ id: records.id }).from(records).where(eq(records.agendaItemId, itemId));
    expect(rows).toHaveLength(1);
    expect(await mustRecordOf(itemId)).toMatchObject({ version: 1, summary: winnerText });
    expect(await revisionsOf(rows[0]!.id)).toHaveLength(1);
  });
});

// ── 3. Idempotent saves and recommendations ───────────────────────────────────────────────────

describe("idempotent saves", () => {
  it("answers a replayed save (same saveId, sent again later) with its result and writes nothing more", async () => {
    const itemId = await newItem();
    const saveId = randomUUID();
    const body = draft({ summary: "Once", recommendations: [rec("Only once")] });
    const first = await save(organizer, itemId, 0, body, saveId);
    expect(first).toMatchObject({ kind: "saved", version: 1, replayed: false });
    const record = await mustRecordOf(itemId);
    const before = await recordsSnapshot();

    const again = await save(organizer, itemId, 0, body, saveId);
    expect(again).toMatchObject({ kind: "saved", version: 1, replayed: true });
    expect(await recordsSnapshot()).toEqual(before);
    expect(await revisionsOf(record.id)).toHaveLength(1);
    expect(await recommendationsOf(record.id)).toHaveLength(1);

    // A later save, then the first one replayed once more: still its own answer, nothing applied.
    expect(await save(organizer, itemId, 1, draft({ summary: "Twice" }))).toMatchObject({ kind: "saved", version: 2 });
    expect(await save(organizer, itemId, 0, body, saveId)).toMatchObject({ kind: "saved", version: 1, replayed: true });
    expect(await mustRecordOf(itemId)).toMatchObject({ version: 2, summary: "Twice" });
    expect(await revisionsOf(record.id)).toHaveLength(2);
  });

  it("applies the same save sent twice at once only once", async () => {
    const itemId = await newItem();
    expect(await save(organizer, itemId, 0, draft({ summary: "Base" }))).toMatchObject({ kind: "saved", version: 1 });
    const record = await mustRecordOf(itemId);
    const saveId = randomUUID();
    const body = draft({ summary: "Double click", recommendations: [rec("No duplicate")] });
    const [a, b] = await Promise.all([save(organizer, itemId, 1, body, saveId), save(organizer, itemId, 1, body, saveId)]);
    expect([a, b].map((o) => o.kind)).toEqual(["saved", "saved"]);
    const replays = [a, b].map((o) => (o.kind === "saved" ? o.replayed : null)).sort();
    expect(replays).toEqual([false, true]);
    expect(a).toMatchObject({ version: 2 });
    expect(b).toMatchObject({ version: 2 });
    const revisions = await revisionsOf(record.id);
    expect(revisions).toHaveLength(2);
    expect(revisions.filter((r) => r.saveId === saveId)).toHaveLength(1);
    expect(await mustRecordOf(itemId)).toMatchObject({ version: 2, summary: "Double click" });
    expect(await recommendationsOf(record.id)).toHaveLength(1);
  });

  it("never duplicates a recommendation: a key twice in one save, or in two saves, is one row, updated in place", async () => {
    const itemId = await newItem();
    const key = randomUUID();
    expect(
      await save(organizer, itemId, 0, draft({ recommendations: [rec("First wording", "security", key), rec("Repeated", "borders", key)] })),
    ).toMatchObject({
      kind: "saved",
      version: 1,
    });
    const record = await mustRecordOf(itemId);
    let rows = await recommendationsOf(record.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key, theme: "security", text: "First wording", position: 0, eventId: ids.eventId });
    const rowId = rows[0]!.id;

    expect(await save(organizer, itemId, 1, draft({ recommendations: [rec("Other", "economy"), rec("  Second wording  ", "borders", key)] }))).toMatchObject({
      kind: "saved",
      version: 2,
    });
    rows = await recommendationsOf(record.id);
    expect(rows).toHaveLength(2);
    const same = rows.find((r) => r.key === key);
    expect(same).toMatchObject({ id: rowId, theme: "borders", text: "Second wording", position: 1 });
    expect(await db().$count(recommendations, eq(recommendations.idempotencyKey, key))).toBe(1);
  });

  it("deletes a recommendation removed from the draft, and keeps one without text in the revision only", async () => {
    const itemId = await newItem();
    const keep = rec("Keep me", "economy");
    const drop = rec("Drop me", "transport");
    expect(await save(organizer, itemId, 0, draft({ recommendations: [keep, drop] }))).toMatchObject({ kind: "saved", version: 1 });
    const record = await mustRecordOf(itemId);
    expect((await recommendationsOf(record.id)).map((r) => r.key)).toEqual([keep.key, drop.key]);

    expect(await save(organizer, itemId, 1, draft({ recommendations: [keep] }))).toMatchObject({ kind: "saved", version: 2 });
    expect((await recommendationsOf(record.id)).map((r) => r.key)).toEqual([keep.key]);
    expect(await db().$count(recommendations, eq(recommendations.idempotencyKey, drop.key))).toBe(0);

    const typing = rec("", "");
    const blank = rec("   ", "security");
    expect(await save(organizer, itemId, 2, draft({ recommendations: [keep, typing, blank] }))).toMatchObject({ kind: "saved", version: 3 });
    expect((await recommendationsOf(record.id)).map((r) => r.key)).toEqual([keep.key]);
    expect(await db().$count(recommendations, inArray(recommendations.idempotencyKey, [typing.key, blank.key]))).toBe(0);
    const revisions = await revisionsOf(record.id);
    expect(revisions[2]!.details.recommendations).toEqual([keep, typing, blank]);

    // Removing the last one empties the record's board.
    expect(await save(organizer, itemId, 3, draft())).toMatchObject({ kind: "saved", version: 4 });
    expect(await recommendationsOf(record.id)).toEqual([]);
  });
});

// ── 4. A key of another record ────────────────────────────────────────────────────────────────

describe("recommendation keys of another record", () => {
  it("leaves another record's recommendation where and as it was when its key comes in a save of a different record", async () => {
    const cooperation = await mustRecordOf(cooperationItemId);
    const [target] = await db()
      .select()
      .from(recommendations)
      .where(eq(recommendations.recordId, cooperation.id))
      .orderBy(asc(recommendations.position))
      .limit(1);
    expect(target).toBeDefined();
    const allCooperation = await db().select().from(recommendations).where(eq(recommendations.recordId, cooperation.id)).orderBy(asc(recommendations.id));

    const itemId = await newItem();
    const mine = rec("My own recommendation", "economy");
    const outcome = await save(
      organizer,
      itemId,
      0,
      draft({ summary: "Hijack attempt", recommendations: [rec("Taken over", "security", target!.idempotencyKey), mine] }),
    );
    expect(outcome).toMatchObject({ kind: "saved", version: 1 });

    const [after] = await db().select().from(recommendations).where(eq(recommendations.idempotencyKey, target!.idempotencyKey));
    expect(after).toEqual(target);
    expect(await db().select().from(recommendations).where(eq(recommendations.recordId, cooperation.id)).orderBy(asc(recommendations.id))).toEqual(
      allCooperation,
    );
    const record = await mustRecordOf(itemId);
    expect((await recommendationsOf(record.id)).map((r) => r.key)).toEqual([mine.key]);

    // A next save without it does not delete the other record's row either.
    expect(await save(organizer, itemId, 1, draft({ recommendations: [mine] }))).toMatchObject({ kind: "saved", version: 2 });
    expect(await db().select().from(recommendations).where(eq(recommendations.recordId, cooperation.id)).orderBy(asc(recommendations.id))).toEqual(
      allCooperation,
    );
  });
});

// ── 5. Scope ──────────────────────────────────────────────────────────────────────────────────

describe("who may read and write a record", () => {
  it("gives a delegate who is not the rapporteur, an organizer of another initiative and anonymous nothing, changing nothing", async () => {
    const itemId = await assignedItem(rapporteur.userId);
    expect(await save(rapporteur, itemId, 0, draft({ summary: "Rapporteur's text", recommendations: [rec("Theirs")] }))).toMatchObject({
      kind: "saved",
      version: 1,
    });
    const before = await recordsSnapshot();
    const hostile = draft({ summary: "Overwritten", recommendations: [rec("Injected")] });

    for (const outsider of [otherDelegate, stranger] as Viewer[]) {
      expect(await getRecordEditor(outsider, itemId)).toBeNull();
      expect(await listRevisions(outsider, itemId)).toBeNull();
      expect(await save(outsider, itemId, 1, hostile)).toEqual({ kind: "notFound" });
      expect(await finalizeRecord(outsider, itemId, 1)).toEqual({ ok: false, reason: "notFound" });
      expect(await reopenRecord(outsider, itemId, "because")).toEqual({ ok: false, reason: "notFound" });
      expect(await put(itemId, { baseVersion: 1, saveId: randomUUID(), draft: hostile }, { userId: outsider.userId })).toMatchObject({ status: 404 });
    }
    // The demo delegate is not the rapporteur of the cooperation session; an item without a record is no one's either.
    expect(await getRecordEditor(rapporteur, cooperationItemId)).toBeNull();
    expect(await save(rapporteur, cooperationItemId, 1, hostile)).toEqual({ kind: "notFound" });
    expect(await getRecordEditor(otherDelegate, expectationsItemId)).toBeNull();
    expect(await save(otherDelegate, expectationsItemId, 0, hostile)).toEqual({ kind: "notFound" });
    expect(await save(stranger, cooperationItemId, 1, hostile)).toEqual({ kind: "notFound" });

    const anonymous = await put(itemId, { baseVersion: 1, saveId: randomUUID(), draft: hostile }, { userId: null });
    expect(anonymous).toMatchObject({ status: 401, body: { status: "signedOut" } });

    expect(await recordsSnapshot()).toEqual(before);
    expect(await mustRecordOf(itemId)).toMatchObject({ summary: "Rapporteur's text", version: 1 });
  });

  it("lets the delegate rapporteur save their record until the organizer unassigns them", async () => {
    const itemId = await assignedItem(rapporteur.userId);
    const editor = await getRecordEditor(rapporteur, itemId);
    expect(editor?.scope).toMatchObject({ isRapporteur: true, canManage: false, version: 0 });
    // Names to tick follow listing consent for a delegate; never contact data.
    const orkhan = (await memberByEmail(db(), ids.eventId, "orkhan.nasibov@example.org")).personId;
    expect(editor?.people.find((p) => p.personId === orkhan)).toMatchObject({ name: null });
    expect(editor?.people.find((p) => p.personId === members.elnur)).toMatchObject({ name: "Elnur Gasimov" });
    expect(Object.keys(editor!.people[0]!).sort()).toEqual(["name", "partyId", "partyName", "personId"]);
    expect((await getRecordEditor(organizer, itemId))?.people.find((p) => p.personId === orkhan)).toMatchObject({ name: "Orkhan Nasibov" });
    expect(await save(rapporteur, itemId, 0, draft({ summary: "Written by the delegate" }))).toMatchObject({ kind: "saved", version: 1 });
    expect(await mustRecordOf(itemId)).toMatchObject({ summary: "Written by the delegate", version: 1, updatedBy: rapporteur.userId });
    const routed = await put(itemId, { baseVersion: 1, saveId: randomUUID(), draft: draft({ summary: "Through the route" }) }, { userId: rapporteur.userId });
    expect(routed).toMatchObject({ status: 200, body: { status: "saved", version: 2, replayed: false, warnings: [] } });
    expect((await listMyRecords(rapporteur)).map((r) => r.itemId)).toContain(itemId);

    expect(await assignRapporteur(organizer, ids.eventId, itemId, null)).toEqual({ ok: true, value: undefined });
    const record = await mustRecordOf(itemId);
    expect(record.rapporteurUserId).toBeNull();
    expect(await auditsFor(record.id, "record.assign")).toEqual(
      expect.arrayContaining([expect.objectContaining({ actorUserId: organizer.userId, details: { rapporteurUserId: null } })]),
    );
    const before = await recordsSnapshot();

    expect(await save(rapporteur, itemId, 2, draft({ summary: "After unassignment" }))).toEqual({ kind: "notFound" });
    expect(
      await put(itemId, { baseVersion: 2, saveId: randomUUID(), draft: draft({ summary: "After unassignment" }) }, { userId: rapporteur.userId }),
    ).toMatchObject({
      status: 404,
    });
    expect(await getRecordEditor(rapporteur, itemId)).toBeNull();
    expect((await listMyRecords(rapporteur)).map((r) => r.itemId)).not.toContain(itemId);
    expect(await recordsSnapshot()).toEqual(before);
    expect(await mustRecordOf(itemId)).toMatchObject({ summary: "Through the route", version: 2 });
  });
});

// ── 6. Ids from the client ────────────────────────────────────────────────────────────────────

describe("ids from the client", () => {
  it("drops people outside the event and officials of another initiative, and saves the rest", async () => {
    const itemId = await newItem({ kind: "meeting_with_officials" });
    const outcome = await save(
      organizer,
      itemId,
      0,
      draft({
        summary: "Met officials",
        attendance: [members.rauf, loosePersonId, members.lilit],
        speakers: [loosePersonId, members.lilit],
        officials: [foreignOfficialId, demoOfficialIds[1]!],
      }),
    );
    expect(outcome).toMatchObject({ kind: "saved", version: 1 });
    const record = await mustRecordOf(itemId);
    expect(record.summary).toBe("Met officials");
    expect(await listsOf(record.id)).toEqual({ attendance: [members.rauf, members.lilit].sort(), officials: [demoOfficialIds[1]], speakers: [members.lilit] });
    const [revision] = await revisionsOf(record.id);
    expect(revision!.details).toMatchObject({ attendance: [members.rauf, members.lilit].sort(), officials: [demoOfficialIds[1]], speakers: [members.lilit] });
    expect(JSON.stringify(revision!.details)).not.toContain(loosePersonId);
    expect(JSON.stringify(revision!.details)).not.toContain(foreignOfficialId);
    expect(await db().$count(recordAttendance, eq(recordAttendance.personId, loosePersonId))).toBe(0);
    expect(await db().$count(recordOfficials, eq(recordOfficials.officialId, foreignOfficialId))).toBe(0);
  });
});

// ── 7. Finalize and reopen ────────────────────────────────────────────────────────────────────

describe("finalize and reopen", () => {
  it("refuses to finalize a record nothing was written in", async () => {
    const itemId = await assignedItem(rapporteur.userId);
    expect(await finalizeRecord(rapporteur, itemId, 0)).toEqual({ ok: false, reason: "empty" });
    expect(await mustRecordOf(itemId)).toMatchObject({ status: "draft", version: 0 });
  });

  it("finalizes on the current version only, then refuses saves until reopened", async () => {
    const itemId = await assignedItem(rapporteur.userId);
    expect(await save(rapporteur, itemId, 0, draft({ summary: "Ready", recommendations: [rec("Final one")] }))).toMatchObject({ kind: "saved", version: 1 });
    const record = await mustRecordOf(itemId);

    const beforeStale = await recordsSnapshot();
    expect(await finalizeRecord(rapporteur, itemId, 0)).toEqual({ ok: false, reason: "changedMeanwhile" });
    expect(await recordsSnapshot()).toEqual(beforeStale);

    expect(await finalizeRecord(rapporteur, itemId, 1)).toEqual({ ok: true, version: 2 });
    const final = await mustRecordOf(itemId);
    expect(final).toMatchObject({ status: "final", version: 2, finalizedBy: rapporteur.userId, summary: "Ready" });
    expect(final.finalizedAt).toBeInstanceOf(Date);
    const revisions = await revisionsOf(record.id);
    expect(revisions).toHaveLength(2);
    expect(revisions[1]).toMatchObject({ revision: 2, status: "final", summary: "Ready", note: "", createdBy: rapporteur.userId });
    expect(revisions[1]!.details).toMatchObject({ recommendations: [expect.objectContaining({ text: "Final one" })] });
    expect(await auditsFor(record.id, "record.finalize")).toEqual([{ actorUserId: rapporteur.userId, eventId: ids.eventId, details: { version: 2 } }]);

    const beforeSave = await recordsSnapshot();
    expect(await save(rapporteur, itemId, 2, draft({ summary: "Too late" }))).toEqual({ kind: "final", version: 2 });
    expect(await save(organizer, itemId, 2, draft({ summary: "Too late" }))).toEqual({ kind: "final", version: 2 });
    expect(await finalizeRecord(organizer, itemId, 2)).toEqual({ ok: false, reason: "alreadyFinal" });
    expect(await recordsSnapshot()).toEqual(beforeSave);
  });

  it("lets a save and a finalize on the same version race: exactly one of them happens", async () => {
    const itemId = await assignedItem(rapporteur.userId);
    expect(await save(rapporteur, itemId, 0, draft({ summary: "Before the race" }))).toMatchObject({ kind: "saved", version: 1 });
    const record = await mustRecordOf(itemId);
    const [saved, finalized] = await Promise.all([save(rapporteur, itemId, 1, draft({ summary: "Racing text" })), finalizeRecord(organizer, itemId, 1)]);
    const after = await mustRecordOf(itemId);
    const revisions = await revisionsOf(record.id);
    expect(revisions).toHaveLength(2);
    expect(after.version).toBe(2);
    if (saved.kind === "saved") {
      expect(finalized).toEqual({ ok: false, reason: "changedMeanwhile" });
      expect(after).toMatchObject({ status: "draft", summary: "Racing text" });
      expect(revisions[1]).toMatchObject({ status: "draft", summary: "Racing text" });
    } else {
      expect(saved).toEqual({ kind: "final", version: 2 });
      expect(finalized).toEqual({ ok: true, version: 2 });
      expect(after).toMatchObject({ status: "final", summary: "Before the race" });
      expect(revisions[1]).toMatchObject({ status: "final", summary: "Before the race" });
    }
  });

  it("reopens for an organizer with a reason only, keeping the reason in the history and the audit log", async () => {
    const itemId = await assignedItem(rapporteur.userId);
    expect(await save(rapporteur, itemId, 0, draft({ summary: "To be reopened" }))).toMatchObject({ kind: "saved", version: 1 });
    expect(await reopenRecord(organizer, itemId, "Not final yet")).toEqual({ ok: false, reason: "notFinal" });
    expect(await finalizeRecord(rapporteur, itemId, 1)).toEqual({ ok: true, version: 2 });
    const record = await mustRecordOf(itemId);
    const before = await recordsSnapshot();

    expect(await reopenRecord(rapporteur, itemId, "I want to fix a typo")).toEqual({ ok: false, reason: "notFound" });
    expect(await reopenRecord(organizer, itemId, "")).toEqual({ ok: false, reason: "reasonNeeded" });
    expect(await reopenRecord(organizer, itemId, "   ")).toEqual({ ok: false, reason: "reasonNeeded" });
    expect(await recordsSnapshot()).toEqual(before);

    expect(await reopenRecord(organizer, itemId, "  The attendance list was incomplete  ")).toEqual({ ok: true, version: 3 });
    const reopened = await mustRecordOf(itemId);
    expect(reopened).toMatchObject({ status: "draft", version: 3, finalizedAt: null, finalizedBy: null, summary: "To be reopened" });
    const revisions = await revisionsOf(record.id);
    expect(revisions.map((r) => [r.revision, r.status])).toEqual([
      [1, "draft"],
      [2, "final"],
      [3, "draft"],
    ]);
    expect(revisions[2]).toMatchObject({ note: "The attendance list was incomplete", createdBy: organizer.userId, summary: "To be reopened" });
    expect(await auditsFor(record.id, "record.reopen")).toEqual([
      { actorUserId: organizer.userId, eventId: ids.eventId, details: { version: 3, reason: "The attendance list was incomplete" } },
    ]);
    const history = await listRevisions(organizer, itemId);
    expect(history?.revisions[0]).toMatchObject({ revision: 3, status: "draft", note: "The attendance list was incomplete" });

    // Editable again, on the new version.
    expect(await save(rapporteur, itemId, 3, draft({ summary: "Corrected" }))).toMatchObject({ kind: "saved", version: 4 });
    expect(await mustRecordOf(itemId)).toMatchObject({ status: "draft", version: 4, summary: "Corrected" });
  });
});

// ── 8. Closed-door attribution ────────────────────────────────────────────────────────────────

describe("closed-door attribution", () => {
  it("warns about the names of the event's people in the text, in Latin and native script, and about nothing else", async () => {
    const withNames = draft({
      summary: "Elnur Gasimov opened the discussion.",
      keyPoints: "- AYGÜN MƏMMƏDOVA disagreed",
      recommendations: [rec("As nigar rzayeva proposed, meet again.")],
    });
    const found = await attributionWarnings(ids.eventId, withNames);
    expect([...found].sort()).toEqual(["Aygün Məmmədova", "Elnur Gasimov", "Nigar Rzayeva"].sort());
    expect(
      await attributionWarnings(ids.eventId, draft({ summary: "One participant proposed a joint project; another agreed.", keyPoints: "- Nigarish" })),
    ).toEqual([]);
    expect(await attributionWarnings(ids.eventId, draft())).toEqual([]);
  });

  it("carries the warnings in the editor and in the route's 200 answer for a closed-door item only", async () => {
    const closedId = await newItem({ closedDoor: true });
    const [closedRow] = await db().select({ closedDoor: agendaItems.closedDoor }).from(agendaItems).where(eq(agendaItems.id, closedId));
    expect(closedRow?.closedDoor).toBe(true);
    const named = draft({ summary: "Rauf Hüseynov said the border crossings build trust." });

    const saved = await put(closedId, { baseVersion: 0, saveId: randomUUID(), draft: named }, { userId: organizer.userId });
    expect(saved).toMatchObject({ status: 200, body: { status: "saved", version: 1, warnings: ["Rauf Hüseynov"] } });
    expect(saved.headers.get("cache-control")).toBe("no-store");
    expect((await mustRecordOf(closedId)).summary).toBe(named.summary);
    expect((await getRecordEditor(organizer, closedId))?.warnings).toEqual(["Rauf Hüseynov"]);

    const clean = await put(
      closedId,
      { baseVersion: 1, saveId: randomUUID(), draft: draft({ summary: "A participant said so." }) },
      { userId: organizer.userId },
    );
    expect(clean).toMatchObject({ status: 200, body: { status: "saved", version: 2, warnings: [] } });

    const openId = await newItem();
    const open = await put(openId, { baseVersion: 0, saveId: randomUUID(), draft: named }, { userId: organizer.userId });
    expect(open).toMatchObject({ status: 200, body: { status: "saved", version: 1, warnings: [] } });
    expect((await getRecordEditor(organizer, openId))?.warnings).toEqual([]);
  });
});

// ── 9. The autosave route ─────────────────────────────────────────────────────────────────────

describe("PUT /api/records/[itemId]", () => {
  it("refuses a body that is not JSON by content type (415), malformed (400) or off the schema (400), writing nothing", async () => {
    const itemId = await newItem();
    const valid = { baseVersion: 0, saveId: randomUUID(), draft: draft({ summary: "Valid" }) };
    const before = await recordsSnapshot();

    expect(await put(itemId, valid, { userId: organizer.userId, contentType: "text/plain" })).toMatchObject({ status: 415 });
    expect(await put(itemId, valid, { userId: organizer.userId, contentType: "application/x-www-form-urlencoded" })).toMatchObject({ status: 415 });
    expect(await put(itemId, null, { userId: organizer.userId, raw: '{"baseVersion": 0, "saveId": ' })).toMatchObject({
      status: 400,
      body: { status: "invalid" },
    });
    expect(await put(itemId, { ...valid, saveId: "not-a-uuid" }, { userId: organizer.userId })).toMatchObject({ status: 400, body: { status: "invalid" } });
    expect(await put(itemId, { ...valid, baseVersion: -1 }, { userId: organizer.userId })).toMatchObject({ status: 400 });
    expect(await put(itemId, { baseVersion: 0, saveId: randomUUID() }, { userId: organizer.userId })).toMatchObject({ status: 400 });
    expect(await put(itemId, { ...valid, draft: { ...valid.draft, attendance: ["someone"] } }, { userId: organizer.userId })).toMatchObject({ status: 400 });
    expect(
      await put(itemId, { ...valid, draft: { ...valid.draft, recommendations: [{ key: "k", theme: "", text: "x" }] } }, { userId: organizer.userId }),
    ).toMatchObject({
      status: 400,
    });

    expect(await recordsSnapshot()).toEqual(before);
    expect(await recordOf(itemId)).toBeUndefined();

    // The same body as JSON goes through.
    expect(await put(itemId, valid, { userId: organizer.userId, contentType: "application/json; charset=utf-8" })).toMatchObject({
      status: 200,
      body: { status: "saved", version: 1 },
    });
  });

  it("answers a stale save with 409 and what is saved now, and a final record with 423", async () => {
    const itemId = await newItem();
    const first = draft({ summary: "Saved first", attendance: [members.elnur], recommendations: [rec("Saved recommendation", "economy")] });
    expect(await put(itemId, { baseVersion: 0, saveId: randomUUID(), draft: first }, { userId: organizer.userId })).toMatchObject({
      status: 200,
      body: { version: 1 },
    });
    const record = await mustRecordOf(itemId);
    const before = await recordsSnapshot();

    const stale = await put(itemId, { baseVersion: 0, saveId: randomUUID(), draft: draft({ summary: "Stale tab" }) }, { userId: organizer.userId });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ status: "conflict", version: 1, savedBy: "Demo Organizer", draft: { ...first } });
    expect(await recordsSnapshot()).toEqual(before);

    expect(await finalizeRecord(organizer, itemId, 1)).toEqual({ ok: true, version: 2 });
    const afterFinal = await recordsSnapshot();
    const locked = await put(itemId, { baseVersion: 2, saveId: randomUUID(), draft: draft({ summary: "After final" }) }, { userId: organizer.userId });
    expect(locked).toMatchObject({ status: 423, body: { status: "final", version: 2 } });
    expect(await recordsSnapshot()).toEqual(afterFinal);
    expect((await revisionsOf(record.id)).map((r) => r.status)).toEqual(["draft", "final"]);
  });

  it("answers a replayed request with replayed: true, and a cross-site request with 403, writing nothing more", async () => {
    const itemId = await newItem();
    const body = { baseVersion: 0, saveId: randomUUID(), draft: draft({ summary: "Sent twice" }) };
    expect(await put(itemId, body, { userId: organizer.userId })).toMatchObject({ status: 200, body: { version: 1, replayed: false } });
    const before = await recordsSnapshot();
    expect(await put(itemId, body, { userId: organizer.userId })).toMatchObject({ status: 200, body: { status: "saved", version: 1, replayed: true } });
    expect(await recordsSnapshot()).toEqual(before);

    session.current = { user: { id: organizer.userId } };
    try {
      const request = new Request(`http://localhost/api/records/${itemId}`, {
        method: "PUT",
        headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
        body: JSON.stringify({ baseVersion: 1, saveId: randomUUID(), draft: draft({ summary: "From another site" }) }),
      });
      expect((await PUT(request, { params: Promise.resolve({ itemId }) })).status).toBe(403);
    } finally {
      session.current = null;
    }
    expect(await recordsSnapshot()).toEqual(before);
  });

  it("refuses a body over MAX_BODY_BYTES (512 KiB), measured in bytes, not UTF-16 characters, with 413", async () => {
    const itemId = await newItem();
    // ~370 000 characters, ~740 000 bytes of UTF-8 (Cyrillic is two bytes a letter), every field within its own limit.
    const cyrillic = (n: number) => "ж".repeat(n);
    const big = draft({
      summary: cyrillic(100_000),
      keyPoints: cyrillic(50_000),
      topics: cyrillic(20_000),
      recommendations: Array.from({ length: 50 }, () => rec(cyrillic(4_000), "economy")),
    });
    const raw = JSON.stringify({ baseVersion: 0, saveId: randomUUID(), draft: big });
    expect(raw.length).toBeLessThan(512 * 1024);
    expect(Buffer.byteLength(raw, "utf8")).toBeGreaterThan(512 * 1024);
    const before = await recordsSnapshot();
    const answer = await put(itemId, null, { userId: organizer.userId, raw });
    expect(answer).toMatchObject({ status: 413, body: { status: "tooLarge" } });
    expect(await recordsSnapshot()).toEqual(before);
  });

  it("answers 404 for an item that does not exist or is not a uuid", async () => {
    const body = { baseVersion: 0, saveId: randomUUID(), draft: draft({ summary: "Nowhere" }) };
    const before = await recordsSnapshot();
    expect(await put(randomUUID(), body, { userId: organizer.userId })).toMatchObject({ status: 404, body: { status: "notFound" } });
    expect(await put("not-a-uuid", body, { userId: organizer.userId })).toMatchObject({ status: 404 });
    expect(await recordsSnapshot()).toEqual(before);
  });
});

// ── 10. Assignment ────────────────────────────────────────────────────────────────────────────

describe("rapporteur assignment", () => {
  it("refuses a user who is neither an organizer of the initiative nor a delegate of the event", async () => {
    const itemId = await assignedItem(rapporteur.userId);
    const candidates = await listRapporteurCandidates(organizer, ids.eventId);
    expect(candidates).toEqual(
      expect.arrayContaining([
        { userId: organizer.userId, name: "Demo Organizer", kind: "organizer" },
        { userId: rapporteur.userId, name: "Nigar Rzayeva", kind: "delegate" },
        { userId: otherDelegate.userId, name: "Rauf Huseynov", kind: "delegate" },
      ]),
    );
    expect(candidates.some((c) => c.userId === stranger.userId)).toBe(false);
    const before = await recordsSnapshot();

    expect(await assignRapporteur(organizer, ids.eventId, itemId, stranger.userId)).toEqual({ ok: false, reason: "notACandidate", field: "rapporteur" });
    const nobody = await createOrganizerUser(db(), "nobody");
    expect(await assignRapporteur(organizer, ids.eventId, itemId, nobody.userId)).toEqual({ ok: false, reason: "notACandidate", field: "rapporteur" });
    expect(await assignRapporteur(organizer, ids.eventId, itemId, randomUUID())).toEqual({ ok: false, reason: "notACandidate", field: "rapporteur" });
    // Only the event's own organizers assign.
    expect(await assignRapporteur(stranger, ids.eventId, itemId, stranger.userId)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await assignRapporteur(stranger, ids.eventId, itemId, null)).toEqual({ ok: false, reason: "errors.notFound" });

    expect(await recordsSnapshot()).toEqual(before);
    expect((await mustRecordOf(itemId)).rapporteurUserId).toBe(rapporteur.userId);
  });

  it("lists the Expectations session in the demo delegate's records, and the records overview for the organizer", async () => {
    const mine = await listMyRecords(rapporteur);
    const expectations = mine.find((r) => r.itemId === expectationsItemId);
    expect(expectations).toMatchObject({ title: EXPECTATIONS_SESSION_TITLE, status: "draft", version: 0, eventTitle: "Bilateral round table in Tsaghkadzor" });
    expect(mine.some((r) => r.itemId === cooperationItemId)).toBe(false);
    expect(await listMyRecords(otherDelegate)).toEqual([]);

    const overview = await listRecordsForOrganizer(organizer, ids.eventId);
    const cooperation = overview?.items.find((i) => i.itemId === cooperationItemId);
    expect(cooperation).toMatchObject({ written: true, recommendations: 3, rapporteurUserId: organizer.userId, status: "draft" });
    expect(overview?.items.find((i) => i.itemId === expectationsItemId)).toMatchObject({
      written: false,
      rapporteurUserId: rapporteur.userId,
      rapporteurName: "Nigar Rzayeva",
    });
    expect(await listRecordsForOrganizer(stranger, ids.eventId)).toBeNull();
  });

  it("starts the demo cooperation record at revision 1 with its three recommendations", async () => {
    const editor = await getRecordEditor(organizer, cooperationItemId);
    expect(editor?.scope).toMatchObject({ canManage: true, isRapporteur: true, status: "draft" });
    expect(editor?.draft.recommendations).toHaveLength(3);
    expect(editor?.draft.recommendations.map((r) => r.theme)).toEqual(["trust_building", "public_diplomacy", "rapprochement"]);
    const history = await listRevisions(organizer, cooperationItemId);
    expect(history?.revisions[history.revisions.length - 1]).toMatchObject({ revision: 1 });
  });
});

// ── 11. The recommendations board ─────────────────────────────────────────────────────────────

describe("recommendations board", () => {
  it("marks a recommendation adopted only within the organizer's event", async () => {
    const itemId = await newItem();
    expect(await save(organizer, itemId, 0, draft({ recommendations: [rec(unique("Adopt me"), "security")] }))).toMatchObject({ kind: "saved" });
    const [row] = await recommendationsOf((await mustRecordOf(itemId)).id);
    const recommendationId = row!.id;
    const audits = await db().$count(auditLog);

    // Another event's organizer: not with their own event's id, not with this event's id.
    expect(await setRecommendationAdopted(stranger, strangerEventId, recommendationId, true)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await setRecommendationAdopted(stranger, ids.eventId, recommendationId, true)).toEqual({ ok: false, reason: "errors.notFound" });
    // The demo organizer, naming the wrong event of their own initiative.
    const [followUp] = await db()
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.initiativeId, ids.initiativeId), eq(events.slug, "peace-bridge-gabala-2027")));
    expect(await setRecommendationAdopted(organizer, followUp!.id, recommendationId, true)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await setRecommendationAdopted(organizer, ids.eventId, "not-a-uuid", true)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await adoptedOf(recommendationId)).toEqual({ adopted: false, adoptedAt: null, adoptedBy: null });
    expect(await db().$count(auditLog)).toBe(audits);
    expect(await listRecommendationsForOrganizer(stranger, ids.eventId)).toBeNull();

    expect(await setRecommendationAdopted(organizer, ids.eventId, recommendationId, true)).toEqual({ ok: true, value: undefined });
    const adopted = await adoptedOf(recommendationId);
    expect(adopted).toMatchObject({ adopted: true, adoptedBy: organizer.userId });
    expect(adopted?.adoptedAt).toBeInstanceOf(Date);
    expect(await db().$count(auditLog, and(eq(auditLog.action, "recommendation.adopt"), eq(auditLog.entityId, recommendationId)))).toBe(1);

    expect(await setRecommendationAdopted(organizer, ids.eventId, recommendationId, false)).toEqual({ ok: true, value: undefined });
    expect(await adoptedOf(recommendationId)).toEqual({ adopted: false, adoptedAt: null, adoptedBy: null });
  });

  it("stores a custom theme in one spelling (inner whitespace as single spaces), so the board has one theme", async () => {
    const [word, suffix] = ["Youth", unique("exchange")];
    const itemId = await newItem();
    expect(
      await save(
        organizer,
        itemId,
        0,
        draft({
          recommendations: [
            rec(unique("Spaced"), `${word}  ${suffix}`),
            rec(unique("Broken"), `${word}\n${suffix}`),
            rec(unique("Plain"), `${word} ${suffix}`),
          ],
        }),
      ),
    ).toMatchObject({ kind: "saved" });
    const rows = await recommendationsOf((await mustRecordOf(itemId)).id);
    expect(rows.map((r) => r.theme)).toEqual([`${word} ${suffix}`, `${word} ${suffix}`, `${word} ${suffix}`]);
  });

  it("filters the board by theme, by session and by adoption", async () => {
    const theme = unique("Custom theme");
    const first = await newItem();
    const second = await newItem();
    const texts = { a: unique("Rec A"), b: unique("Rec B"), c: unique("Rec C") };
    expect(await save(organizer, first, 0, draft({ recommendations: [rec(texts.a, theme), rec(texts.b, "borders")] }))).toMatchObject({ kind: "saved" });
    expect(await save(organizer, second, 0, draft({ recommendations: [rec(texts.c, theme)] }))).toMatchObject({ kind: "saved" });

    const all = await listRecommendationsForOrganizer(organizer, ids.eventId);
    expect(all?.themes).toContain(theme);
    expect(all?.sessions.map((s) => s.id)).toEqual(expect.arrayContaining([first, second, cooperationItemId]));
    expect(all?.total).toBe(await db().$count(recommendations, eq(recommendations.eventId, ids.eventId)));

    const byTheme = await listRecommendationsForOrganizer(organizer, ids.eventId, { theme });
    expect(byTheme?.recommendations.map((r) => r.text).sort()).toEqual([texts.a, texts.c].sort());

    const bySession = await listRecommendationsForOrganizer(organizer, ids.eventId, { itemId: first });
    expect(bySession?.recommendations.map((r) => r.text)).toEqual([texts.a, texts.b]);
    expect(bySession?.recommendations.every((r) => r.itemId === first)).toBe(true);

    const both = await listRecommendationsForOrganizer(organizer, ids.eventId, { theme, itemId: second });
    expect(both?.recommendations.map((r) => r.text)).toEqual([texts.c]);

    const cooperation = await listRecommendationsForOrganizer(organizer, ids.eventId, { itemId: cooperationItemId });
    expect(cooperation?.recommendations).toHaveLength(3);

    const target = bySession!.recommendations.find((r) => r.text === texts.b)!;
    expect(await setRecommendationAdopted(organizer, ids.eventId, target.id, true)).toMatchObject({ ok: true });
    const adopted = await listRecommendationsForOrganizer(organizer, ids.eventId, { adopted: "yes", itemId: first });
    expect(adopted?.recommendations.map((r) => r.text)).toEqual([texts.b]);
    const notAdopted = await listRecommendationsForOrganizer(organizer, ids.eventId, { adopted: "no", itemId: first });
    expect(notAdopted?.recommendations.map((r) => r.text)).toEqual([texts.a]);
  });
});
