// A new release tells each delegate, once, what changed in their schedule, and nothing else.
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { agendaItemPeople, agendaItems, delegationMembers, mailOutbox, people } from "@/db/schema";
import { DEMO_DELEGATE } from "@/db/seed/demo";
import { releaseAgenda } from "@/lib/agenda/releases";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { memberByEmail, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();
const notify = { locale: "en" as const, origin: "https://roundtable.example" };

let ids: DemoIds;
let organizer: OrganizerViewer;
let version = 1;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  vi.spyOn(console, "info").mockImplementation(() => {});
});

async function release(note = "") {
  version += 1;
  const result = await releaseAgenda(organizer, ids.eventId, { note, expectedVersion: version }, notify);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

async function changeMails() {
  return db()
    .select({ id: mailOutbox.id, to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.kind, "agenda-change"), eq(mailOutbox.eventId, ids.eventId)));
}

/** The change messages queued by `run`, and nothing older. */
async function mailsOf(run: () => Promise<unknown>) {
  const before = new Set((await changeMails()).map((m) => m.id));
  await run();
  return (await changeMails()).filter((m) => !before.has(m.id));
}

async function itemTitled(title: string) {
  const [item] = await db()
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.eventId, ids.eventId), eq(agendaItems.title, title)));
  return item!;
}

describe("change messages", () => {
  it("go once to every delegate who is coming and has an email, with the change in the event's zone", async () => {
    const closing = await itemTitled("Final press conference");
    const later = (d: Date) => new Date(d.getTime() + 30 * 60_000);
    await db()
      .update(agendaItems)
      .set({ startsAt: later(closing.startsAt), endsAt: later(closing.endsAt) })
      .where(eq(agendaItems.id, closing.id));
    let result = { version: 0, notified: 0 };
    const mails = await mailsOf(async () => (result = await release("Press conference half an hour later")));

    const expected = await db()
      .select({ email: people.email })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .where(and(eq(delegationMembers.eventId, ids.eventId), inArray(delegationMembers.status, ["registered", "confirmed"]), isNotNull(people.email)));
    expect(result.notified).toBe(expected.length);
    expect(mails.map((m) => m.to).sort()).toEqual(expected.map((e) => e.email!).sort());
    const mine = mails.find((m) => m.to === DEMO_DELEGATE.email)!;
    expect(mine.subject).toBe(`Programme changed: Bilateral round table in Tsaghkadzor (version ${version})`);
    expect(mine.body).toContain("Final press conference: moved from");
    expect(mine.body).toContain("Note from the organizers: Press conference half an hour later");
    expect(mine.body).toContain("Asia/Yerevan (GMT+4)");
    expect(mine.body).toContain("https://roundtable.example/en/schedule");
  });

  it("tell a person of the role they gained, and only that person", async () => {
    const session = await itemTitled("Final press conference");
    const me = await memberByEmail(db(), ids.eventId, DEMO_DELEGATE.email);
    await db().insert(agendaItemPeople).values({ agendaItemId: session.id, personId: me.personId, role: "speaker" });
    const mails = await mailsOf(() => release());
    expect(mails.map((m) => m.to)).toEqual([DEMO_DELEGATE.email]);
    expect(mails[0]!.body).toContain("You now speak at “Final press conference”");
  });

  it("are not sent when only organizer-only items changed", async () => {
    const count = (await changeMails()).length;
    await db()
      .insert(agendaItems)
      .values({
        eventId: ids.eventId,
        kind: "break",
        title: unique("Organizers' debrief"),
        startsAt: new Date("2026-02-14T15:00:00Z"),
        endsAt: new Date("2026-02-14T15:30:00Z"),
        visibility: "organizers",
      });
    expect((await release()).notified).toBe(0);
    expect((await changeMails()).length).toBe(count);
  });

  it("never reach declined or withdrawn people, and never name items delegates cannot see", async () => {
    const me = await memberByEmail(db(), ids.eventId, DEMO_DELEGATE.email);
    await db().update(delegationMembers).set({ status: "withdrawn" }).where(eq(delegationMembers.id, me.id));
    const secret = unique("Secret logistics");
    await db()
      .insert(agendaItems)
      .values({
        eventId: ids.eventId,
        kind: "break",
        title: secret,
        startsAt: new Date("2026-02-14T16:00:00Z"),
        endsAt: new Date("2026-02-14T16:30:00Z"),
        visibility: "organizers",
      });
    const opening = await itemTitled("Opening plenary");
    await db().update(agendaItems).set({ place: "Main hall (moved)" }).where(eq(agendaItems.id, opening.id));
    const mails = await mailsOf(() => release());
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.map((m) => m.to)).not.toContain(DEMO_DELEGATE.email);
    for (const mail of mails) expect(mail.body).not.toContain(secret);
  });
});
