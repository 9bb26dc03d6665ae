// Final records as the public and delegates read them (issue #6, points 3 and 4): only final
// records, the public never a delegates-only item or one marked not for publication, closed-door
// records with no names at all, and speakers named only as their listing consent allows.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { delegationMembers, people } from "@/db/schema";
import { SECURITY_COUNCIL_MEETING_TITLE } from "@/db/seed/demo-agenda";
import { createAgendaItem } from "@/lib/agenda/queries";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { EMPTY_DRAFT, type RecordDraft } from "@/lib/records/draft";
import { listFinalRecords } from "@/lib/records/reading";
import { finalizeRecord, saveRecord } from "@/lib/records/save";
import { agendaItem, memberByEmail, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;

/** A new agenda item with a final record written by the organizer. */
async function finalRecord(item: Partial<Parameters<typeof agendaItem>[0]>, draft: Partial<RecordDraft>) {
  const created = await createAgendaItem(organizer, ids.eventId, agendaItem(item));
  if (!created.ok) throw new Error(`item not created: ${created.reason}`);
  const saved = await saveRecord(organizer, created.value.id, { baseVersion: 0, saveId: randomUUID(), draft: { ...EMPTY_DRAFT, ...draft } });
  if (saved.kind !== "saved") throw new Error(`record not saved: ${saved.kind}`);
  expect((await finalizeRecord(organizer, created.value.id, saved.version)).ok).toBe(true);
  return created.value.id;
}

async function consentOf(email: string, consent: "public" | "delegates" | "none") {
  const member = await memberByEmail(db(), ids.eventId, email);
  await db().update(delegationMembers).set({ consent }).where(eq(delegationMembers.id, member.id));
  const [person] = await db().select({ name: people.nameLatin }).from(people).where(eq(people.id, member.personId));
  return { personId: member.personId, name: person!.name };
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

describe("listFinalRecords", () => {
  it("gives the public the demo's closed-door meeting without any name, officials included", async () => {
    const records = await listFinalRecords([ids.eventId], "public");
    const meeting = records.find((r) => r.title === SECURITY_COUNCIL_MEETING_TITLE);
    expect(meeting).toMatchObject({ closedDoor: true, officials: [], speakers: [] });
    expect(meeting!.attendance.length).toBe(2);
    expect(JSON.stringify(meeting)).not.toContain("Grigoryan");
    // The draft cooperation record is nobody's reading yet.
    expect(records.map((r) => r.title)).not.toContain("Cooperation between dialogue participants");
  });

  it("names speakers as each audience may see them, and never in a closed-door record", async () => {
    const open = await consentOf("elnur.gasimov@example.org", "public");
    const delegatesOnly = await consentOf("lilit.hovhannisyan@example.org", "delegates");
    const unlisted = await consentOf("delegate@example.org", "none");
    const speakers = [open.personId, delegatesOnly.personId, unlisted.personId];
    const title = unique("Open meeting");
    const closedTitle = unique("Closed meeting");
    await finalRecord({ title, kind: "meeting_with_officials", visibility: "public" }, { summary: "Open talk", speakers, attendance: speakers });
    await finalRecord(
      { title: closedTitle, kind: "meeting_with_officials", visibility: "public", closedDoor: true },
      { summary: "Closed talk", speakers, attendance: speakers },
    );

    const publicRecords = await listFinalRecords([ids.eventId], "public");
    const delegateRecords = await listFinalRecords([ids.eventId], "delegate");
    const names = (list: typeof publicRecords, t: string) =>
      list
        .find((r) => r.title === t)!
        .speakers.map((s) => s.name)
        .sort();
    expect(names(publicRecords, title)).toEqual([open.name]);
    expect(names(delegateRecords, title)).toEqual([open.name, delegatesOnly.name].sort());
    expect(names(publicRecords, closedTitle)).toEqual([]);
    expect(names(delegateRecords, closedTitle)).toEqual([]);
    for (const list of [publicRecords, delegateRecords]) {
      const closed = JSON.stringify(list.find((r) => r.title === closedTitle));
      for (const person of [open, delegatesOnly, unlisted]) expect(closed).not.toContain(person.name);
      expect(JSON.stringify(list)).not.toContain(unlisted.name);
    }
    // Attendance is a count per party, for every audience.
    const attendance = publicRecords.find((r) => r.title === title)!.attendance;
    expect(attendance.reduce((sum, a) => sum + a.present, 0)).toBe(3);
  });

  it("keeps delegates-only items and records not for publication from the public, not from delegates", async () => {
    const delegatesItem = unique("Delegates-only session");
    const unpublished = unique("Unpublished session");
    await finalRecord({ title: delegatesItem, visibility: "delegates" }, { summary: "For delegates" });
    await finalRecord({ title: unpublished, visibility: "public" }, { summary: "Internal", notForPublication: true });
    const publicTitles = (await listFinalRecords([ids.eventId], "public")).map((r) => r.title);
    const delegateTitles = (await listFinalRecords([ids.eventId], "delegate")).map((r) => r.title);
    expect(publicTitles).not.toContain(delegatesItem);
    expect(publicTitles).not.toContain(unpublished);
    expect(delegateTitles).toEqual(expect.arrayContaining([delegatesItem, unpublished]));
  });

  it("never reads an organizer-only item's record, for anyone outside the organizers", async () => {
    const secret = unique("Organizers only");
    await finalRecord({ title: secret, visibility: "organizers" }, { summary: "Logistics" });
    expect((await listFinalRecords([ids.eventId], "delegate")).map((r) => r.title)).not.toContain(secret);
    expect((await listFinalRecords([ids.eventId], "public")).map((r) => r.title)).not.toContain(secret);
  });
});
