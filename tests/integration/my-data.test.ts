// Issue #5, point 5: a delegate downloads everything held about them (and nothing about anyone
// else), asks for deletion, and an organizer of one of their events confirms (the person keeps
// only a pseudonym, records keep it) or declines (with a note). Only the request context is mocked
// (session, cache revalidation, next-intl's request-bound lookups); database and catalogs are real.
import { and, eq, inArray } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  agendaItemPeople,
  agendaItems,
  auditLog,
  calendarFeeds,
  crossingPeople,
  crossingPoints,
  crossings,
  delegationMembers,
  deletionRequests,
  invitations,
  mailOutbox,
  outcomeSignOffs,
  outcomeStatements,
  outcomes,
  people,
  recordAttendance,
  records,
  signInLinks,
  travelDocuments,
  users,
} from "@/db/schema";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { audit } from "@/lib/audit/log";
import { findUserForSignIn } from "@/lib/auth/users";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { listDelegationsForOrganizer } from "@/lib/delegations/queries";
import { idle } from "@/lib/forms/action-state";
import { createInitiative } from "@/lib/initiatives/queries";
import {
  confirmDeletionRequest,
  declineDeletionRequest,
  getDeletionRequestForMember,
  getMyDeletionRequest,
  listDeletionRequestsForOrganizer,
  requestDeletion,
  withdrawDeletionRequest,
} from "@/lib/privacy/deletion";
import { exportMyData } from "@/lib/privacy/export";
import { pseudonymFor } from "@/lib/privacy/rules";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { form, rejectionOf } from "@/tests/helpers/action-calls";
import { createOrganizerUser, delegateViewer, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { GET } from "@/app/[locale]/(delegate)/my-details/export/route";
import { requestDeletionAction, withdrawDeletionAction } from "@/app/[locale]/(delegate)/my-details/data-actions";
import { confirmDeletionAction, declineDeletionAction } from "@/app/[locale]/(organize)/organize/deletion-requests/actions";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({
  getLocale: vi.fn(async () => "en"),
  getTranslations: vi.fn(async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: await loadMessages(locale), namespace }),
  ),
}));

const { db } = setupTestDatabase();

type Subject = {
  tag: string;
  name: string;
  email: string;
  phone: string;
  diet: string;
  access: string;
  document: string;
  personId: string;
  memberId: string;
  userId: string;
  viewer: DelegateViewer;
};

const PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$SENTINELSALT$SENTINELPASSWORDHASH";

let ids: DemoIds;
let organizer: OrganizerViewer;
let itemId: string;
let recordId: string;
let crossingId: string;
/** Sentinels one per subject: the token hashes stored for them. */
const tokenHashes = new Map<string, string[]>();

