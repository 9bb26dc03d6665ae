// A person's invitation state on their page, and the Outbox's names, search and filters (issue
// #19.6), against the real database: each state as the data layer derives it, "opened" recorded
// once per link (a resend starts again), and the Outbox scoped to its event: a message or a person
// of another event never shows.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { deletionRequests, invitations, mailOutbox, people, signInLinks } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import type { PersonInput } from "@/lib/delegations/schema";
import { getInvitationStateForMember } from "@/lib/invitations/person-state";
import { revokeInvitation, searchOutbox, sendInvitations } from "@/lib/invitations/queries";
import { declineInvitation, getInvitationForRegistration, registerFromInvitation } from "@/lib/invitations/registration";
import { parseOutboxFilter } from "@/lib/mail/outbox-filter";
import { confirmDeletionRequest, requestDeletion } from "@/lib/privacy/deletion";
import { latestMailedToken } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createDelegateAccount, createOrganizerUser, createTestEvent, memberByEmail, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();
const ctx = { locale: "en" as const, origin: "https://roundtable.example" };
const TOKEN_IN_LINK = /\/en\/invitation\/([A-Za-z0-9_-]{43})/;

let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

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

async function invite(eventId = ids.eventId, overrides: Partial<PersonInput> = {}) {
  const input = person(overrides);
  const result = await addPersonToDelegation(organizer, eventId, input, ctx);
  if (!result.ok) throw new Error(result.reason);
  return { memberId: result.value.memberId, email: input.email, name: input.nameLatin, token: latestMailedToken(input.email, TOKEN_IN_LINK)! };
}

const stateOf = async (memberId: string) => (await getInvitationStateForMember(organizer, ids.eventId, memberId))!;

