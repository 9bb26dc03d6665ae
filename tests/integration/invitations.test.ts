// Invitations end to end in the data layer: a link per person, stored only as a hash, single-use,
// expiring, revocable; registration from it creates the account; mail goes through the outbox,
// whose stored copy never holds a working link (the addressee reads it from the mail folder).
import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, delegationMembers, events, invitations, mailOutbox, people, travelDocuments, users } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import type { PersonInput } from "@/lib/delegations/schema";
import { deliverMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { revokeInvitation, sendInvitations } from "@/lib/invitations/queries";
import { asksForTravelDocument, declineInvitation, getInvitationForRegistration, registerFromInvitation } from "@/lib/invitations/registration";
import type { RegistrationInput } from "@/lib/invitations/registration-schema";
import { verifyPassword } from "@/lib/auth/password";
import { droppedMailTo, latestMailedToken } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createOrganizerUser, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();
const ctx = { locale: "en" as const, origin: "https://roundtable.example" };
const TOKEN_IN_LINK = /\/en\/invitation\/([A-Za-z0-9_-]{43})/;

let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

afterEach(() => vi.restoreAllMocks());

function person(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    partyId: ids.parties.Azerbaijan,
    nameLatin: unique("Invitee"),
    nameNative: "",
    organization: "Baku Dialogue Centre",
    position: "Analyst",
    sector: "expert",
    email: `${unique("invitee")}@example.org`,
    phone: "",
    consent: "none",
    status: "invited",
    head: false,
    sendInvitation: true,
    ...overrides,
  };
}

function registration(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    nameLatin: "Registered Person",
    nameNative: "",
    organization: "Org",
    position: "Pos",
    sector: "media",
    phone: "+994 50 000 00 00",
    consent: "none",
    dietaryNeeds: "vegetarian",
    accessibilityNeeds: "",
    password: "a-long-password-1",
    passwordConfirm: "a-long-password-1",
    ...overrides,
  };
}

/**
 * Invites a new person and returns the token from the mail as the invitee receives it (no SMTP in
 * tests: the mail folder), with the outbox's own (redacted) row.
 */
async function invite(overrides: Partial<PersonInput> = {}) {
  const input = person(overrides);
  const result = await addPersonToDelegation(organizer, ids.eventId, input, ctx);
  if (!result.ok) throw new Error(result.reason);
  expect(result.value.invitationSent).toBe(true);
  const [mail] = await db()
    .select({ body: mailOutbox.body, status: mailOutbox.status, to: mailOutbox.toAddress })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, input.email))
    .orderBy(sql`${mailOutbox.createdAt} desc`)
    .limit(1);
  const token = latestMailedToken(input.email, TOKEN_IN_LINK)!;
  expect(token).toBeTruthy();
  return { token, memberId: result.value.memberId, email: input.email, mail: mail! };
}

