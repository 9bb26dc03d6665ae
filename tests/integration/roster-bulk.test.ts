// Issue #19 point 4, the roster: bulk confirm, decline, invite and export on the ticked people or on
// everyone matching the roster's filter. Every ticked id must be a member of this very event, or the
// whole action is refused and nothing changes; the answer says how many were done and skipped.
// Only the request context is mocked (session, cache, locale); the database and catalogs are real.
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { and, eq, inArray } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, delegationMembers, delegations, invitations, people } from "@/db/schema";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { bulkChangeStatus } from "@/lib/delegations/bulk";
import { NO_FILTER } from "@/lib/delegations/roster-filter";
import { idle } from "@/lib/forms/action-state";
import { sendInvitations } from "@/lib/invitations/queries";
import { form } from "@/tests/helpers/action-calls";
import { createTestEvent, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { bulkMembersAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/delegations/actions";
import { GET as exportRoster } from "@/app/[locale]/(organize)/organize/events/[eventId]/delegations/export/route";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next-intl/server", () => ({
  getLocale: vi.fn(async () => "en"),
  getTranslations: vi.fn(async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: await loadMessages(locale), namespace }),
  ),
}));
vi.mock("next/headers", () => ({ headers: vi.fn(async () => new Headers({ host: "localhost:3000" })) }));

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  session.current = { user: { id: ids.organizerId } };
});

type Status = "invited" | "registered" | "confirmed" | "declined" | "withdrawn";

/** A person on an event's roster, inserted directly (the single-person forms are tested elsewhere). */
async function addMember(
  eventId: string,
  party: "Azerbaijan" | "Armenia",
  status: Status = "invited",
  consent: "public" | "delegates" | "none" = "none",
): Promise<{ memberId: string; name: string }> {
  const name = unique(`${party} Member`);
  const [delegation] = await db()
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(eq(delegations.eventId, eventId), eq(delegations.partyId, ids.parties[party])));
  const [person] = await db()
    .insert(people)
    .values({ initiativeId: ids.initiativeId, nameLatin: name, sector: "expert", email: `${unique("bulk")}@example.org` })
    .returning({ id: people.id });
  const [member] = await db()
    .insert(delegationMembers)
    .values({ delegationId: delegation!.id, eventId, personId: person!.id, status, consent })
    .returning({ id: delegationMembers.id });
  return { memberId: member!.id, name };
}

async function statuses(memberIds: string[]): Promise<Record<string, string>> {
  const rows = await db()
    .select({ id: delegationMembers.id, status: delegationMembers.status })
    .from(delegationMembers)
    .where(inArray(delegationMembers.id, memberIds));
  return Object.fromEntries(rows.map((r) => [r.id, r.status]));
}

async function invitationCount(memberIds: string[]): Promise<number> {
  return (await db().select({ id: invitations.id }).from(invitations).where(inArray(invitations.memberId, memberIds))).length;
}

const newEvent = () => createTestEvent(organizer, ids, { title: "Bulk roster" });

describe("ticked ids are checked to belong to the event", () => {
  it("an id of another event's member refuses the whole confirm, and nothing changes", async () => {
    const [eventId, otherEventId] = [await newEvent(), await newEvent()];
    const ours = await addMember(eventId, "Armenia");
    const theirs = await addMember(otherEventId, "Armenia");
    const state = await bulkMembersAction(eventId, idle, form({ intent: "confirm", memberIds: [ours.memberId, theirs.memberId] }));
    expect(state).toMatchObject({ status: "error", message: "delegations.notOnRoster" });
    expect(await statuses([ours.memberId, theirs.memberId])).toEqual({ [ours.memberId]: "invited", [theirs.memberId]: "invited" });
    const audited = await db()
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(inArray(auditLog.entityId, [ours.memberId, theirs.memberId]), eq(auditLog.action, "delegation_member.status")));
    expect(audited).toEqual([]);
    // The data layer refuses it too, whoever calls it.
    expect(await bulkChangeStatus(organizer, eventId, { memberIds: [theirs.memberId] }, "confirmed", "")).toEqual({
      ok: false,
      reason: "delegations.notOnRoster",
    });
  });

  it("and the whole send of invitations: nobody gets a link", async () => {
    const [eventId, otherEventId] = [await newEvent(), await newEvent()];
    const ours = await addMember(eventId, "Azerbaijan");
    const theirs = await addMember(otherEventId, "Azerbaijan");
    const state = await bulkMembersAction(eventId, idle, form({ intent: "invite", memberIds: [ours.memberId, theirs.memberId], requestKey: randomUUID() }));
    expect(state).toMatchObject({ status: "error", message: "delegations.notOnRoster" });
    expect(await invitationCount([ours.memberId, theirs.memberId])).toBe(0);
    // Without `exact`, the send keeps its old rule for other callers: unknown ids are left out.
    const loose = await sendInvitations(organizer, eventId, [ours.memberId, theirs.memberId], { locale: "en", origin: "https://rt.example" });
    expect(loose).toEqual({ ok: true, value: { sent: 1, live: 0, skipped: 1 } });
  });

  it("the whole decline as well, and a value that is not an id at all", async () => {
    const [eventId, otherEventId] = [await newEvent(), await newEvent()];
    const ours = await addMember(eventId, "Armenia", "registered");
    const theirs = await addMember(otherEventId, "Armenia", "registered");
    const declined = await bulkMembersAction(eventId, idle, form({ intent: "decline", reason: "No visa", memberIds: [ours.memberId, theirs.memberId] }));
    expect(declined).toMatchObject({ status: "error", message: "delegations.notOnRoster" });
    const garbage = await bulkMembersAction(eventId, idle, form({ intent: "confirm", memberIds: [ours.memberId, "1 OR 1=1"] }));
    expect(garbage).toMatchObject({ status: "error", message: "delegations.notOnRoster" });
    expect(await statuses([ours.memberId, theirs.memberId])).toEqual({ [ours.memberId]: "registered", [theirs.memberId]: "registered" });
  });
});

