// The privacy matrix of issue #4: for each viewer (organizer, the delegate, another delegate,
// anonymous) and each personal field, what the data layer hands over. Sentinels make a leak
// impossible to miss: every value below is unique and searched for in the whole result.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItemPeople, agendaItems, delegationMembers, people, travelDocuments } from "@/db/schema";
import { listParticipants } from "@/lib/agenda/participants";
import { getReleasedAgenda, releaseAgenda } from "@/lib/agenda/releases";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { getMyDetails, listFellowDelegates, updateMyConsent } from "@/lib/delegations/for-delegate";
import { getMemberForOrganizer } from "@/lib/delegations/member";
import { changeMemberStatus } from "@/lib/delegations/membership";
import { listDelegationsForOrganizer, listPublicDelegates } from "@/lib/delegations/queries";
import { listRosterForExport } from "@/lib/delegations/roster-export";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createDelegateAccount, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();

type Consent = "public" | "delegates" | "none";
type Subject = {
  consent: Consent;
  memberId: string;
  personId: string;
  name: string;
  email: string;
  phone: string;
  dietary: string;
  access: string;
  document: string;
  viewer: DelegateViewer;
};

let ids: DemoIds;
let organizer: OrganizerViewer;
const subjects = {} as Record<Consent, Subject>;
/** A delegate of the same event who is none of the subjects. */
let other: DelegateViewer;

async function makeDelegate(consent: Consent): Promise<Subject> {
  const tag = unique(`S${consent}`).replace(/-/g, "");
  const subject = {
    consent,
    name: `Name${tag}`,
    email: `${tag.toLowerCase()}@example.org`,
    phone: `+994 55 ${Math.floor(100000 + Math.random() * 899999)}`,
    dietary: `Diet${tag}`,
    access: `Access${tag}`,
    document: `DOC${tag.toUpperCase()}`,
  };
  const [person] = await db()
    .insert(people)
    .values({ initiativeId: ids.initiativeId, nameLatin: subject.name, sector: "civil_society", email: subject.email, phone: subject.phone })
    .returning({ id: people.id });
  const [member] = await db()
    .insert(delegationMembers)
    .values({
      delegationId: ids.delegations.Armenia,
      eventId: ids.eventId,
      personId: person!.id,
      status: "confirmed",
      consent,
      dietaryNeeds: subject.dietary,
      accessibilityNeeds: subject.access,
    })
    .returning({ id: delegationMembers.id });
  await db()
    .insert(travelDocuments)
    .values({ memberId: member!.id, eventId: ids.eventId, documentType: "passport", documentNumber: subject.document, issuingCountry: "Armenia" });
  return { ...subject, memberId: member!.id, personId: person!.id, viewer: await createDelegateAccount(db(), person!.id) };
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  for (const consent of ["public", "delegates", "none"] as const) subjects[consent] = await makeDelegate(consent);
  other = (await makeDelegate("public")).viewer;
  // Each subject speaks in a public session, so their name could ride along on the agenda too.
  const starts = zonedLocalToInstant("2026-02-14", "19:00", "Asia/Yerevan")!;
  const [item] = await db()
    .insert(agendaItems)
    .values({
      eventId: ids.eventId,
      kind: "plenary",
      title: unique("Matrix session"),
      startsAt: starts,
      endsAt: new Date(starts.getTime() + 3600_000),
      visibility: "public",
    })
    .returning({ id: agendaItems.id });
  for (const s of Object.values(subjects)) await db().insert(agendaItemPeople).values({ agendaItemId: item!.id, personId: s.personId, role: "speaker" });
  const released = await releaseAgenda(organizer, ids.eventId, { note: "privacy matrix", expectedVersion: 2 });
  expect(released).toMatchObject({ ok: true });
});

const PRIVATE_FIELDS = ["email", "phone", "dietary", "access", "document"] as const;

function leaks(result: unknown, subject: Subject) {
  // Maps (the agenda's names per item) would stringify as {}: spell them out.
  const text = JSON.stringify(result, (_key, value: unknown) => (value instanceof Map ? [...value.entries()] : value));
  return {
    name: text.includes(subject.name),
    ...Object.fromEntries(PRIVATE_FIELDS.map((f) => [f, text.includes(subject[f])])),
  } as Record<"name" | (typeof PRIVATE_FIELDS)[number], boolean>;
}

const none = { name: false, email: false, phone: false, dietary: false, access: false, document: false };