describe("sending an invitation", () => {
  it("queues a mail with a personal link, stores only a hash of its token and logs the hint only", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const { token, memberId, email, mail } = await invite();
    expect(mail.status).toBe("logged");
    // The invitee's mail carries the working link; the outbox row keeps only a redacted copy
    // (it used to hold the link itself, readable by every organizer of the event).
    expect(droppedMailTo(email).at(-1)!.body).toContain(`https://roundtable.example/en/invitation/${token}`);
    expect(mail.body).toContain("https://roundtable.example/en/invitation/");
    expect(mail.body).not.toContain(token);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);

    const [stored] = await db().select().from(invitations).where(eq(invitations.memberId, memberId));
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(token.startsWith(stored!.tokenHint)).toBe(true);

    const audits = await db().select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.entityId, memberId));
    expect(audits.length).toBeGreaterThan(0);
    expect(JSON.stringify(audits)).not.toContain(token);
    const logged = info.mock.calls.map((c) => c.join(" ")).join("\n");
    expect(logged).toContain(stored!.tokenHint);
    expect(logged).not.toContain(token);
  });

  it("sends only to people who have not registered, have an email, and are invited or confirmed", async () => {
    // Confirmed by an organizer but never registered: they still need to give consent and get an account.
    const confirmed = await addPersonToDelegation(organizer, ids.eventId, person({ status: "confirmed" }), ctx);
    expect(confirmed.ok && confirmed.value.invitationSent).toBe(true);
    for (const status of ["registered", "declined", "withdrawn"] as const) {
      const other = await addPersonToDelegation(organizer, ids.eventId, person({ status }), ctx);
      expect(other.ok && other.value.invitationSent, status).toBe(false);
    }
    const noEmail = await addPersonToDelegation(organizer, ids.eventId, person({ email: "" }), ctx);
    expect(noEmail.ok && noEmail.value.invitationSent).toBe(false);
    // Once registered, a confirmed person gets no further links.
    const { token, memberId } = await invite();
    expect((await registerFromInvitation(token, registration(), null)).ok).toBe(true);
    await db().update(delegationMembers).set({ status: "confirmed" }).where(eq(delegationMembers.id, memberId));
    expect(await sendInvitations(organizer, ids.eventId, [memberId], ctx)).toEqual({ ok: true, value: { sent: 0, live: 0, skipped: 1 } });
  });

  it("with SMTP, sends and then keeps only a redacted copy; a failing server marks the mail failed", async () => {
    const sent: { to: string; text: string }[] = [];
    const { token } = await invite();
    const [id] = await db().transaction(async (tx) => [
      await enqueueMail(tx, {
        eventId: ids.eventId,
        createdByUserId: organizer.userId,
        kind: "test",
        to: "x@example.org",
        subject: "S",
        body: `link /invitation/${token}`,
      }),
    ]);
    await deliverMail(db(), [id!], { send: async (m) => void sent.push({ to: m.to, text: m.text }) });
    expect(sent).toEqual([{ to: "x@example.org", text: `link /invitation/${token}` }]);
    const [row] = await db().select().from(mailOutbox).where(eq(mailOutbox.id, id!));
    expect(row!.status).toBe("sent");
    expect(row!.body).not.toContain(token);

    vi.spyOn(console, "error").mockImplementation(() => {});
    const [failing] = await db().transaction(async (tx) => [
      await enqueueMail(tx, { eventId: ids.eventId, createdByUserId: null, kind: "test", to: "y@example.org", subject: "S", body: "b" }),
    ]);
    await deliverMail(db(), [failing!], { send: async () => Promise.reject(new Error("connection refused")) });
    const [failed] = await db().select().from(mailOutbox).where(eq(mailOutbox.id, failing!));
    expect(failed).toMatchObject({ status: "failed", error: "connection refused" });
  });

  it("refuses an organizer of another initiative, and ignores member ids from another event", async () => {
    const outsider = await createOrganizerUser(db());
    const { memberId } = await invite();
    expect(await sendInvitations(outsider, ids.eventId, [memberId], ctx)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await revokeInvitation(outsider, ids.eventId, memberId)).toEqual({ ok: false, reason: "errors.notFound" });
    const [other] = await db()
      .select({ id: events.id })
      .from(events)
      .where(sql`${events.id} <> ${ids.eventId}`)
      .limit(1);
    if (other) {
      const result = await sendInvitations(organizer, other.id, [memberId], ctx);
      expect(result.ok ? result.value.sent : 0).toBe(0);
    }
  });
});

