// Organizer approval: confirm or decline one or many, reasons in the audit log, roles, target size,
// and the parity panel's numbers following along.
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItemPeople, agendaItems, auditLog, delegationMembers, delegations, people } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { changeMemberRole, changeMemberStatus, getParity, setTargetSize } from "@/lib/delegations/membership";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createOrganizerUser, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

async function addMember(
  party: "Azerbaijan" | "Armenia",
  status: "invited" | "registered" | "confirmed" = "registered",
  sector: "expert" | "media" = "expert",
) {
  const [person] = await db()
    .insert(people)
    .values({ initiativeId: ids.initiativeId, nameLatin: unique("Member"), sector, email: `${unique("m")}@example.org` })
    .returning({ id: people.id });
  const [member] = await db()
    .insert(delegationMembers)
    .values({ delegationId: ids.delegations[party], eventId: ids.eventId, personId: person!.id, status })
    .returning({ id: delegationMembers.id });
  return { memberId: member!.id, personId: person!.id };
}

async function statusOf(memberId: string) {
  const [row] = await db()
    .select({ status: delegationMembers.status, role: delegationMembers.role })
    .from(delegationMembers)
    .where(eq(delegationMembers.id, memberId));
  return row!;
}

describe("changing status", () => {
  it("confirms several people at once and audits each with the previous status", async () => {
    const a = await addMember("Azerbaijan");
    const b = await addMember("Armenia", "invited");
    expect(await changeMemberStatus(organizer, ids.eventId, [a.memberId, b.memberId], "confirmed", "")).toEqual({ ok: true, value: { changed: 2 } });
    expect((await statusOf(a.memberId)).status).toBe("confirmed");
    expect((await statusOf(b.memberId)).status).toBe("confirmed");
    const [entry] = await db()
      .select({ details: auditLog.details, actor: auditLog.actorUserId })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, b.memberId), eq(auditLog.action, "delegation_member.status")));
    expect(entry).toEqual({ details: { from: "invited", to: "confirmed", reason: "" }, actor: organizer.userId });
  });

  it("needs a reason to decline, keeps it in the audit log, and writes nothing without it", async () => {
    const a = await addMember("Azerbaijan");
    expect(await changeMemberStatus(organizer, ids.eventId, [a.memberId], "declined", "")).toEqual({ ok: false, reason: "reasonRequired", field: "reason" });
    expect((await statusOf(a.memberId)).status).toBe("registered");
    expect(await changeMemberStatus(organizer, ids.eventId, [a.memberId], "declined", "Visa not issued in time")).toEqual({ ok: true, value: { changed: 1 } });
    const [entry] = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, a.memberId), eq(auditLog.action, "delegation_member.status")));
    expect(entry!.details).toEqual({ from: "registered", to: "declined", reason: "Visa not issued in time" });
  });

  it("never touches people of another event or initiative, whatever ids arrive", async () => {
    const outsider = await createOrganizerUser(db());
    const a = await addMember("Armenia");
    expect(await changeMemberStatus(outsider, ids.eventId, [a.memberId], "confirmed", "")).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await changeMemberStatus(organizer, ids.eventId, ["not-a-uuid"], "confirmed", "")).toEqual({ ok: false, reason: "delegations.noneSelected" });
    expect(await changeMemberRole(outsider, ids.eventId, a.memberId, "head")).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await setTargetSize(outsider, ids.eventId, ids.delegations.Armenia, 5)).toEqual({ ok: false, reason: "errors.notFound" });
    expect((await statusOf(a.memberId)).status).toBe("registered");
  });
});