/** A delegate of the demo event with every kind of personal data, each value unique. */
async function makeSubject(label: string): Promise<Subject> {
  const tag = unique(label).replace(/-/g, "");
  const s = {
    tag,
    name: `Name${tag}`,
    email: `${tag.toLowerCase()}@example.org`,
    phone: `+994 50 ${Math.floor(1000000 + Math.random() * 8999999)}`,
    diet: `Diet${tag}`,
    access: `Access${tag}`,
    document: `DOC${tag.toUpperCase()}`,
  };
  const [person] = await db()
    .insert(people)
    .values({
      initiativeId: ids.initiativeId,
      nameLatin: s.name,
      nameNative: `Native${tag}`,
      organization: `Org${tag}`,
      position: `Pos${tag}`,
      sector: "media",
      email: s.email,
      phone: s.phone,
    })
    .returning({ id: people.id });
  const personId = person!.id;
  const [member] = await db()
    .insert(delegationMembers)
    .values({
      delegationId: ids.delegations.Azerbaijan,
      eventId: ids.eventId,
      personId,
      status: "registered",
      consent: "public",
      dietaryNeeds: s.diet,
      accessibilityNeeds: s.access,
      registeredAt: new Date(),
    })
    .returning({ id: delegationMembers.id });
  const memberId = member!.id;
  await db().insert(travelDocuments).values({
    memberId,
    eventId: ids.eventId,
    documentType: "passport",
    documentNumber: s.document,
    issuingCountry: "Azerbaijan",
    nationality: "Azerbaijani",
    dateOfBirth: "1985-04-02",
  });
  const [user] = await db().insert(users).values({ email: s.email, name: s.name, role: "delegate", passwordHash: PASSWORD_HASH }).returning({ id: users.id });
  const userId = user!.id;
  await db().update(people).set({ userId }).where(eq(people.id, personId));
  const hashes = [`INV${tag}`.padEnd(64, "a"), `CAL${tag}`.padEnd(64, "b"), `SIL${tag}`.padEnd(64, "c")];
  tokenHashes.set(tag, hashes);
  await db()
    .insert(invitations)
    .values({
      memberId,
      eventId: ids.eventId,
      tokenHash: hashes[0]!,
      tokenHint: "abcd1234",
      expiresAt: new Date(Date.now() + 86_400_000),
      usedAt: new Date(),
      sendCount: 1,
      lastSentAt: new Date(),
    });
  await db().insert(calendarFeeds).values({ userId, tokenHash: hashes[1]!, tokenHint: "feed1234", fetchCount: 3, lastFetchedAt: new Date() });
  await db()
    .insert(signInLinks)
    .values({ userId, tokenHash: hashes[2]!, expiresAt: new Date(Date.now() + 900_000) });
  await db()
    .insert(mailOutbox)
    .values({
      eventId: ids.eventId,
      kind: "invitation",
      toAddress: s.email,
      subject: `Invitation ${tag}`,
      body: `Dear ${s.name}, https://x.test/en/invitation/SECRETLINK${tag}`,
      status: "logged",
    });
  return { ...s, personId, memberId, userId, viewer: await delegateViewer(db(), userId) };
}

/** A subject on the shared agenda item, crossing and record (with others on each). */
async function involve(s: Subject, role: "speaker" | "moderator") {
  await db().insert(agendaItemPeople).values({ agendaItemId: itemId, personId: s.personId, role });
  await db().insert(crossingPeople).values({ crossingId, personId: s.personId });
  await db().insert(recordAttendance).values({ recordId, personId: s.personId });
  await audit(db(), {
    actorUserId: organizer.userId,
    eventId: ids.eventId,
    action: "agenda_item.person_add",
    entityType: "agenda_item",
    entityId: itemId,
    details: { personId: s.personId, role },
  });
}

let me: Subject;
let others: Subject[];
let asker: Subject;
let leaver: Subject;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  const starts = zonedLocalToInstant("2026-02-13", "16:00", "Asia/Yerevan")!;
  const [item] = await db()
    .insert(agendaItems)
    .values({
      eventId: ids.eventId,
      kind: "working_group",
      title: unique("Joint media projects"),
      startsAt: starts,
      endsAt: new Date(starts.getTime() + 5400_000),
      visibility: "delegates",
    })
    .returning({ id: agendaItems.id });
  itemId = item!.id;
  const [point] = await db()
    .insert(crossingPoints)
    .values({ initiativeId: ids.initiativeId, name: unique("Test crossing point") })
    .returning({ id: crossingPoints.id });
  const [crossing] = await db()
    .insert(crossings)
    .values({
      eventId: ids.eventId,
      delegationId: ids.delegations.Azerbaijan,
      crossingPointId: point!.id,
      direction: "entry",
      plannedAt: new Date("2026-02-13T06:00:00Z"),
      notes: "Notes with names",
    })
    .returning({ id: crossings.id });
  crossingId = crossing!.id;

  me = await makeSubject("Me");
  others = [await makeSubject("OtherA"), await makeSubject("OtherB")];
  asker = await makeSubject("Asker");
  leaver = await makeSubject("Leaver");

  const [record] = await db()
    .insert(records)
    .values({ agendaItemId: itemId, rapporteurUserId: leaver.userId, summary: `Summary naming ${others[0]!.name}`, keyPoints: "", status: "final" })
    .returning({ id: records.id });
  recordId = record!.id;
  await involve(me, "speaker");
  await involve(others[0]!, "speaker");
  await involve(others[1]!, "moderator");
  await involve(leaver, "moderator");

  // A sign-off by "me"; and an organizer's status change whose free-text reason names someone else.
  const [statement] = await db()
    .select({ id: outcomeStatements.id })
    .from(outcomeStatements)
    .innerJoin(outcomes, eq(outcomes.id, outcomeStatements.outcomeId))
    .where(eq(outcomes.eventId, ids.eventId))
    .limit(1);
  await db()
    .insert(outcomeSignOffs)
    .values({ statementId: statement!.id, partyId: ids.parties.Azerbaijan, signedBy: me.userId, textHash: "f".repeat(64) });
  await audit(db(), {
    actorUserId: organizer.userId,
    eventId: ids.eventId,
    action: "delegation_member.status",
    entityType: "delegation_member",
    entityId: me.memberId,
    details: { from: "registered", to: "confirmed", reason: `Instead of ${others[0]!.name}` },
  });
  // Something about another person that must not ride along.
  await audit(db(), {
    actorUserId: organizer.userId,
    eventId: ids.eventId,
    action: "delegation_member.role",
    entityType: "delegation_member",
    entityId: others[1]!.memberId,
    details: { from: "member", to: "expert" },
  });
});