describe("registering from the link", () => {
  it("shows the holder their own invitation, and nothing for a malformed or unknown token", async () => {
    const { token, email } = await invite();
    const view = await getInvitationForRegistration(token);
    expect(view.state).toBe("valid");
    if (view.state === "valid") {
      expect(view.invitation.email).toBe(email);
      expect(view.hasAccount).toBe(false);
    }
    expect(await getInvitationForRegistration("not-a-token")).toEqual({ state: "unknown" });
    expect(await getInvitationForRegistration("A".repeat(43))).toEqual({ state: "unknown" });
  });

  it("saves the profile, consent and needs, creates the account, and works only once", async () => {
    const { token, memberId, email } = await invite();
    const result = await registerFromInvitation(token, registration({ consent: "delegates" }), null);
    expect(result).toMatchObject({ ok: true, value: { email, accountCreated: true } });

    const [member] = await db()
      .select({
        status: delegationMembers.status,
        consent: delegationMembers.consent,
        dietary: delegationMembers.dietaryNeeds,
        personId: delegationMembers.personId,
      })
      .from(delegationMembers)
      .where(eq(delegationMembers.id, memberId));
    expect(member).toMatchObject({ status: "registered", consent: "delegates", dietary: "vegetarian" });
    const [profile] = await db()
      .select({ name: people.nameLatin, sector: people.sector, phone: people.phone })
      .from(people)
      .where(eq(people.id, member!.personId));
    expect(profile).toEqual({ name: "Registered Person", sector: "media", phone: "+994 50 000 00 00" });
    const [account] = await db().select().from(users).where(eq(users.email, email));
    expect(account).toMatchObject({ role: "delegate" });
    // The account signs in as this person record.
    const [linked] = await db().select({ userId: people.userId }).from(people).where(eq(people.id, member!.personId));
    expect(linked!.userId).toBe(account!.id);
    expect(await verifyPassword(account!.passwordHash!, "a-long-password-1")).toBe(true);

    expect(await registerFromInvitation(token, registration(), null)).toEqual({ ok: false, reason: "invitations.state.used" });
    expect(await declineInvitation(token)).toEqual({ ok: false, reason: "invitations.state.used" });
    expect((await getInvitationForRegistration(token)).state).toBe("used");
  });

  it("lets only one of two simultaneous submits of the same link through", async () => {
    const { token, email } = await invite();
    const results = await Promise.all([registerFromInvitation(token, registration(), null), registerFromInvitation(token, registration(), null)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "invitations.state.used" }]);
    expect(await db().$count(users, eq(users.email, email))).toBe(1);
  });

  it("refuses an expired link and changes nothing", async () => {
    const { token, memberId } = await invite();
    const [row] = await db().select({ expiresAt: invitations.expiresAt }).from(invitations).where(eq(invitations.memberId, memberId));
    const later = new Date(row!.expiresAt.getTime() + 1000);
    expect(await registerFromInvitation(token, registration(), null, later)).toEqual({ ok: false, reason: "invitations.state.expired" });
    expect((await getInvitationForRegistration(token, later)).state).toBe("expired");
    const [member] = await db().select({ status: delegationMembers.status }).from(delegationMembers).where(eq(delegationMembers.id, memberId));
    expect(member!.status).toBe("invited");
    // Just before expiry it still works.
    expect((await registerFromInvitation(token, registration(), null, new Date(row!.expiresAt.getTime() - 1000))).ok).toBe(true);
  });

  it("a revoked link stops working; a resend makes a new link and the old one dies", async () => {
    const { token, memberId, email } = await invite();
    expect(await revokeInvitation(organizer, ids.eventId, memberId)).toEqual({ ok: true, value: undefined });
    expect(await registerFromInvitation(token, registration(), null)).toEqual({ ok: false, reason: "invitations.state.revoked" });

    const resent = await sendInvitations(organizer, ids.eventId, [memberId], ctx);
    expect(resent).toEqual({ ok: true, value: { sent: 1, live: 0, skipped: 0 } });
    const fresh = latestMailedToken(email, TOKEN_IN_LINK)!;
    expect(fresh).toBeTruthy();
    expect(fresh).not.toBe(token);
    expect((await getInvitationForRegistration(token)).state).toBe("unknown");
    expect((await getInvitationForRegistration(fresh)).state).toBe("valid");
    const [row] = await db().select({ sendCount: invitations.sendCount }).from(invitations).where(eq(invitations.memberId, memberId));
    expect(row!.sendCount).toBe(2);
  });

  it("declining is one step: the person is declined and the link is spent", async () => {
    const { token, memberId } = await invite();
    expect((await declineInvitation(token)).ok).toBe(true);
    const [member] = await db().select({ status: delegationMembers.status }).from(delegationMembers).where(eq(delegationMembers.id, memberId));
    expect(member!.status).toBe("declined");
    expect((await getInvitationForRegistration(token)).state).toBe("used");
  });

  it("needs a password when there is no account yet, and refuses an email that belongs to someone else's account", async () => {
    const { token } = await invite();
    expect(await registerFromInvitation(token, registration({ password: "", passwordConfirm: "" }), null)).toEqual({
      ok: false,
      reason: "passwordNeeded",
      field: "password",
    });
    const [organizerUser] = await db().select({ email: users.email }).from(users).where(eq(users.id, organizer.userId));
    const clash = await invite({ email: organizerUser!.email });
    expect(await registerFromInvitation(clash.token, registration(), null)).toEqual({ ok: false, reason: "invitations.accountConflict" });
  });

  it("stores travel-document details only where the event collects them", async () => {
    const document = {
      documentType: "passport" as const,
      documentNumber: "c01234567",
      issuingCountry: "Azerbaijan",
      nationality: "",
      dateOfBirth: "",
      expiresOn: "",
    };
    const notCollected = await invite();
    expect((await registerFromInvitation(notCollected.token, registration(), document)).ok).toBe(true);
    expect(await db().$count(travelDocuments, eq(travelDocuments.memberId, notCollected.memberId))).toBe(0);

    await db().update(events).set({ collectTravelDocuments: true }).where(eq(events.id, ids.eventId));
    try {
      const collected = await invite();
      expect(await registerFromInvitation(collected.token, registration(), null)).toEqual({ ok: false, reason: "required", field: "documentNumber" });
      expect(await registerFromInvitation(collected.token, registration(), { ...document, expiresOn: "2026-02-01" })).toEqual({
        ok: false,
        reason: "documentExpiresTooSoon",
        field: "expiresOn",
      });
      expect((await registerFromInvitation(collected.token, registration(), document)).ok).toBe(true);
      const [stored] = await db().select().from(travelDocuments).where(eq(travelDocuments.memberId, collected.memberId));
      expect(stored).toMatchObject({ documentType: "passport", documentNumber: "C01234567", eventId: ids.eventId });

      // The host party's people do not cross a border to get there: not asked, nothing stored.
      const host = await invite({ partyId: ids.parties.Armenia });
      const view = await getInvitationForRegistration(host.token);
      expect(view.state === "valid" && asksForTravelDocument(view.invitation)).toBe(false);
      expect((await registerFromInvitation(host.token, registration(), document)).ok).toBe(true);
      expect(await db().$count(travelDocuments, eq(travelDocuments.memberId, host.memberId))).toBe(0);
    } finally {
      await db().update(events).set({ collectTravelDocuments: false }).where(eq(events.id, ids.eventId));
    }
  });

  it("a returning person with an account registers without a new password", async () => {
    const { token, memberId, email } = await invite();
    const [member] = await db().select({ personId: delegationMembers.personId }).from(delegationMembers).where(eq(delegationMembers.id, memberId));
    const [account] = await db().insert(users).values({ email, role: "delegate", passwordHash: "x" }).returning({ id: users.id });
    await db().update(people).set({ userId: account!.id }).where(eq(people.id, member!.personId));
    expect(await registerFromInvitation(token, registration({ password: "", passwordConfirm: "" }), null)).toMatchObject({
      ok: true,
      value: { accountCreated: false },
    });
    expect(await db().$count(users, and(eq(users.email, email)))).toBe(1);
    // Their password stays theirs, and the record stays attached to that account.
    const [after] = await db().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, account!.id));
    expect(after!.passwordHash).toBe("x");
    const [linked] = await db().select({ userId: people.userId }).from(people).where(eq(people.id, member!.personId));
    expect(linked!.userId).toBe(account!.id);
  });
});
