// Issue #19, points 3 and 12, through the data layer and the server actions the screens call:
// - a bulk send skips people whose link is still live (unexpired, unused, unrevoked) unless a
//   resend is chosen, and says how many were sent and how many skipped;
// - creating an event whose last day has passed (in its own time zone) asks first, keeps what was
//   typed, and goes through once the organizer says it is a record of a past event.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { DateTime } from "luxon";
import { events, invitations } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import type { PersonInput } from "@/lib/delegations/schema";
import { revokeInvitation, sendInvitations } from "@/lib/invitations/queries";
import { idle } from "@/lib/forms/action-state";
import { droppedMailTo } from "@/tests/helpers/mail";
import { form, rejectionOf } from "@/tests/helpers/action-calls";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { bulkMembersAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/delegations/actions";
import { createEventAction } from "@/app/[locale]/(organize)/organize/initiatives/[initiativeId]/events/new/actions";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/headers", () => ({ headers: vi.fn(async () => new Headers({ host: "localhost:3000" })) }));

const { db } = setupTestDatabase();
const ctx = { locale: "en" as const, origin: "https://roundtable.example" };

let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  session.current = { user: { id: ids.organizerId } };
});

function person(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    partyId: ids.parties.Armenia,
    nameLatin: unique("Invitee"),
    nameNative: "",
    organization: "Yerevan Dialogue Centre",
    position: "Analyst",
    sector: "expert",
    email: `${unique("invitee")}@example.org`,
    phone: "",
    consent: "none",
    status: "invited",
    head: false,
    sendInvitation: false,
    ...overrides,
  };
}

async function added(overrides: Partial<PersonInput> = {}) {
  const input = person(overrides);
  const result = await addPersonToDelegation(organizer, ids.eventId, input, overrides.sendInvitation ? ctx : undefined);
  if (!result.ok) throw new Error(result.reason);
  return { memberId: result.value.memberId, email: input.email };
}

const tokenHashOf = async (memberId: string) =>
  (await db().select({ hash: invitations.tokenHash }).from(invitations).where(eq(invitations.memberId, memberId)))[0]?.hash;

describe("sending invitations never sends a second one by accident", () => {
  it("skips people whose link is live unless resend is chosen; expired and withdrawn links count as not live", async () => {
    const live = await added({ sendInvitation: true });
    const fresh = await added();
    const withdrawn = await added({ sendInvitation: true });
    await revokeInvitation(organizer, ids.eventId, withdrawn.memberId);
    const expired = await added({ sendInvitation: true });
    await db()
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.memberId, expired.memberId));
    const noEmail = await added({ email: "" });
    const liveHash = await tokenHashOf(live.memberId);

    const all = [live, fresh, withdrawn, expired, noEmail].map((p) => p.memberId);
    expect(await sendInvitations(organizer, ids.eventId, all, ctx, randomUUID())).toEqual({ ok: true, value: { sent: 3, live: 1, skipped: 1 } });
    // The live link was left alone: one mail, the same link.
    expect(droppedMailTo(live.email)).toHaveLength(1);
    expect(await tokenHashOf(live.memberId)).toBe(liveHash);
    for (const other of [fresh, withdrawn]) expect(droppedMailTo(other.email).length).toBeGreaterThanOrEqual(1);

    // Now everyone with an email has a live link: a plain send sends nothing...
    expect(await sendInvitations(organizer, ids.eventId, all, ctx, randomUUID())).toEqual({ ok: true, value: { sent: 0, live: 4, skipped: 1 } });
    // ...and an explicit resend sends each a new one.
    expect(await sendInvitations(organizer, ids.eventId, all, ctx, randomUUID(), { resend: true })).toEqual({
      ok: true,
      value: { sent: 4, live: 0, skipped: 1 },
    });
    expect(droppedMailTo(live.email)).toHaveLength(2);
    expect(await tokenHashOf(live.memberId)).not.toBe(liveHash);
  });

  it("the roster's bulk send says how many were sent and how many skipped because they already had one", async () => {
    const live = await added({ sendInvitation: true });
    const fresh = await added();
    const state = await bulkMembersAction(ids.eventId, idle, form({ intent: "invite", memberIds: [live.memberId, fresh.memberId], requestKey: randomUUID() }));
    expect(state).toEqual({ status: "ok", message: "delegations.invitationsResult", messageValues: { sent: 1, live: 1, skipped: 0 } });
    expect(droppedMailTo(live.email)).toHaveLength(1);

    const resent = await bulkMembersAction(
      ids.eventId,
      idle,
      form({ intent: "invite", resend: "on", memberIds: [live.memberId, fresh.memberId], requestKey: randomUUID() }),
    );
    expect(resent).toEqual({ status: "ok", message: "delegations.invitationsResult", messageValues: { sent: 2, live: 0, skipped: 0 } });
    expect(droppedMailTo(live.email)).toHaveLength(2);
  });
});

describe("a new event whose days are in the past", () => {
  const fields = (title: string, day: string, timeZone = "Asia/Baku") => ({
    title,
    format: "Round table",
    hostPartyId: ids.parties.Azerbaijan,
    venueName: "Hall",
    city: "Gazakh",
    country: "Azerbaijan",
    timeZone,
    firstDay: day,
    lastDay: day,
    languages: ["en", "az"],
    status: "draft",
  });

  it("is asked about first, with everything typed kept and the status offered as concluded; then created as a record", async () => {
    const title = unique("Past round table");
    const lastWeek = DateTime.now().setZone("Asia/Baku").minus({ days: 7 }).toISODate()!;
    const asked = await createEventAction(ids.initiativeId, idle, form(fields(title, lastWeek)));
    expect(asked).toMatchObject({
      status: "error",
      message: "eventForm.pastEventQuestion",
      fieldErrors: { pastRecord: ["pastEvent"] },
      values: { title, firstDay: lastWeek, lastDay: lastWeek, venueName: "Hall", languages: ["en", "az"], status: "concluded" },
    });
    expect(await db().$count(events, eq(events.title, title))).toBe(0);

    const created = await rejectionOf(() =>
      createEventAction(ids.initiativeId, idle, form({ ...fields(title, lastWeek), status: "concluded", pastRecord: "on" })),
    );
    const [event] = await db().select({ id: events.id, status: events.status }).from(events).where(eq(events.title, title));
    expect(event).toMatchObject({ status: "concluded" });
    expect(created).toMatchObject({ digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;[a-z]+;/en/organize/events/${event!.id}/agenda;`)) });
  });

  it("counts days in the event's own time zone: its last day is over only once midnight passed there", async () => {
    // Yesterday in Pago Pago (UTC−11) may still be today somewhere else, but never "past" there today.
    const todayThere = DateTime.now().setZone("Pacific/Pago_Pago").toISODate()!;
    const title = unique("Today there");
    const created = await rejectionOf(() => createEventAction(ids.initiativeId, idle, form(fields(title, todayThere, "Pacific/Pago_Pago"))));
    expect(created).toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
    expect(await db().$count(events, eq(events.title, title))).toBe(1);
  });
});