function signInAs(userId: string | null) {
  session.current = userId ? { user: { id: userId } } : null;
}

function exportRequest(userId: string | null, locale = "en") {
  signInAs(userId);
  return GET(new Request(`http://localhost/${locale}/my-details/export`), { params: Promise.resolve({ locale }) });
}

async function auditActions(entityId: string) {
  return db()
    .select({ action: auditLog.action, actorUserId: auditLog.actorUserId, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.entityId, entityId));
}

describe("export: everything about me", () => {
  it("holds my profile, account, memberships, needs, full travel document, invitations, agenda roles, crossing, record, sign-off, feed and messages", async () => {
    const data = (await exportMyData(me.viewer))!;
    // Version 2: one person record per initiative that holds them (`people`, each with its initiative).
    expect(data.schemaVersion).toBe(2);
    expect(new Date(data.exportedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(data.people).toEqual([
      expect.objectContaining({
        id: me.personId,
        initiative: "Peace Bridge",
        nameLatin: me.name,
        email: me.email,
        phone: me.phone,
        organization: `Org${me.tag}`,
        sector: "media",
      }),
    ]);
    expect(data.account).toMatchObject({ email: me.email, role: "delegate" });
    expect(data.memberships).toEqual([
      expect.objectContaining({
        id: me.memberId,
        party: "Azerbaijan",
        status: "registered",
        consent: "public",
        dietaryNeeds: me.diet,
        accessibilityNeeds: me.access,
      }),
    ]);
    expect(data.memberships[0]!.event).toMatchObject({ firstDay: "2026-02-13", lastDay: "2026-02-14" });
    expect(data.travelDocuments).toEqual([expect.objectContaining({ documentNumber: me.document, issuingCountry: "Azerbaijan", dateOfBirth: "1985-04-02" })]);
    expect(data.invitations).toEqual([expect.objectContaining({ state: "used", sendCount: 1 })]);
    expect(data.agendaItems).toEqual([expect.objectContaining({ role: "speaker", kind: "working_group", removedFromAgenda: false })]);
    expect(data.crossings).toEqual([expect.objectContaining({ direction: "entry", plannedAt: "2026-02-13T06:00:00.000Z", actualAt: null })]);
    expect(data.records).toEqual([expect.objectContaining({ as: "attendee", status: "final" })]);
    expect(data.signOffs).toEqual([expect.objectContaining({ party: "Azerbaijan" })]);
    expect(data.calendarFeeds).toEqual([expect.objectContaining({ active: true, fetchCount: 3 })]);
    expect(data.signInLinks).toHaveLength(1);
    expect(data.messagesSentToYou).toEqual([expect.objectContaining({ kind: "invitation", subject: `Invitation ${me.tag}` })]);
    expect(data.deletionRequests).toEqual([]);
    // The audit trail about me: the organizer's status change (without the free-text reason) and my agenda role.
    const status = data.auditLog.find((e) => e.action === "delegation_member.status")!;
    expect(status).toMatchObject({ byYou: false, entityId: me.memberId, details: { from: "registered", to: "confirmed" } });
    expect(data.auditLog.find((e) => e.action === "agenda_item.person_add")).toMatchObject({ entityId: null, details: { role: "speaker" } });
    expect(data.auditLog.some((e) => e.action === "delegation_member.role")).toBe(false);
  });

  it("holds nothing about anyone else on the same item, crossing or record, and no secret", async () => {
    const text = JSON.stringify(await exportMyData(me.viewer));
    for (const other of [...others, leaver]) {
      for (const value of [
        other.name,
        other.email,
        other.phone,
        other.diet,
        other.access,
        other.document,
        other.personId,
        other.memberId,
        other.userId,
        `Native${other.tag}`,
        `Org${other.tag}`,
      ]) {
        expect(text, `${other.tag}: ${value}`).not.toContain(value);
      }
    }
    expect(text).not.toContain(organizer.email);
    expect(text).not.toContain(organizer.userId);
    expect(text).not.toContain("SENTINEL");
    expect(text).not.toContain(`SECRETLINK${me.tag}`);
    for (const hash of tokenHashes.get(me.tag)!) expect(text).not.toContain(hash);
    expect(text).not.toMatch(/hash|token|password/i);
    expect(text).not.toContain("Notes with names");
  });

  it("is audited", async () => {
    // The export is now of the account (all its person records): the entry is about the user.
    const before = (await auditActions(me.userId)).filter((a) => a.action === "my_data.export").length;
    await exportMyData(me.viewer);
    const after = (await auditActions(me.userId)).filter((a) => a.action === "my_data.export");
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ actorUserId: me.userId, details: { people: 1 } });
  });
});

