// Consent before exposure: what the public and delegates read never carries more than they may
// see: no names without consent, no contact data, no organizers-only or draft material.
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItems, delegationMembers, events, outcomeRevisions, outcomes, people, users } from "@/db/schema";
import { listEventsForDelegate } from "@/lib/agenda/queries";
import { getReleasedAgenda, releaseAgenda } from "@/lib/agenda/releases";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { countDelegationsByParty, listPublicDelegates } from "@/lib/delegations/queries";
import { getPublicEvent, listPublicEvents } from "@/lib/events/queries";
import { getPublishedOutcome, publishOutcome, saveOutcomeDraft } from "@/lib/outcomes/queries";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { delegateViewer, memberByEmail, unique, type DemoIds, seedDemoContext } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;

const PUBLIC_DELEGATE_KEYS = ["head", "nameLatin", "nameNative", "organization", "position", "partyName"].sort();

/** Extra Armenian members whose status or consent keeps them off the public list. */
const EXTRA = [
  { key: "invited", status: "invited", consent: "public" },
  { key: "withdrawn", status: "withdrawn", consent: "public" },
  { key: "declined", status: "declined", consent: "public" },
  { key: "unlisted", status: "registered", consent: "none" },
  { key: "delegatesOnly", status: "confirmed", consent: "delegates" },
] as const;
const extraNames = new Map<string, string>();

const at = (time: string) => zonedLocalToInstant("2026-02-14", time, "Asia/Yerevan")!;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));

  for (const extra of EXTRA) {
    const name = unique(`Extra ${extra.key}`);
    extraNames.set(extra.key, name);
    const [person] = await db()
      .insert(people)
      .values({ initiativeId: ids.initiativeId, nameLatin: name, sector: "civil_society", email: `${unique(extra.key)}@example.org`, phone: "+374 99 555 999" })
      .returning({ id: people.id });
    await db().insert(delegationMembers).values({
      delegationId: ids.delegations.Armenia,
      eventId: ids.eventId,
      personId: person!.id,
      status: extra.status,
      consent: extra.consent,
    });
  }

  // A closed-door item visible to delegates only: neither its existence nor its title reaches the public.
  await db()
    .insert(agendaItems)
    .values({
      eventId: ids.eventId,
      kind: "working_group",
      title: unique("Closed delegates-only working group"),
      description: "Sensitive",
      place: "Room 3",
      startsAt: at("07:00"),
      endsAt: at("07:30"),
      visibility: "delegates",
      closedDoor: true,
    });
  // Readers see releases only: release the draft including that item (the demo is at version 1).
  expect(await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: 2 })).toEqual({ ok: true, value: { version: 2, notified: 0 } });
});

describe("listPublicDelegates", () => {
  it("lists only consenting people who are coming, and carries no contact data", async () => {
    const rows = await listPublicDelegates(ids.eventId);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(PUBLIC_DELEGATE_KEYS);

    const eligible = await db()
      .select({ nameLatin: people.nameLatin })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .where(
        and(
          eq(delegationMembers.eventId, ids.eventId),
          eq(delegationMembers.consent, "public"),
          inArray(delegationMembers.status, ["registered", "confirmed"]),
        ),
      );
    expect(rows.map((r) => r.nameLatin).sort()).toEqual(eligible.map((e) => e.nameLatin).sort());

    const listed = new Set(rows.map((r) => r.nameLatin));
    for (const name of extraNames.values()) expect(listed.has(name)).toBe(false);
    // Demo people without public consent (or who declined) are absent too.
    for (const name of ["Tural Babayev", "Orkhan Nasibov", "Kamran Ahmadov", "Zaur Hajiyev", "Samvel Asatryan"]) {
      expect(listed.has(name)).toBe(false);
    }
    // A registered person with public consent is listed.
    expect(listed.has("Samira Novruzova")).toBe(true);
  });

  it("marks each delegation's head and keeps the parties in name order", async () => {
    const rows = await listPublicDelegates(ids.eventId);
    const heads = rows.filter((r) => r.head);
    expect(heads.map((h) => h.partyName)).toEqual(["Armenia", "Azerbaijan"]);
    expect(rows.map((r) => r.partyName)).toEqual([...rows.map((r) => r.partyName)].sort());
  });

  it("serializes with no e-mail or phone anywhere", async () => {
    const json = JSON.stringify(await listPublicDelegates(ids.eventId));
    expect(json).not.toMatch(/@example\.org/);
    expect(json).not.toMatch(/555/);
  });
});