describe("anonymous (public pages)", () => {
  it.each(["public", "delegates", "none"] as const)("a %s-consent delegate: the name only if listed publicly, nothing private ever", async (consent) => {
    const s = subjects[consent];
    const seen = leaks(await listPublicDelegates(ids.eventId), s);
    const agenda = leaks(await getReleasedAgenda(ids.eventId, "public"), s);
    expect(seen).toEqual({ ...none, name: consent === "public" });
    expect(agenda).toEqual({ ...none, name: consent === "public" });
  });
});

describe("another delegate of the event", () => {
  it.each(["public", "delegates", "none"] as const)("a %s-consent delegate: the name unless not listed, nothing private ever", async (consent) => {
    const s = subjects[consent];
    expect(leaks(await listFellowDelegates(other), s)).toEqual({ ...none, name: consent !== "none" });
    expect(leaks(await getReleasedAgenda(ids.eventId, "delegate"), s)).toEqual({ ...none, name: consent !== "none" });
    expect(leaks(await getMyDetails(other), s)).toEqual(none);
  });
});

describe("the delegate themselves", () => {
  it.each(["public", "delegates", "none"] as const)("a %s-consent delegate sees their own contact and needs, not the document", async (consent) => {
    const s = subjects[consent];
    expect(leaks(await getMyDetails(s.viewer), s)).toEqual({ name: true, email: true, phone: true, dietary: true, access: true, document: false });
  });
});

describe("the organizer", () => {
  it.each(["public", "delegates", "none"] as const)(
    "a %s-consent delegate: everything on the roster and the person's page, documents only on reveal",
    async (consent) => {
      const s = subjects[consent];
      const roster = leaks(await listDelegationsForOrganizer(organizer, ids.eventId), s);
      expect(roster).toEqual({ name: true, email: true, phone: true, dietary: true, access: true, document: false });
      expect(leaks(await getMemberForOrganizer(organizer, ids.eventId, s.memberId), s)).toEqual({ ...roster });
      // The CSV export carries contact and needs but never travel documents.
      expect(leaks(await listRosterForExport(organizer, ids.eventId), s)).toEqual({ ...roster });
    },
  );
});

describe("changing consent", () => {
  it("takes effect at once for the public and for other delegates", async () => {
    const s = subjects.none;
    expect(leaks(await listPublicDelegates(ids.eventId), s).name).toBe(false);
    expect((await updateMyConsent(s.viewer, s.memberId, "public")).ok).toBe(true);
    expect(leaks(await listPublicDelegates(ids.eventId), s).name).toBe(true);
    expect(leaks(await getReleasedAgenda(ids.eventId, "public"), s).name).toBe(true);
    expect((await updateMyConsent(s.viewer, s.memberId, "none")).ok).toBe(true);
    expect(leaks(await listPublicDelegates(ids.eventId), s).name).toBe(false);
    expect(leaks(await listFellowDelegates(other), s).name).toBe(false);
    expect(leaks(await getReleasedAgenda(ids.eventId, "delegate"), s).name).toBe(false);
  });

  it("a delegate can change only their own consent", async () => {
    expect(await updateMyConsent(other, subjects.none.memberId, "public")).toEqual({ ok: false, reason: "errors.notFound" });
    const [row] = await db().select({ consent: delegationMembers.consent }).from(delegationMembers).where(eq(delegationMembers.id, subjects.none.memberId));
    expect(row!.consent).toBe("none");
  });
});

describe("a speaker who withdraws", () => {
  it("disappears from what delegates and the public read; organizers still see them, flagged", async () => {
    const s = subjects.public;
    expect(leaks(await getReleasedAgenda(ids.eventId, "public"), s).name).toBe(true);
    expect((await changeMemberStatus(organizer, ids.eventId, [s.memberId], "withdrawn", "Fell ill")).ok).toBe(true);
    expect(leaks(await getReleasedAgenda(ids.eventId, "public"), s).name).toBe(false);
    expect(leaks(await getReleasedAgenda(ids.eventId, "delegate"), s).name).toBe(false);
    expect(leaks(await listPublicDelegates(ids.eventId), s).name).toBe(false);
    const [item] = await db().select({ id: agendaItemPeople.agendaItemId }).from(agendaItemPeople).where(eq(agendaItemPeople.personId, s.personId));
    const organizerView = (await listParticipants([item!.id], "organizer")).get(item!.id)!;
    expect(organizerView.people.find((p) => p.personId === s.personId)).toMatchObject({ name: s.name, notComing: true });
  });
});