describe("export: the download route", () => {
  it("gives the delegate a JSON attachment, never cached", async () => {
    const response = await exportRequest(me.userId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="roundtable-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = (await response.json()) as { people: { email: string }[]; travelDocuments: { documentNumber: string }[] };
    expect(body.people.map((p) => p.email)).toEqual([me.email]);
    expect(body.travelDocuments[0]!.documentNumber).toBe(me.document);
  });

  it("refuses the anonymous (401) and organizers (404), and writes no audit entry for them", async () => {
    const before = await db().$count(auditLog);
    const anonymous = await exportRequest(null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toBe("Sign in to download your data.");
    const asOrganizer = await exportRequest(organizer.userId);
    expect(asOrganizer.status).toBe(404);
    expect(asOrganizer.headers.get("content-type")).toMatch(/^text\/plain/);
    expect((await exportRequest(me.userId, "xx")).status).toBe(404);
    expect(await db().$count(auditLog)).toBe(before);
  });
});

describe("deletion request: the delegate", () => {
  it("asking twice while pending is one request; withdrawing removes it; asking again works", async () => {
    expect(await requestDeletion(asker.viewer, "Moving on")).toEqual({ ok: true, value: { created: true } });
    expect(await requestDeletion(asker.viewer, "Asked again")).toEqual({ ok: true, value: { created: false } });
    const rows = await db()
      .select({ status: deletionRequests.status, reason: deletionRequests.reason })
      .from(deletionRequests)
      .where(eq(deletionRequests.personId, asker.personId));
    expect(rows).toEqual([{ status: "pending", reason: "Moving on" }]);
    expect(await getMyDeletionRequest(asker.viewer)).toMatchObject({ status: "pending", reason: "Moving on" });

    expect(await withdrawDeletionRequest(asker.viewer)).toEqual({ ok: true, value: undefined });
    expect(await withdrawDeletionRequest(asker.viewer)).toEqual({ ok: false, reason: "myData.nothingToWithdraw" });
    expect(await getMyDeletionRequest(asker.viewer)).toBeNull();
    expect((await auditActions(asker.personId)).map((a) => a.action).sort()).toEqual(["deletion_request.create", "deletion_request.withdraw"]);

    // Through the actions, as the signed-in delegate: the second ask says it is already pending.
    signInAs(asker.userId);
    expect(await requestDeletionAction(idle, form({ reason: "" }))).toEqual({ status: "ok", message: "myData.requested" });
    expect(await requestDeletionAction(idle, form({ reason: "again" }))).toEqual({ status: "ok", message: "myData.alreadyPending" });
    expect(await requestDeletionAction(idle, form({ reason: "x".repeat(1001) }))).toMatchObject({ status: "error", fieldErrors: { reason: ["tooLong"] } });
    expect(await db().$count(deletionRequests, eq(deletionRequests.personId, asker.personId))).toBe(1);
    expect(await withdrawDeletionAction(idle, form({}))).toEqual({ status: "ok", message: "myData.withdrawn" });
    expect(await db().$count(deletionRequests, eq(deletionRequests.personId, asker.personId))).toBe(0);
  });

  it("only delegates ask; the anonymous go to sign-in", async () => {
    signInAs(organizer.userId);
    expect(await rejectionOf(() => requestDeletionAction(idle, form({ reason: "" })))).toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    signInAs(null);
    expect(await rejectionOf(() => requestDeletionAction(idle, form({ reason: "" })))).toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/en\/sign-in;/),
    });
  });
});