describe("countDelegationsByParty", () => {
  it("counts registered and confirmed members, listed or not", async () => {
    const counts = await countDelegationsByParty(ids.eventId);
    // Demo: Azerbaijan 19 minus one declined; Armenia 17 minus one declined. Extras: "unlisted"
    // (registered) and "delegatesOnly" (confirmed) count, invited/withdrawn/declined do not.
    expect(counts).toEqual([
      { partyName: "Armenia", count: 16 + 2 },
      { partyName: "Azerbaijan", count: 18 },
    ]);
  });
});

describe("released agenda for the public", () => {
  it("holds public items only, and closed-door ones without title, description, place or people", async () => {
    const agenda = await getReleasedAgenda(ids.eventId, "public");
    expect(agenda?.version).toBe(2);
    const rows = agenda!.items;
    const stored = await db()
      .select({ id: agendaItems.id, visibility: agendaItems.visibility, closedDoor: agendaItems.closedDoor, title: agendaItems.title })
      .from(agendaItems)
      .where(eq(agendaItems.eventId, ids.eventId));
    const byId = new Map(stored.map((s) => [s.id, s]));

    expect(rows.map((r) => r.id).sort()).toEqual(
      stored
        .filter((s) => s.visibility === "public")
        .map((s) => s.id)
        .sort(),
    );
    for (const row of rows) expect(byId.get(row.id)?.visibility).toBe("public");
    const titles = rows.map((r) => r.title);
    expect(titles).not.toContain("Organizers' logistics briefing");
    expect(titles).not.toContain("Informal cultural and social evening");
    expect(titles.some((t) => t.startsWith("Closed delegates-only working group"))).toBe(false);

    const closed = rows.filter((r) => r.closedDoor);
    expect(closed.length).toBeGreaterThan(0);
    for (const item of closed) {
      expect(item).toMatchObject({ title: "", description: "", place: "" });
      expect(item.startsAt).toBeInstanceOf(Date);
      expect(agenda!.participants.has(item.id)).toBe(false);
    }
    const secretTitle = stored.find((s) => s.closedDoor && s.visibility === "public")!.title;
    expect(JSON.stringify(agenda)).not.toContain(secretTitle);
    // The public changelog of version 2 does not reveal the delegates-only closed item.
    expect(JSON.stringify(agenda!.changes)).not.toContain("Closed delegates-only working group");
  });
});

describe("public events", () => {
  it("hides a draft event and shows it once announced", async () => {
    const slug = unique("draft-round-table");
    const [draft] = await db()
      .insert(events)
      .values({
        initiativeId: ids.initiativeId,
        slug,
        title: "Unannounced round table",
        format: "Round table",
        hostPartyId: ids.parties.Azerbaijan,
        venueName: "Hall",
        city: "Baku",
        country: "Azerbaijan",
        timeZone: "Asia/Baku",
        firstDay: "2026-09-01",
        lastDay: "2026-09-02",
        languages: ["en"],
        status: "draft",
      })
      .returning({ id: events.id });

    expect(await getPublicEvent(slug)).toBeNull();
    expect((await listPublicEvents()).map((e) => e.slug)).not.toContain(slug);
    expect((await listPublicEvents()).map((e) => e.slug)).toContain("peace-bridge-tsaghkadzor-2026");

    await db().update(events).set({ status: "announced" }).where(eq(events.id, draft!.id));
    expect(await getPublicEvent(slug)).toMatchObject({ slug, status: "announced", hostPartyName: "Azerbaijan" });
    expect((await listPublicEvents()).map((e) => e.slug)).toContain(slug);
  });
});

