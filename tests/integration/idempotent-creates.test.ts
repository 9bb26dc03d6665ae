// #13: a create sent twice (double click, retry, replayed request) makes one row, for agenda items,
// people (and their invitation) and crossings; a fresh key makes another; another user's key is no
// repeat of theirs. Each failed on the code before: the same POST made two rows.
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { agendaItems, crossings, delegationMembers, initiativeOrganizers, mailOutbox } from "@/db/schema";
import { createAgendaItem } from "@/lib/agenda/queries";
import { createCrossing, listCrossingPoints } from "@/lib/crossings/queries";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import { personInput } from "@/lib/delegations/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { agendaItem, createOrganizerUser, memberByEmail, organizerViewer, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
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
