// Every initiative is a sealed room. A second organizer, running an initiative of their own on
// the same server, adds to their own event the email of a delegate of the demo initiative and
// then tries every way issue 18 found to reach her: planting a password, reading a sign-in link
// in their outbox, reading or rewriting her contact details, erasing her, learning from an
// answer that she exists elsewhere, and using the demo's crossing points. Each is refused, and
// nothing of the demo initiative changes.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { crossingPoints, deletionRequests, delegationMembers, mailOutbox, parties, people, users } from "@/db/schema";
import { DEMO_DELEGATE } from "@/db/seed/demo";
import { consumeSignInLink, requestSignInLink } from "@/lib/auth/sign-in-links";
import { getUserForViewer } from "@/lib/auth/users";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { createCrossing, createCrossingPoint, listCrossingPoints } from "@/lib/crossings/queries";
import { getMemberForOrganizer } from "@/lib/delegations/member";
import { updateMemberDetails } from "@/lib/delegations/membership";
import { addPersonToDelegation, listDelegationsForOrganizer } from "@/lib/delegations/queries";
import { personInput, type PersonInput } from "@/lib/delegations/schema";
import { createEvent } from "@/lib/events/queries";
import { importInvitations } from "@/lib/invitations/import";
import { listOutbox } from "@/lib/invitations/queries";
import { registerFromInvitation } from "@/lib/invitations/registration";
import { createInitiative } from "@/lib/initiatives/queries";
import { confirmDeletionRequest, listDeletionRequestsForOrganizer, requestDeletion } from "@/lib/privacy/deletion";
import { exportMyData } from "@/lib/privacy/export";
import { getPersonalSchedule } from "@/lib/schedule/personal";
import { createDelegateAccount, createOrganizerUser, delegateViewer, memberByEmail, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { latestMailedToken } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
const ctx = { locale: "en" as const, origin: "https://roundtable.example" };
const TOKEN = /[A-Za-z0-9_-]{43}/;

let ids: DemoIds;
let demoOrganizer: OrganizerViewer;
let intruder: OrganizerViewer;
let intruderEventId: string;
let intruderParty: string;

/** A person of the demo initiative, as the demo initiative holds them. */
async function demoRecord(email: string) {
  const [row] = await db()
    .select({
      id: people.id,
      phone: people.phone,
      organization: people.organization,
      nameLatin: people.nameLatin,
      userId: people.userId,
      version: people.version,
    })
    .from(people)
    .where(and(eq(people.initiativeId, ids.initiativeId), eq(sql`lower(${people.email})`, email.toLowerCase())));
  return row!;
}

function intruderPerson(email: string, overrides: Partial<PersonInput> = {}): PersonInput {
  return personInput.parse({
    partyId: intruderParty,
    nameLatin: "Typed By The Other Initiative",
    sector: "other",
    email,
    phone: "+1 555 0100",
    organization: "Other initiative's guess",
    consent: "none",
    status: "invited",
    ...overrides,
  });
}

beforeAll(async () => {
  process.env.AUTH_SECRET ||= "test-secret-for-keyed-hashes";
  ({ ids, organizer: demoOrganizer } = await seedDemoContext(db()));
  intruder = await createOrganizerUser(db(), "intruder");
  const initiative = await createInitiative(intruder, { name: unique("Other track"), description: "", parties: ["North", "South"] });
  if (!initiative.ok) throw new Error(initiative.reason);
  const [north] = await db()
    .select({ id: parties.id })
    .from(parties)
    .where(and(eq(parties.initiativeId, initiative.value.id), eq(parties.name, "North")));
  intruderParty = north!.id;
  const event = await createEvent(intruder, {
    initiativeId: initiative.value.id,
    title: unique("Other round table"),
    format: "Round table",
    hostPartyId: intruderParty,
    venueName: "Hall",
    city: "Elsewhere",
    country: "Nowhere",
    timeZone: "Europe/Berlin",
    firstDay: "2026-09-01",
    lastDay: "2026-09-02",
    languages: ["en"],
    status: "announced",
  });
  if (!event.ok) throw new Error(event.reason);
  intruderEventId = event.value.id;
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describe("1. planting a password on another initiative's delegate", () => {
  it("adding her email with a password creates no account and attaches nothing", async () => {
    const email = "tural.babayev@example.org"; // a demo delegate without an account
    const before = await demoRecord(email);
    expect(before.userId).toBeNull();
    // A password smuggled into the input (the form no longer has one) is ignored.
    const input = { ...intruderPerson(email, { status: "confirmed" }), password: "planted-password-123" } as PersonInput;
    const added = await addPersonToDelegation(intruder, intruderEventId, input);
    expect(added.ok).toBe(true);
    expect(await db().select({ id: users.id }).from(users).where(eq(users.email, email))).toEqual([]);
    expect(await demoRecord(email)).toEqual(before);
  });
});

describe("2. reading a sign-in link in the outbox", () => {
  it("a sign-in link mailed to a delegate shows in no outbox, and the other organizer cannot take her account", async () => {
    const added = await addPersonToDelegation(intruder, intruderEventId, intruderPerson(DEMO_DELEGATE.email));
    expect(added.ok).toBe(true);
    expect(await requestSignInLink({ email: DEMO_DELEGATE.email, address: unique("203.0.113.9"), locale: "en", origin: ctx.origin })).toBe("sent");

    for (const [viewer, eventId] of [
      [intruder, intruderEventId],
      [demoOrganizer, ids.eventId],
    ] as const) {
      const outbox = (await listOutbox(viewer, eventId))!;
      expect(outbox.some((m) => m.kind === "sign-in-link")).toBe(false);
      expect(
        outbox.some((m) => TOKEN.test(m.body)),
        "no working token in any outbox body",
      ).toBe(false);
    }
    // The link went to her mailbox only, and it signs in her own account.
    const token = latestMailedToken(DEMO_DELEGATE.email, /\/sign-in\/link\/([A-Za-z0-9_-]{43})/);
    expect((await consumeSignInLink(token!))?.id).toBe(ids.delegateId);
  });

  it("an invitation link is not readable in the inviting organizer's outbox either", async () => {
    const email = `${unique("invitee")}@example.org`;
    const added = await addPersonToDelegation(intruder, intruderEventId, intruderPerson(email), ctx);
    expect(added.ok && added.value.invitationSent).toBe(true);
    const outbox = (await listOutbox(intruder, intruderEventId))!;
    const mail = outbox.find((m) => m.to === email)!;
    expect(mail.kind).toBe("invitation");
    expect(mail.body).not.toMatch(TOKEN);
    expect(latestMailedToken(email, /\/invitation\/([A-Za-z0-9_-]{43})/)).toMatch(TOKEN);
    const [stored] = await db().select({ body: mailOutbox.body }).from(mailOutbox).where(eq(mailOutbox.toAddress, email));
    expect(stored!.body, "the stored copy is redacted too").not.toMatch(TOKEN);
  });
});

describe("3. contact data belongs to the initiative that collected it", () => {
  it("the other roster and member page show what the other organizer typed, never what the demo holds", async () => {
    const email = "rauf.huseynov@example.org";
    const demo = await demoRecord(email);
    expect(demo.phone).not.toBe("");
    const added = await addPersonToDelegation(intruder, intruderEventId, intruderPerson(email));
    expect(added.ok).toBe(true);
    const roster = (await listDelegationsForOrganizer(intruder, intruderEventId))!.flatMap((d) => d.members);
    const mine = roster.find((m) => m.email === email)!;
    expect(mine).toMatchObject({ phone: "+1 555 0100", organization: "Other initiative's guess", nameLatin: "Typed By The Other Initiative" });
    const page = (await getMemberForOrganizer(intruder, intruderEventId, added.ok ? added.value.memberId : ""))!;
    expect(page.member.phone).toBe("+1 555 0100");
    expect(JSON.stringify(page)).not.toContain(demo.phone);
    expect(JSON.stringify(roster)).not.toContain(demo.phone);
  });

  it("correcting their own record leaves the demo's record as it was", async () => {
    const email = "rauf.huseynov@example.org";
    const before = await demoRecord(email);
    const member = await memberByEmail(db(), intruderEventId, email);
    const [current] = await db().select({ version: delegationMembers.version }).from(delegationMembers).where(eq(delegationMembers.id, member.id));
    const saved = await updateMemberDetails(intruder, intruderEventId, member.id, {
      ...intruderPerson(email),
      phone: "+1 555 0199",
      dietaryNeeds: "",
      accessibilityNeeds: "",
      version: current!.version,
    });
    expect(saved).toEqual({ ok: true, value: undefined });
    expect(await demoRecord(email)).toEqual(before);
  });
});

describe("4. erasure", () => {
  it("the demo delegate's deletion request is invisible to the other organizer, who cannot confirm it", async () => {
    const email = "elnur.gasimov@example.org";
    const demo = await demoRecord(email);
    const delegate = await createDelegateAccount(db(), demo.id);
    expect((await addPersonToDelegation(intruder, intruderEventId, intruderPerson(email))).ok).toBe(true);
    expect((await requestDeletion(delegate, "Please remove me")).ok).toBe(true);
    const [request] = await db().select({ id: deletionRequests.id }).from(deletionRequests).where(eq(deletionRequests.personId, demo.id));

    const theirs = await listDeletionRequestsForOrganizer(intruder);
    expect([...theirs.pending, ...theirs.decided]).toEqual([]);
    expect(await confirmDeletionRequest(intruder, request!.id)).toEqual({ ok: false, reason: "deletionRequests.notPending" });
    const after = await demoRecord(email);
    expect(after.nameLatin).toBe(demo.nameLatin);
    expect(after.userId).toBe(delegate.userId);
    // The demo's own organizers see it.
    expect((await listDeletionRequestsForOrganizer(demoOrganizer)).pending.map((r) => r.id)).toContain(request!.id);
  });

  it("a person in both initiatives asks once; each initiative erases only its own record, and the account stays while another holds them", async () => {
    const email = "aygun.mammadova@example.org";
    const demo = await demoRecord(email);
    // She accepts the other initiative's invitation with her existing account.
    const delegate = await createDelegateAccount(db(), demo.id, {});
    const added = await addPersonToDelegation(intruder, intruderEventId, intruderPerson(email), ctx);
    expect(added.ok).toBe(true);
    const token = latestMailedToken(email, /\/invitation\/([A-Za-z0-9_-]{43})/)!;
    const registered = await registerFromInvitation(token, registration(), null);
    expect(registered).toMatchObject({ ok: true, value: { accountCreated: false } });
    const both = await delegateViewer(db(), delegate.userId);
    expect(both.personIds).toHaveLength(2);

    expect((await requestDeletion(both, "")).ok).toBe(true);
    const theirRequest = (await listDeletionRequestsForOrganizer(intruder)).pending.find((r) => r.memberships.some((m) => m.eventId === intruderEventId))!;
    expect(theirRequest).toBeDefined();
    const confirmed = await confirmDeletionRequest(intruder, theirRequest.id);
    expect(confirmed.ok).toBe(true);

    // The demo's record and the account are untouched; the other record is a pseudonym, detached.
    expect(await demoRecord(email)).toMatchObject({ nameLatin: demo.nameLatin, phone: demo.phone, userId: delegate.userId });
    expect((await getUserForViewer(delegate.userId))?.personIds).toEqual([demo.id]);
    // The demo's request still waits for the demo's organizers.
    const demoPending = (await listDeletionRequestsForOrganizer(demoOrganizer)).pending;
    expect(demoPending.some((r) => r.memberships.some((m) => m.eventId === ids.eventId) && r.name === demo.nameLatin)).toBe(true);
  });
});

function registration() {
  return {
    nameLatin: "Aygun Mammadova",
    nameNative: "",
    organization: "",
    position: "",
    sector: "civil_society" as const,
    phone: "",
    consent: "none" as const,
    dietaryNeeds: "",
    accessibilityNeeds: "",
    password: "",
    passwordConfirm: "",
  };
}

describe("5. no existence oracle", () => {
  async function correctEmail(email: string, to: string) {
    const member = await memberByEmail(db(), intruderEventId, email);
    const [current] = await db().select({ version: delegationMembers.version }).from(delegationMembers).where(eq(delegationMembers.id, member.id));
    return updateMemberDetails(intruder, intruderEventId, member.id, {
      ...intruderPerson(to),
      dietaryNeeds: "",
      accessibilityNeeds: "",
      version: current!.version,
    });
  }

  it("adding, importing or correcting an email answers the same whether or not another initiative holds it", async () => {
    const known = "sabina.guliyeva@example.org"; // held by the demo initiative
    const fresh = `${unique("fresh")}@example.org`;
    expect((await addPersonToDelegation(intruder, intruderEventId, intruderPerson(known))).ok).toBe(true);
    expect((await addPersonToDelegation(intruder, intruderEventId, intruderPerson(fresh))).ok).toBe(true);

    // The import reports a demo-held address as new here, like any other.
    const csv = `name,email,party,sector\nKnown Elsewhere,zaur.hajiyev@example.org,North,expert\nNobody Yet,${unique("new")}@example.org,North,expert\n`;
    const imported = await importInvitations(intruder, intruderEventId, csv, { invite: null, defaultConsent: "none" });
    expect(imported).toMatchObject({ ok: true, value: { imported: 2 } });

    // Giving one's own person an address the demo holds is no different from any other address.
    expect(await correctEmail(fresh, "samira.aliyeva.other@example.org")).toEqual({ ok: true, value: undefined });
    expect(await correctEmail("samira.aliyeva.other@example.org", "rauf.huseynov.2@example.org")).toEqual({ ok: true, value: undefined });
  });

  it("the answer for an address already in their own event is about their own event only", async () => {
    const again = await addPersonToDelegation(intruder, intruderEventId, intruderPerson("sabina.guliyeva@example.org"));
    expect(again).toEqual({ ok: false, reason: "alreadyInEvent", field: "email" });
    // In the demo event she is a member too, and that tells the other organizer nothing: a new
    // address of the demo is accepted in their event as above.
  });
});

describe("6. crossing points belong to one initiative", () => {
  it("a new point of the other initiative does not show in the demo's list, and the demo's point cannot be used by them", async () => {
    const demoBefore = await listCrossingPoints(demoOrganizer, ids.eventId);
    expect(demoBefore.length).toBeGreaterThan(0);
    expect(await listCrossingPoints(intruder, intruderEventId)).toEqual([]);

    const created = await createCrossingPoint(intruder, intruderEventId, { name: demoBefore[0]!.name, description: "" });
    expect(created.ok, "the same name is free in another initiative: no oracle").toBe(true);
    expect(await listCrossingPoints(demoOrganizer, ids.eventId)).toEqual(demoBefore);
    expect((await listCrossingPoints(intruder, intruderEventId)).map((p) => p.name)).toEqual([demoBefore[0]!.name]);

    const [delegation] = (await listDelegationsForOrganizer(intruder, intruderEventId))!;
    const through = await createCrossing(intruder, intruderEventId, delegation!.id, {
      crossingPointId: demoBefore[0]!.id,
      direction: "entry",
      day: "2026-09-01",
      time: "09:00",
      notes: "",
      personIds: [],
    });
    expect(through).toEqual({ ok: false, reason: "chooseCrossingPoint", field: "crossingPointId" });
    // The demo's organizer cannot add a point to the other event either.
    expect(await createCrossingPoint(demoOrganizer, intruderEventId, { name: unique("Sneaky"), description: "" })).toEqual({
      ok: false,
      reason: "errors.notFound",
    });
    const points = await db().select({ initiativeId: crossingPoints.initiativeId }).from(crossingPoints).where(eq(crossingPoints.name, demoBefore[0]!.name));
    expect(new Set(points.map((p) => p.initiativeId)).size).toBe(2);
  });
});

describe("one account, several initiatives", () => {
  it("a delegate in both signs in once and sees both schedules; her data export holds both records", async () => {
    const email = DEMO_DELEGATE.email;
    // Added to the other event in test 2; she accepts its invitation with her account.
    const member = await memberByEmail(db(), intruderEventId, email);
    const { sendInvitations } = await import("@/lib/invitations/queries");
    expect((await sendInvitations(intruder, intruderEventId, [member.id], ctx)).ok).toBe(true);
    const token = latestMailedToken(email, /\/invitation\/([A-Za-z0-9_-]{43})/)!;
    const registered = await registerFromInvitation(token, { ...registration(), nameLatin: "Nigar in the other track" }, null);
    expect(registered).toMatchObject({ ok: true, value: { accountCreated: false } });

    const viewer = await delegateViewer(db(), ids.delegateId);
    expect(viewer.personIds).toHaveLength(2);
    const schedule = await getPersonalSchedule(viewer.personIds);
    expect(schedule.map((e) => e.id).sort()).toEqual([ids.eventId, intruderEventId].sort());
    const exported = (await exportMyData(viewer))!;
    expect(exported.people.map((p) => p.nameLatin)).toContain("Nigar in the other track");
    // The demo still holds the name she gave it: one initiative's change is not the other's.
    expect((await demoRecord(email)).nameLatin).not.toBe("Nigar in the other track");
  });
});