describe("bulk confirm and decline", () => {
  it("confirms invited and registered people, and says who was skipped and why", async () => {
    const eventId = await newEvent();
    const invited = await addMember(eventId, "Armenia", "invited");
    const registered = await addMember(eventId, "Armenia", "registered");
    const confirmed = await addMember(eventId, "Azerbaijan", "confirmed");
    const declined = await addMember(eventId, "Azerbaijan", "declined");
    const all = [invited, registered, confirmed, declined].map((m) => m.memberId);
    const state = await bulkMembersAction(eventId, idle, form({ intent: "confirm", memberIds: all }));
    expect(state).toEqual({ status: "ok", message: "delegations.confirmSummary", messageValues: { changed: 2, already: 1, held: 1 } });
    expect(await statuses(all)).toEqual({
      [invited.memberId]: "confirmed",
      [registered.memberId]: "confirmed",
      [confirmed.memberId]: "confirmed",
      // Taking a declined person back needs a reason, one by one on their page: never in passing.
      [declined.memberId]: "declined",
    });
    const [entry] = await db()
      .select({ details: auditLog.details, actor: auditLog.actorUserId })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, registered.memberId), eq(auditLog.action, "delegation_member.status")));
    expect(entry).toEqual({ details: { from: "registered", to: "confirmed", reason: "" }, actor: organizer.userId });
    const en = createTranslator({ locale: "en", messages: await loadMessages("en"), namespace: "delegations" }) as unknown as (
      key: string,
      values: Record<string, number>,
    ) => string;
    expect(en("confirmSummary", { changed: 7, already: 2, held: 0 })).toBe("Confirmed 7; 2 skipped: already confirmed.");
  });

  it("declining needs a reason and keeps everyone as they were without it", async () => {
    const eventId = await newEvent();
    const a = await addMember(eventId, "Armenia", "registered");
    const b = await addMember(eventId, "Armenia", "declined");
    const refused = await bulkMembersAction(eventId, idle, form({ intent: "decline", memberIds: [a.memberId, b.memberId] }));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { reason: ["reasonRequired"] } });
    expect(await statuses([a.memberId])).toEqual({ [a.memberId]: "registered" });
    const state = await bulkMembersAction(eventId, idle, form({ intent: "decline", reason: "Visa refused", memberIds: [a.memberId, b.memberId] }));
    expect(state).toEqual({ status: "ok", message: "delegations.declineSummary", messageValues: { changed: 1, already: 1 } });
  });

  it("nobody ticked is said so", async () => {
    const eventId = await newEvent();
    expect(await bulkMembersAction(eventId, idle, form({ intent: "confirm" }))).toMatchObject({ status: "error", message: "delegations.noneSelected" });
  });
});