describe("a person's invitation state", () => {
  it("not sent: a person added without an invitation", async () => {
    // No mail context: nothing is sent.
    const added = await addPersonToDelegation(organizer, ids.eventId, person({ sendInvitation: false }));
    if (!added.ok) throw new Error(added.reason);
    const state = await stateOf(added.value.memberId);
    expect(state.progress).toEqual({ state: "notSent" });
    expect(state.lastMail).toBeNull();
    expect(state.signInLinks).toBeNull();
  });

  it("sent, with its mail's delivery; opened once at the first showing of the page; a resend makes it sent again, twice", async () => {
    const { memberId, email, token } = await invite();
    const sent = await stateOf(memberId);
    expect(sent.progress).toMatchObject({ state: "sent", count: 1 });
    // No mail server in the tests: the outbox says where the message went.
    expect(sent.lastMail).toMatchObject({ status: "logged", error: null });
    const [outboxRow] = await db().select({ memberId: mailOutbox.memberId }).from(mailOutbox).where(eq(mailOutbox.toAddress, email));
    expect(outboxRow!.memberId).toBe(memberId);

    const firstVisit = new Date(Date.now() - 60_000);
    expect((await getInvitationForRegistration(token, firstVisit)).state).toBe("valid");
    expect((await getInvitationForRegistration(token)).state).toBe("valid");
    const [stored] = await db().select({ openedAt: invitations.openedAt }).from(invitations).where(eq(invitations.memberId, memberId));
    // Recorded once: the second visit did not move it.
    expect(stored!.openedAt).toEqual(firstVisit);
    expect((await stateOf(memberId)).progress).toMatchObject({ state: "opened", at: firstVisit, count: 1 });

    const resent = await sendInvitations(organizer, ids.eventId, [memberId], ctx, undefined, { resend: true });
    expect(resent.ok && resent.value.sent).toBe(1);
    expect((await stateOf(memberId)).progress).toMatchObject({ state: "sent", count: 2 });
    // The old link no longer opens anything, and records nothing.
    expect((await getInvitationForRegistration(token)).state).toBe("unknown");
    expect((await stateOf(memberId)).progress.state).toBe("sent");
  });

  it("an unknown, used or withdrawn link records no opening", async () => {
    const { memberId, token } = await invite();
    await revokeInvitation(organizer, ids.eventId, memberId);
    expect((await getInvitationForRegistration(token)).state).toBe("revoked");
    const [stored] = await db().select({ openedAt: invitations.openedAt }).from(invitations).where(eq(invitations.memberId, memberId));
    expect(stored!.openedAt).toBeNull();
    expect((await stateOf(memberId)).progress.state).toBe("revoked");
  });

  it("accepted and declined on the day the link was used", async () => {
    const accepting = await invite();
    const registered = await registerFromInvitation(
      accepting.token,
      {
        nameLatin: accepting.name,
        nameNative: "",
        organization: "Org",
        position: "Pos",
        sector: "media",
        phone: "",
        consent: "none",
        dietaryNeeds: "",
        accessibilityNeeds: "",
        password: "a-long-password-1",
        passwordConfirm: "a-long-password-1",
      },
      null,
    );
    expect(registered.ok).toBe(true);
    const accepted = await stateOf(accepting.memberId);
    expect(accepted.progress.state).toBe("accepted");
    // They have an account now: their sign-in links are listed (none yet).
    expect(accepted.signInLinks).toEqual([]);

    const declining = await invite();
    expect((await declineInvitation(declining.token)).ok).toBe(true);
    expect((await stateOf(declining.memberId)).progress.state).toBe("declined");
  });

  it("expired on its expiry", async () => {
    const { memberId } = await invite();
    const past = new Date(Date.now() - 3_600_000);
    await db().update(invitations).set({ expiresAt: past }).where(eq(invitations.memberId, memberId));
    expect((await stateOf(memberId)).progress).toEqual({ state: "expired", at: past });
  });

  it("a failed delivery shows its error", async () => {
    const { memberId, email } = await invite();
    await db().update(mailOutbox).set({ status: "failed", error: "550 mailbox unavailable" }).where(eq(mailOutbox.toAddress, email));
    expect((await stateOf(memberId)).lastMail).toMatchObject({ status: "failed", error: "550 mailbox unavailable" });
  });

  it("a person with an account: their latest sign-in links, used, expired or not yet used", async () => {
    const { memberId, email } = await invite(ids.eventId, { sendInvitation: false });
    const member = (await memberByEmail(db(), ids.eventId, email))!;
    const account = await createDelegateAccount(db(), member.personId);
    const now = Date.now();
    await db()
      .insert(signInLinks)
      .values([
        {
          userId: account.userId,
          tokenHash: unique("h1"),
          createdAt: new Date(now - 3 * 3_600_000),
          expiresAt: new Date(now - 3 * 3_600_000 + 900_000),
          usedAt: new Date(now - 3 * 3_600_000 + 60_000),
        },
        { userId: account.userId, tokenHash: unique("h2"), createdAt: new Date(now - 2 * 3_600_000), expiresAt: new Date(now - 2 * 3_600_000 + 900_000) },
        { userId: account.userId, tokenHash: unique("h3"), createdAt: new Date(now - 60_000), expiresAt: new Date(now + 840_000) },
      ]);
    const state = await stateOf(memberId);
    expect(state.signInLinks?.map((l) => l.state)).toEqual(["unused", "expired", "used"]);
    expect(JSON.stringify(state)).not.toContain("tokenHash");
  });

  it("another event's organizer gets nothing, nor does anyone for a member of another event", async () => {
    const { memberId } = await invite();
    const stranger = await createOrganizerUser(db(), "stranger");
    expect(await getInvitationStateForMember(stranger, ids.eventId, memberId)).toBeNull();
    const otherEvent = await createTestEvent(organizer, ids, { title: "Other event" });
    expect(await getInvitationStateForMember(organizer, otherEvent, memberId)).toBeNull();
  });
});