describe("deletion request: who decides", () => {
  let requestId: string;
  let stranger: OrganizerViewer;

  beforeAll(async () => {
    expect((await requestDeletion(asker.viewer, "Please")).ok).toBe(true);
    requestId = (await getMyDeletionRequest(asker.viewer))!.id;
    stranger = await createOrganizerUser(db(), "stranger");
    const own = await createInitiative(stranger, { name: unique("Another track"), description: "", parties: ["North", "South"] });
    expect(own.ok).toBe(true);
  });

  it("the organizer of the person's event sees it, listed and on the person's page", async () => {
    const { pending } = await listDeletionRequestsForOrganizer(organizer);
    expect(pending.find((r) => r.id === requestId)).toMatchObject({
      name: asker.name,
      reason: "Please",
      memberships: [{ memberId: asker.memberId, eventId: ids.eventId }],
    });
    expect(await getDeletionRequestForMember(organizer, ids.eventId, asker.memberId)).toMatchObject({ id: requestId, status: "pending" });
    expect(await getDeletionRequestForMember(organizer, ids.eventId, me.memberId)).toBeNull();
  });

  it("an organizer of another initiative neither sees nor decides it", async () => {
    expect(await listDeletionRequestsForOrganizer(stranger)).toEqual({ pending: [], decided: [] });
    expect(await getDeletionRequestForMember(stranger, ids.eventId, asker.memberId)).toBeNull();
    expect(await confirmDeletionRequest(stranger, requestId)).toEqual({ ok: false, reason: "deletionRequests.notPending" });
    expect(await declineDeletionRequest(stranger, requestId, "No")).toEqual({ ok: false, reason: "deletionRequests.notPending" });
    signInAs(stranger.userId);
    expect(await confirmDeletionAction(requestId, idle, form({ understood: "on" }))).toMatchObject({ status: "error", message: "deletionRequests.notPending" });
    const [row] = await db().select({ status: deletionRequests.status }).from(deletionRequests).where(eq(deletionRequests.id, requestId));
    expect(row!.status).toBe("pending");
    const [person] = await db().select({ name: people.nameLatin }).from(people).where(eq(people.id, asker.personId));
    expect(person!.name).toBe(asker.name);
  });

  it("a delegate cannot decide, not even their own", async () => {
    signInAs(asker.userId);
    expect(await rejectionOf(() => confirmDeletionAction(requestId, idle, form({ understood: "on" })))).toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
    expect(await rejectionOf(() => declineDeletionAction(requestId, idle, form({ note: "no" })))).toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    signInAs(null);
    expect(await rejectionOf(() => confirmDeletionAction(requestId, idle, form({ understood: "on" })))).toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/en\/sign-in;/),
    });
    const [row] = await db().select({ status: deletionRequests.status }).from(deletionRequests).where(eq(deletionRequests.id, requestId));
    expect(row!.status).toBe("pending");
  });

  it("declining needs a note, keeps everything, and the person reads the note and may ask again", async () => {
    signInAs(organizer.userId);
    expect(await declineDeletionAction(requestId, idle, form({ note: "  " }))).toMatchObject({
      status: "error",
      fieldErrors: { note: ["declineNoteRequired"] },
    });
    expect(await confirmDeletionAction(requestId, idle, form({}))).toMatchObject({
      status: "error",
      fieldErrors: { understood: ["confirmDeletionUnderstood"] },
    });
    expect(await declineDeletionAction(requestId, idle, form({ note: "The final report is still being verified." }))).toEqual({
      status: "ok",
      message: "deletionRequests.declinedSaved",
    });

    const [row] = await db().select().from(deletionRequests).where(eq(deletionRequests.id, requestId));
    expect(row).toMatchObject({ status: "declined", decisionNote: "The final report is still being verified.", decidedByUserId: organizer.userId });
    expect(row!.decidedAt).toBeInstanceOf(Date);
    const [person] = await db().select({ name: people.nameLatin, email: people.email, phone: people.phone }).from(people).where(eq(people.id, asker.personId));
    expect(person).toEqual({ name: asker.name, email: asker.email, phone: asker.phone });
    expect(await findUserForSignIn(asker.email)).toMatchObject({ id: asker.userId });
    expect(await db().$count(travelDocuments, eq(travelDocuments.memberId, asker.memberId))).toBe(1);
    expect(await getMyDeletionRequest(asker.viewer)).toMatchObject({ status: "declined", decisionNote: "The final report is still being verified." });
    const decline = (await auditActions(asker.personId)).find((a) => a.action === "deletion_request.decline")!;
    expect(decline).toMatchObject({ actorUserId: organizer.userId, details: { requestId } });
    // Deciding twice is refused.
    expect(await confirmDeletionRequest(organizer, requestId)).toEqual({ ok: false, reason: "deletionRequests.notPending" });
    expect(await requestDeletion(asker.viewer, "")).toEqual({ ok: true, value: { created: true } });
    expect(await withdrawDeletionRequest(asker.viewer)).toMatchObject({ ok: true });
  });
});