describe("a delegate's schedule", () => {
  it("gives the demo delegate their event with delegates' and public items, never organizers-only ones", async () => {
    const viewer = await delegateViewer(db(), ids.delegateId);
    expect((await listEventsForDelegate(viewer)).map((e) => e.id)).toEqual([ids.eventId]);
    const agenda = await getReleasedAgenda(ids.eventId, "delegate");
    const items = agenda!.items;
    const organizersOnly = await db()
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.eventId, ids.eventId), eq(agendaItems.visibility, "organizers")));
    expect(organizersOnly.length).toBeGreaterThan(0);
    expect(items.every((i) => i.visibility !== "organizers")).toBe(true);
    const itemIds = items.map((i) => i.id);
    for (const hidden of organizersOnly) expect(itemIds).not.toContain(hidden.id);
    expect(items.some((i) => i.visibility === "delegates")).toBe(true);
    expect(items.some((i) => i.visibility === "public")).toBe(true);
    // Delegates see the closed-door item in full, and its addition in the changelog.
    expect(items.some((i) => i.title.startsWith("Closed delegates-only working group"))).toBe(true);
    expect(agenda!.changes.some((c) => c.type === "added" && c.item.title.startsWith("Closed delegates-only working group"))).toBe(true);
    const total = await db().$count(agendaItems, eq(agendaItems.eventId, ids.eventId));
    expect(items).toHaveLength(total - organizersOnly.length);
  });

  it("gives nothing to a delegate who declined or withdrew, or who has no person", async () => {
    const declined = await memberByEmail(db(), ids.eventId, "zaur.hajiyev@example.org");
    const [withdrawnPerson] = await db()
      .select({ personId: delegationMembers.personId })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .where(eq(people.nameLatin, extraNames.get("withdrawn")!));
    for (const personId of [declined.personId, withdrawnPerson!.personId, null]) {
      const [user] = await db()
        .insert(users)
        .values({ email: `${unique("delegate")}@example.org`, role: "delegate" })
        .returning({ id: users.id });
      if (personId) await db().update(people).set({ userId: user!.id }).where(eq(people.id, personId));
      expect(await listEventsForDelegate(await delegateViewer(db(), user!.id))).toEqual([]);
    }
  });
});

describe("published outcome", () => {
  it("is null while only a draft exists", async () => {
    const [outcome] = await db().select({ status: outcomes.status }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
    expect(outcome?.status).toBe("draft");
    expect(await getPublishedOutcome(ids.eventId)).toBeNull();
  });

  it("publishes revision 1, keeps it when the draft changes, and adds revision 2 on the next publish", async () => {
    // The demo's heads have not signed off: published anyway, with the reason on record.
    const anyway = { anyway: true, reason: "Published before the heads signed off", publishAt: null };
    const first = await publishOutcome(organizer, ids.eventId, { note: "", version: 1, ...anyway });
    expect(first).toEqual({ ok: true, value: { revision: 1, scheduled: false } });
    const published1 = await getPublishedOutcome(ids.eventId);
    expect(published1?.revision).toBe(1);
    expect(published1?.statements.map((s) => s.language)).toEqual(["en", "ru"]);
    expect(published1?.statements[0]?.text).toMatch(/^On 13–14 February 2026/);
    const [rev1Row] = await db().select().from(outcomeRevisions).where(eq(outcomeRevisions.revision, 1));

    // Editing the draft after publication changes nothing the public reads.
    const correction = unique("Corrected English statement");
    const saved = await saveOutcomeDraft(organizer, ids.eventId, { version: 2, statements: [{ language: "en", text: correction }] });
    expect(saved).toEqual({ ok: true, value: { version: 3 } });
    expect(await getPublishedOutcome(ids.eventId)).toEqual(published1);

    const second = await publishOutcome(organizer, ids.eventId, { note: "Correction", version: 3, ...anyway });
    expect(second).toEqual({ ok: true, value: { revision: 2, scheduled: false } });
    const published2 = await getPublishedOutcome(ids.eventId);
    expect(published2).toMatchObject({ revision: 2, note: "Correction", statements: [{ language: "en", text: correction }] });
    expect(published2?.firstPublishedAt).toEqual(published1?.publishedAt);

    const revisions = await db().select().from(outcomeRevisions).orderBy(outcomeRevisions.revision);
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(revisions[0]).toEqual(rev1Row);
  });
});
