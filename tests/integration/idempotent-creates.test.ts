// #13: a create sent twice (double click, retry, replayed request) makes one row, for agenda items,
// people (and their invitation), crossings, sent invitations and imports; a fresh key makes another;
// another user's key is no repeat of theirs. Each failed on the code before: the same POST made two
// rows (or sent two mails, or answered an import's repeat with "nobody added").
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { agendaItems, crossings, delegationMembers, initiativeOrganizers, invitations, mailOutbox } from "@/db/schema";
import { createAgendaItem } from "@/lib/agenda/queries";
import { createCrossing, listCrossingPoints } from "@/lib/crossings/queries";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import { personInput } from "@/lib/delegations/schema";
import { importInvitations } from "@/lib/invitations/import";
import { sendInvitations } from "@/lib/invitations/queries";
import { hashInvitationToken } from "@/lib/invitations/token";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { agendaItem, createOrganizerUser, memberByEmail, organizerViewer, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { droppedMailTo, latestMailedToken } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describe("the same create key twice makes one row", () => {
  it("agenda items: one item, and both answers name it; a new key adds another", async () => {
    const key = randomUUID();
    const input = agendaItem({ title: unique("Sent twice") });
    const [first, second] = [await createAgendaItem(organizer, ids.eventId, input, key), await createAgendaItem(organizer, ids.eventId, input, key)];
    expect(first.ok && second.ok && first.value.id === second.value.id).toBe(true);
    expect(await db().$count(agendaItems, eq(agendaItems.title, input.title))).toBe(1);
    await createAgendaItem(organizer, ids.eventId, input, randomUUID());
    expect(await db().$count(agendaItems, eq(agendaItems.title, input.title))).toBe(2);
  });

  it("at the same moment too (two requests racing with one key)", async () => {
    const key = randomUUID();
    const input = agendaItem({ title: unique("Raced") });
    const results = await Promise.all([createAgendaItem(organizer, ids.eventId, input, key), createAgendaItem(organizer, ids.eventId, input, key)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db().$count(agendaItems, eq(agendaItems.title, input.title))).toBe(1);
  });

  it("people: one person, one membership, one invitation mail", async () => {
    const key = randomUUID();
    const email = `${unique("twice")}@example.org`;
    const input = personInput.parse({
      partyId: ids.parties.Armenia,
      nameLatin: "Added Twice",
      sector: "expert",
      email,
      phone: "",
      consent: "none",
      status: "invited",
    });
    const ctx = { locale: "en" as const, origin: "https://roundtable.example" };
    const first = await addPersonToDelegation(organizer, ids.eventId, input, ctx, key);
    const second = await addPersonToDelegation(organizer, ids.eventId, input, ctx, key);
    expect(first).toMatchObject({ ok: true, value: { invitationSent: true } });
    // Not "already in this event": the repeat is the same request, answered with what it made.
    expect(second).toEqual({ ok: true, value: { memberId: first.ok ? first.value.memberId : "", invitationSent: false } });
    expect(await db().$count(mailOutbox, eq(mailOutbox.toAddress, email))).toBe(1);
    const member = await memberByEmail(db(), ids.eventId, email);
    expect(await db().$count(delegationMembers, and(eq(delegationMembers.eventId, ids.eventId), eq(delegationMembers.personId, member.personId)))).toBe(1);
  });

  it("crossings: one planned crossing", async () => {
    const key = randomUUID();
    const [point] = await listCrossingPoints(organizer, ids.eventId);
    const member = await memberByEmail(db(), ids.eventId, "tural.babayev@example.org");
    const input = {
      crossingPointId: point!.id,
      direction: "exit" as const,
      day: "2026-02-14",
      time: "18:00",
      notes: unique("twice"),
      personIds: [member.personId],
    };
    const first = await createCrossing(organizer, ids.eventId, ids.delegations.Azerbaijan, input, key);
    const second = await createCrossing(organizer, ids.eventId, ids.delegations.Azerbaijan, input, key);
    expect(first.ok && second.ok && first.value.id === second.value.id).toBe(true);
    expect(await db().$count(crossings, eq(crossings.notes, input.notes))).toBe(1);
  });

  it("another organizer's request with the same key is not a repeat of this one", async () => {
    const key = randomUUID();
    const colleague = await createOrganizerUser(db(), "colleague");
    await db().insert(initiativeOrganizers).values({ initiativeId: ids.initiativeId, userId: colleague.userId, role: "organizer" });
    const input = agendaItem({ title: unique("Same key, two people") });
    const mine = await createAgendaItem(organizer, ids.eventId, input, key);
    const theirs = await createAgendaItem(await organizerViewer(db(), colleague.userId), ids.eventId, input, key);
    expect(mine.ok && theirs.ok && mine.value.id !== theirs.value.id).toBe(true);
  });
});

const ctx = { locale: "en" as const, origin: "https://roundtable.example" };

/** A new person in the demo event, invited but sent nothing yet; their member id and email. */
async function uninvitedMember(label: string): Promise<{ memberId: string; email: string }> {
  const email = `${unique(label)}@example.org`;
  const input = personInput.parse({
    partyId: ids.parties.Armenia,
    nameLatin: "Not Yet Invited",
    sector: "expert",
    email,
    phone: "",
    consent: "none",
    status: "invited",
  });
  const added = await addPersonToDelegation(organizer, ids.eventId, input);
  if (!added.ok) throw new Error(`not added: ${added.reason}`);
  return { memberId: added.value.memberId, email };
}

/** How many times the member's invitation went out, and whether the newest mailed link is the live one. */
async function invitationOf(member: { memberId: string; email: string }) {
  const [row] = await db()
    .select({ sendCount: invitations.sendCount, tokenHash: invitations.tokenHash })
    .from(invitations)
    .where(eq(invitations.memberId, member.memberId));
  const token = latestMailedToken(member.email, /\/invitation\/([\w-]{43})/);
  return {
    sendCount: row?.sendCount ?? 0,
    mails: droppedMailTo(member.email).length,
    mailedLinkLive: token !== null && hashInvitationToken(token) === row?.tokenHash,
  };
}

describe("sending invitations with the same key twice sends each once", () => {
  it("the roster's bulk send: one mail and one live link each, the same answer twice; a new key skips live links, a chosen resend sends again", async () => {
    const people = [await uninvitedMember("bulk-a"), await uninvitedMember("bulk-b")];
    const key = randomUUID();
    const memberIds = people.map((p) => p.memberId);
    const first = await sendInvitations(organizer, ids.eventId, memberIds, ctx, key);
    const second = await sendInvitations(organizer, ids.eventId, memberIds, ctx, key);
    expect(first).toEqual({ ok: true, value: { sent: 2, live: 0, skipped: 0 } });
    expect(second).toEqual(first);
    for (const person of people) expect(await invitationOf(person)).toEqual({ sendCount: 1, mails: 1, mailedLinkLive: true });
    // A new form (a new key) without "resend": their links are live, so nobody gets a second one.
    expect(await sendInvitations(organizer, ids.eventId, memberIds, ctx, randomUUID())).toEqual({ ok: true, value: { sent: 0, live: 2, skipped: 0 } });
    for (const person of people) expect(await invitationOf(person)).toEqual({ sendCount: 1, mails: 1, mailedLinkLive: true });
    // Sent again deliberately ("resend" chosen, a new form): a new link, the old one stops working.
    expect(await sendInvitations(organizer, ids.eventId, memberIds, ctx, randomUUID(), { resend: true })).toEqual({
      ok: true,
      value: { sent: 2, live: 0, skipped: 0 },
    });
    for (const person of people) expect(await invitationOf(person)).toEqual({ sendCount: 2, mails: 2, mailedLinkLive: true });
  });

  it("the member page's send, at the same moment too (two requests racing with one key)", async () => {
    const person = await uninvitedMember("raced-invite");
    const key = randomUUID();
    const results = await Promise.all([
      sendInvitations(organizer, ids.eventId, [person.memberId], ctx, key),
      sendInvitations(organizer, ids.eventId, [person.memberId], ctx, key),
    ]);
    expect(results).toEqual([
      { ok: true, value: { sent: 1, live: 0, skipped: 0 } },
      { ok: true, value: { sent: 1, live: 0, skipped: 0 } },
    ]);
    expect(await invitationOf(person)).toEqual({ sendCount: 1, mails: 1, mailedLinkLive: true });
  });

  it("another organizer's send with the same key is not a repeat of this one", async () => {
    const person = await uninvitedMember("two-senders");
    const key = randomUUID();
    const colleague = await createOrganizerUser(db(), "sender");
    await db().insert(initiativeOrganizers).values({ initiativeId: ids.initiativeId, userId: colleague.userId, role: "organizer" });
    await sendInvitations(organizer, ids.eventId, [person.memberId], ctx, key);
    // (A deliberate resend: without it the colleague's send would skip the live link.)
    await sendInvitations(await organizerViewer(db(), colleague.userId), ids.eventId, [person.memberId], ctx, key, { resend: true });
    expect(await invitationOf(person)).toMatchObject({ sendCount: 2, mails: 2 });
  });
});

describe("the same import with one key imports once", () => {
  const list = (label: string, count: number) =>
    ["name,email,party,sector", ...Array.from({ length: count }, (_, i) => `Imported ${i},${unique(`${label}${i}`)}@example.org,Azerbaijan,media`)].join("\n");
  const emailsOf = (text: string) =>
    text
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[1]!);

  it('the repeat answers with the first\'s result, not "nobody added"; each person gets one mail', async () => {
    const text = list("twice-import", 3);
    const key = randomUUID();
    const first = await importInvitations(organizer, ids.eventId, text, { invite: ctx, requestKey: key, defaultConsent: "none" });
    const second = await importInvitations(organizer, ids.eventId, text, { invite: ctx, requestKey: key, defaultConsent: "none" });
    expect(first).toMatchObject({ ok: true, value: { imported: 3, invited: 3 } });
    // The same request answered again: what it did the first time, marked as done before (no report:
    // the kept answer holds counts only, never the people's names or addresses).
    expect(second).toEqual({ ok: true, value: { imported: 3, invited: 3, report: null } });
    for (const email of emailsOf(text)) expect(droppedMailTo(email)).toHaveLength(1);
    // A new import of the same list (a new key) is today's: nobody added, all already invited.
    const again = await importInvitations(organizer, ids.eventId, text, { invite: ctx, requestKey: randomUUID(), defaultConsent: "none" });
    expect(again).toMatchObject({ ok: true, value: { imported: 0, invited: 0 } });
    expect(again.ok && again.value.report?.alreadyInvited).toHaveLength(3);
  });

  it("at the same moment too (two requests racing with one key): one import, one answer twice", async () => {
    const text = list("raced-import", 4);
    const key = randomUUID();
    const results = await Promise.all([
      importInvitations(organizer, ids.eventId, text, { invite: ctx, requestKey: key, defaultConsent: "none" }),
      importInvitations(organizer, ids.eventId, text, { invite: ctx, requestKey: key, defaultConsent: "none" }),
    ]);
    expect(results.map((r) => (r.ok ? [r.value.imported, r.value.invited] : r.reason))).toEqual([
      [4, 4],
      [4, 4],
    ]);
    for (const email of emailsOf(text)) expect(droppedMailTo(email)).toHaveLength(1);
  });
});