describe("the Outbox: names, search and filters, within its event", () => {
  it("names the person each message went to, finds them by name in any script and case, by address and subject", async () => {
    const armenian = await invite(ids.eventId, { nameLatin: `Անի Պետրոսյան ${unique("x")}`, partyId: ids.parties.Armenia });
    const russian = await invite(ids.eventId, { nameLatin: `Ани Петрова ${unique("y")}` });
    const all = (await searchOutbox(organizer, ids.eventId, parseOutboxFilter({})))!;
    expect(all.messages.find((m) => m.to === armenian.email)?.name).toBe(armenian.name);

    const byName = (await searchOutbox(organizer, ids.eventId, parseOutboxFilter({ q: "անի պետրոսյան" })))!;
    expect(byName.messages.map((m) => m.to)).toEqual([armenian.email]);
    const byCyrillic = (await searchOutbox(organizer, ids.eventId, parseOutboxFilter({ q: "АНИ ПЕТРОВА" })))!;
    expect(byCyrillic.messages.map((m) => m.to)).toEqual([russian.email]);
    const byAddress = (await searchOutbox(organizer, ids.eventId, parseOutboxFilter({ q: russian.email.toUpperCase() })))!;
    expect(byAddress.total).toBe(1);
    // LIKE's own characters are matched as text.
    expect((await searchOutbox(organizer, ids.eventId, parseOutboxFilter({ q: "%" })))!.total).toBe(0);
  });

  it("filters by status and kind, and pages", async () => {
    const { email } = await invite();
    const subject = unique("Programme note");
    await db()
      .insert(mailOutbox)
      .values({ eventId: ids.eventId, kind: "agenda-change", toAddress: email, subject, body: "Changed.", status: "failed", error: "550" });
    const failed = (await searchOutbox(organizer, ids.eventId, parseOutboxFilter({ status: "failed", q: email })))!;
    expect(failed.messages.map((m) => m.subject)).toEqual([subject]);
    const invitationsOnly = (await searchOutbox(organizer, ids.eventId, parseOutboxFilter({ kind: "invitation", q: email })))!;
    expect(invitationsOnly.messages.map((m) => m.kind)).toEqual(["invitation"]);
    expect(invitationsOnly.kinds).toEqual(expect.arrayContaining(["agenda-change", "invitation"]));

    const many = unique("bulk");
    await db()
      .insert(mailOutbox)
      .values(
        Array.from({ length: 55 }, (_, i) => ({
          eventId: ids.eventId,
          kind: "agenda-change",
          toAddress: `${many}-${i}@example.org`,
          subject: many,
          body: ".",
        })),
      );
    const first = (await searchOutbox(organizer, ids.eventId, parseOutboxFilter({ q: many })))!;
    expect([first.total, first.pages, first.messages.length]).toEqual([55, 2, 50]);
    const second = (await searchOutbox(organizer, ids.eventId, parseOutboxFilter({ q: many, page: "2" })))!;
    expect([second.page, second.messages.length]).toEqual([2, 5]);
    expect(second.messages.some((m) => first.messages.some((f) => f.id === m.id))).toBe(false);
  });

  it("a message of another event never appears, and a person of another event is never named", async () => {
    const otherEvent = await createTestEvent(organizer, ids, { title: "Elsewhere" });
    const other = await invite(otherEvent, { nameLatin: unique("Secret Person") });
    const subject = unique("Shared subject");
    await db()
      .insert(mailOutbox)
      .values([
        { eventId: otherEvent, kind: "agenda-change", toAddress: other.email, subject, body: "." },
        // Mail of this event to an address that belongs to a person of the other event only.
        { eventId: ids.eventId, kind: "agenda-change", toAddress: other.email, subject: `${subject} here`, body: "." },
      ]);
    const here = (await searchOutbox(organizer, ids.eventId, parseOutboxFilter({ q: subject })))!;
    expect(here.messages.map((m) => m.subject)).toEqual([`${subject} here`]);
    expect(here.messages[0]!.name).toBeNull();
    expect((await searchOutbox(organizer, ids.eventId, parseOutboxFilter({ q: other.name })))!.total).toBe(0);
    // In their own event they are named, on both messages.
    const there = (await searchOutbox(organizer, otherEvent, parseOutboxFilter({ q: other.name })))!;
    expect(there.messages.map((m) => m.kind).sort()).toEqual(["agenda-change", "invitation"]);
    expect(await searchOutbox(await createOrganizerUser(db(), "stranger"), ids.eventId, parseOutboxFilter({}))).toBeNull();
  });

  it("a person's deletion takes the mail written for them, also to an address they no longer have", async () => {
    const { memberId, email } = await invite();
    const member = (await memberByEmail(db(), ids.eventId, email))!;
    const newEmail = `${unique("moved")}@example.org`;
    await db().update(people).set({ email: newEmail }).where(eq(people.id, member.personId));
    const delegate = await createDelegateAccount(db(), member.personId);
    expect((await requestDeletion(delegate, "")).ok).toBe(true);
    const [request] = await db().select({ id: deletionRequests.id }).from(deletionRequests).where(eq(deletionRequests.personId, member.personId));
    expect((await confirmDeletionRequest(organizer, request!.id)).ok).toBe(true);
    expect(await db().$count(mailOutbox, eq(mailOutbox.toAddress, email))).toBe(0);
    expect(await getInvitationStateForMember(organizer, ids.eventId, memberId)).not.toBeNull();
  });
});