describe("deletion request: confirmed", () => {
  let pseudonym: string;

  beforeAll(async () => {
    expect((await requestDeletion(leaver.viewer, "I was threatened at home")).ok).toBe(true);
    const requestId = (await getMyDeletionRequest(leaver.viewer))!.id;
    signInAs(organizer.userId);
    expect(await confirmDeletionAction(requestId, idle, form({ understood: "on" }))).toEqual({ status: "ok", message: "deletionRequests.confirmed" });
    pseudonym = pseudonymFor(leaver.personId);
  });

  it("pseudonymizes the person: name replaced, contact gone, sector kept", async () => {
    expect(pseudonym).toMatch(/^Former participant [0-9A-F]{8}$/);
    const [person] = await db().select().from(people).where(eq(people.id, leaver.personId));
    expect(person).toMatchObject({ nameLatin: pseudonym, nameNative: "", organization: "", position: "", phone: "", email: null, sector: "media" });
  });

  it("clears needs and consent on every membership but keeps the membership", async () => {
    const members = await db().select().from(delegationMembers).where(eq(delegationMembers.personId, leaver.personId));
    expect(members).toHaveLength(1);
    expect(members[0]).toMatchObject({ id: leaver.memberId, status: "registered", dietaryNeeds: "", accessibilityNeeds: "", consent: "none" });
  });

  it("deletes travel documents, invitations, calendar feeds, sign-in links, messages and the account: no more sign-in", async () => {
    expect(await db().$count(travelDocuments, eq(travelDocuments.memberId, leaver.memberId))).toBe(0);
    expect(await db().$count(invitations, eq(invitations.memberId, leaver.memberId))).toBe(0);
    expect(await db().$count(calendarFeeds, eq(calendarFeeds.userId, leaver.userId))).toBe(0);
    expect(await db().$count(signInLinks, eq(signInLinks.userId, leaver.userId))).toBe(0);
    expect(await db().$count(users, eq(users.id, leaver.userId))).toBe(0);
    expect(await db().$count(mailOutbox, eq(mailOutbox.toAddress, leaver.email))).toBe(0);
    expect(await findUserForSignIn(leaver.email)).toBeUndefined();
  });

  it("keeps agenda roles, crossing, record and attendance, attributed to the pseudonym", async () => {
    expect(await db().select({ role: agendaItemPeople.role }).from(agendaItemPeople).where(eq(agendaItemPeople.personId, leaver.personId))).toEqual([
      { role: "moderator" },
    ]);
    expect(await db().$count(crossingPeople, eq(crossingPeople.personId, leaver.personId))).toBe(1);
    expect(await db().$count(recordAttendance, eq(recordAttendance.personId, leaver.personId))).toBe(1);
    const [record] = await db().select({ id: records.id, rapporteur: records.rapporteurUserId }).from(records).where(eq(records.id, recordId));
    expect(record).toEqual({ id: recordId, rapporteur: null });
    const roster = await listDelegationsForOrganizer(organizer, ids.eventId);
    const text = JSON.stringify(roster);
    expect(text).toContain(pseudonym);
    expect(text).not.toContain(leaver.name);
  });

  it("touches nobody else", async () => {
    const rest = await db()
      .select({ name: people.nameLatin, phone: people.phone })
      .from(people)
      .where(inArray(people.id, [me.personId, ...others.map((o) => o.personId)]));
    expect(rest.map((r) => r.name).sort()).toEqual([me.name, ...others.map((o) => o.name)].sort());
    expect(await db().$count(users, inArray(users.id, [me.userId, ...others.map((o) => o.userId)]))).toBe(3);
    expect(await db().$count(travelDocuments, inArray(travelDocuments.memberId, [me.memberId, ...others.map((o) => o.memberId)]))).toBe(3);
  });

  it("marks the request done, drops its reason, and audits without personal data", async () => {
    const [row] = await db().select().from(deletionRequests).where(eq(deletionRequests.personId, leaver.personId));
    expect(row).toMatchObject({ status: "done", reason: "", decidedByUserId: organizer.userId });
    const entries = await auditActions(leaver.personId);
    const confirm = entries.find((a) => a.action === "deletion_request.confirm")!;
    expect(confirm).toMatchObject({ actorUserId: organizer.userId, details: { requestId: row!.id, memberships: 1, account: true } });
    // The delegate's own entries lost their actor with the account.
    expect(entries.find((a) => a.action === "deletion_request.create")!.actorUserId).toBeNull();
    const text = JSON.stringify(entries);
    for (const value of [leaver.name, leaver.email, leaver.phone, "threatened"]) expect(text).not.toContain(value);
    // The organizer's page shows the decision; the list moves it to the decided ones.
    expect(await getDeletionRequestForMember(organizer, ids.eventId, leaver.memberId)).toMatchObject({ status: "done", decidedByEmail: organizer.email });
    const { pending, decided } = await listDeletionRequestsForOrganizer(organizer);
    expect(pending.some((r) => r.id === row!.id)).toBe(false);
    expect(decided.find((r) => r.id === row!.id)).toMatchObject({ name: pseudonym, status: "done" });
  });

  it("the old session is no longer anyone: the export route answers 401", async () => {
    expect((await exportRequest(leaver.userId)).status).toBe(401);
    // And the pseudonymized person's session cannot ask again.
    signInAs(leaver.userId);
    expect(await rejectionOf(() => requestDeletionAction(idle, form({ reason: "" })))).toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
    expect(await db().$count(deletionRequests, and(eq(deletionRequests.personId, leaver.personId), eq(deletionRequests.status, "pending")))).toBe(0);
  });
});