describe("select all shown: everyone matching the filter, read again on the server", () => {
  it("confirms the filtered party's invited people only", async () => {
    const eventId = await newEvent();
    const armenians = [await addMember(eventId, "Armenia"), await addMember(eventId, "Armenia")];
    const armenianRegistered = await addMember(eventId, "Armenia", "registered");
    const azerbaijani = await addMember(eventId, "Azerbaijan");
    const state = await bulkMembersAction(
      eventId,
      idle,
      form({ intent: "confirm", allShown: "on", party: ids.parties.Armenia, status: "invited", consent: "", invitation: "" }),
    );
    expect(state).toEqual({ status: "ok", message: "delegations.confirmSummary", messageValues: { changed: 2, already: 0, held: 0 } });
    expect(await statuses([...armenians, armenianRegistered, azerbaijani].map((m) => m.memberId))).toEqual({
      [armenians[0]!.memberId]: "confirmed",
      [armenians[1]!.memberId]: "confirmed",
      [armenianRegistered.memberId]: "registered",
      [azerbaijani.memberId]: "invited",
    });
  });

  it("a filter naming another event's party, or nobody matching, changes nothing", async () => {
    const eventId = await newEvent();
    const a = await addMember(eventId, "Armenia");
    const foreignParty = randomUUID();
    expect(await bulkMembersAction(eventId, idle, form({ intent: "confirm", allShown: "on", party: foreignParty }))).toMatchObject({
      status: "error",
      message: "delegations.filterInvalid",
    });
    expect(await bulkMembersAction(eventId, idle, form({ intent: "confirm", allShown: "on", status: "withdrawn" }))).toMatchObject({
      status: "error",
      message: "delegations.noneMatching",
    });
    expect(await statuses([a.memberId])).toEqual({ [a.memberId]: "invited" });
    // The data layer, with no filter at all, is the whole roster of this event only.
    const other = await addMember(await newEvent(), "Armenia");
    expect(await bulkChangeStatus(organizer, eventId, { filter: NO_FILTER }, "confirmed", "")).toEqual({
      ok: true,
      value: { changed: 1, already: 0, held: 0 },
    });
    expect(await statuses([other.memberId])).toEqual({ [other.memberId]: "invited" });
  });

  it("sends invitations to everyone not yet invited on the filtered side; those with a live link are skipped", async () => {
    const eventId = await newEvent();
    const fresh = await addMember(eventId, "Azerbaijan");
    const live = await addMember(eventId, "Azerbaijan");
    const armenian = await addMember(eventId, "Armenia");
    const ctx = { locale: "en" as const, origin: "https://rt.example" };
    expect(await sendInvitations(organizer, eventId, [live.memberId], ctx)).toMatchObject({ ok: true, value: { sent: 1 } });
    const notInvited = await bulkMembersAction(
      eventId,
      idle,
      form({ intent: "invite", allShown: "on", party: ids.parties.Azerbaijan, invitation: "none", requestKey: randomUUID() }),
    );
    expect(notInvited).toEqual({ status: "ok", message: "delegations.invitationsResult", messageValues: { sent: 1, live: 0, skipped: 0 } });
    const wholeSide = await bulkMembersAction(
      eventId,
      idle,
      form({ intent: "invite", allShown: "on", party: ids.parties.Azerbaijan, requestKey: randomUUID() }),
    );
    expect(wholeSide).toEqual({ status: "ok", message: "delegations.invitationsResult", messageValues: { sent: 0, live: 2, skipped: 0 } });
    expect(await invitationCount([fresh.memberId, live.memberId, armenian.memberId])).toBe(2);
    expect(await invitationCount([armenian.memberId])).toBe(0);
  });
});

describe("exporting the selection", () => {
  const get = (eventId: string, query: string) =>
    exportRoster(new Request(`http://localhost:3000/en/organize/events/${eventId}/delegations/export?${query}`), {
      params: Promise.resolve({ locale: "en", eventId }),
    } as never);
  const names = async (response: Response) =>
    (parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[]).map((r) => r["Name (Latin script)"]);

  it("exports the ticked people, or everyone matching the filter; a ticked id of another event is refused", async () => {
    const eventId = await newEvent();
    const a = await addMember(eventId, "Armenia", "invited", "public");
    const b = await addMember(eventId, "Armenia", "confirmed", "none");
    const c = await addMember(eventId, "Azerbaijan", "invited", "public");
    const ticked = await get(eventId, `memberIds=${a.memberId}&memberIds=${c.memberId}`);
    expect(ticked.status).toBe(200);
    expect((await names(ticked)).sort()).toEqual([a.name, c.name].sort());

    const filtered = await get(eventId, `allShown=on&party=${ids.parties.Armenia}&consent=&status=&invitation=`);
    expect((await names(filtered)).sort()).toEqual([a.name, b.name].sort());
    const workbook = await get(eventId, `allShown=on&consent=public&format=xlsx`);
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    const theirs = await addMember(await newEvent(), "Armenia");
    const refused = await get(eventId, `memberIds=${a.memberId}&memberIds=${theirs.memberId}`);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain(a.name);
    // The bar's export buttons with nobody ticked: said, not the whole roster instead.
    const nobody = await get(eventId, "fromBar=1&reason=&intent=");
    expect(nobody.status).toBe(400);
    expect(await nobody.text()).toBe("Tick at least one person (or “select all shown”) to export, then try again.");
    // Without a selection it is the whole roster, as before.
    expect((await names(await get(eventId, ""))).sort()).toEqual([a.name, b.name, c.name].sort());
  });
});