describe("roles and target size", () => {
  it("making someone head hands the former head back to member", async () => {
    const [formerHead] = await db()
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.delegationId, ids.delegations.Azerbaijan), eq(delegationMembers.role, "head")));
    const a = await addMember("Azerbaijan", "confirmed");
    expect(await changeMemberRole(organizer, ids.eventId, a.memberId, "head")).toEqual({ ok: true, value: undefined });
    expect((await statusOf(a.memberId)).role).toBe("head");
    if (formerHead) expect((await statusOf(formerHead.id)).role).toBe("member");
    expect(await changeMemberRole(organizer, ids.eventId, a.memberId, "journalist")).toEqual({ ok: true, value: undefined });
    expect((await statusOf(a.memberId)).role).toBe("journalist");
  });

  it("sets and clears the target size", async () => {
    expect(await setTargetSize(organizer, ids.eventId, ids.delegations.Armenia, 21)).toEqual({ ok: true, value: undefined });
    const [row] = await db().select({ target: delegations.targetSize }).from(delegations).where(eq(delegations.id, ids.delegations.Armenia));
    expect(row!.target).toBe(21);
    await setTargetSize(organizer, ids.eventId, ids.delegations.Armenia, null);
    const [cleared] = await db().select({ target: delegations.targetSize }).from(delegations).where(eq(delegations.id, ids.delegations.Armenia));
    expect(cleared!.target).toBeNull();
  });
});

describe("parity panel", () => {
  it("follows confirmations and speakers", async () => {
    const before = (await getParity(organizer, ids.eventId))!;
    const armenia = (p: typeof before) => p.parties.find((x) => x.partyName === "Armenia")!;
    const a = await addMember("Armenia", "registered", "media");
    const mid = (await getParity(organizer, ids.eventId))!;
    expect(armenia(mid).awaiting).toBe(armenia(before).awaiting + 1);
    await changeMemberStatus(organizer, ids.eventId, [a.memberId], "confirmed", "");
    const after = (await getParity(organizer, ids.eventId))!;
    expect(armenia(after).confirmed).toBe(armenia(before).confirmed + 1);
    expect(armenia(after).confirmedBySector.media).toBe(armenia(before).confirmedBySector.media + 1);
    expect(after.parties.map((p) => p.partyName)).toEqual(["Armenia", "Azerbaijan"]);

    const [item] = await db()
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.eventId, ids.eventId), isNull(agendaItems.deletedAt)))
      .limit(1);
    await db().insert(agendaItemPeople).values({ agendaItemId: item!.id, personId: a.personId, role: "speaker" });
    const withSpeaker = (await getParity(organizer, ids.eventId))!;
    expect(armenia(withSpeaker).speakers).toBe(armenia(after).speakers + 1);
  });

  it("warns, per party, of speakers on public items whom the public cannot see by name (not closed-door ones)", async () => {
    const before = (await getParity(organizer, ids.eventId))!;
    const unlisted = (p: typeof before, party: string) => p.parties.find((x) => x.partyName === party)!.unlistedOnPublicItems;
    const items = await db()
      .select({ id: agendaItems.id, visibility: agendaItems.visibility, closedDoor: agendaItems.closedDoor })
      .from(agendaItems)
      .where(and(eq(agendaItems.eventId, ids.eventId), isNull(agendaItems.deletedAt)));
    const publicItem = items.find((i) => i.visibility === "public" && !i.closedDoor)!;
    const closedItem = items.find((i) => i.closedDoor) ?? items.find((i) => i.visibility !== "public")!;
    const hidden = await addMember("Azerbaijan", "confirmed"); // consent defaults to "none"
    const hiddenElsewhere = await addMember("Azerbaijan", "confirmed");
    await db()
      .insert(agendaItemPeople)
      .values([
        { agendaItemId: publicItem.id, personId: hidden.personId, role: "speaker" },
        { agendaItemId: closedItem.id, personId: hiddenElsewhere.personId, role: "speaker" },
      ]);
    const after = (await getParity(organizer, ids.eventId))!;
    expect(unlisted(after, "Azerbaijan")).toBe(unlisted(before, "Azerbaijan") + 1);
    expect(unlisted(after, "Armenia")).toBe(unlisted(before, "Armenia"));
    await db().update(delegationMembers).set({ consent: "public" }).where(eq(delegationMembers.id, hidden.memberId));
    expect(unlisted((await getParity(organizer, ids.eventId))!, "Azerbaijan")).toBe(unlisted(before, "Azerbaijan"));
  });
});
