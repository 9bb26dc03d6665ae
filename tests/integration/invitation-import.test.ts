// Bringing in a delegation from a list: the demo's 19-person file into the follow-up event, in
// one transaction, idempotent, reusing people already known from the first round table.
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { delegationMembers, events, invitations, mailOutbox, people } from "@/db/schema";
import { FOLLOW_UP_EVENT_SLUG } from "@/db/seed/demo";
import { SAMPLE_DELEGATION_CSV_PATH } from "@/db/seed/sample-csv";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { importInvitations, previewInvitationImport } from "@/lib/invitations/import";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createOrganizerUser, seedDemoContext, unique } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();
const ctx = { locale: "ru" as const, origin: "https://roundtable.example" };
const sample = readFileSync(path.join(__dirname, "..", "..", SAMPLE_DELEGATION_CSV_PATH), "utf8");

let organizer: OrganizerViewer;
let followUpId: string;

beforeAll(async () => {
  ({ organizer } = await seedDemoContext(db()));
  const [event] = await db().select({ id: events.id }).from(events).where(eq(events.slug, FOLLOW_UP_EVENT_SLUG));
  followUpId = event!.id;
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describe("importing the demo delegation", () => {
  it("previews without writing anything", async () => {
    const before = await db().$count(delegationMembers);
    const report = await previewInvitationImport(organizer, followUpId, sample);
    expect(report).toMatchObject({ totalRows: 19, problems: [], alreadyInvited: [] });
    expect(report!.rows).toHaveLength(19);
    expect(await db().$count(delegationMembers)).toBe(before);
  });

  it("adds all 19 as invited, each with an invitation in the organizer's language, reusing known people", async () => {
    const peopleBefore = await db().$count(people);
    const result = await importInvitations(organizer, followUpId, sample, { invite: ctx, defaultConsent: "none" });
    expect(result).toMatchObject({ ok: true, value: { imported: 19, invited: 19 } });
    expect(await db().$count(people)).toBe(peopleBefore); // the same 19 people as in Tsaghkadzor
    expect(await db().$count(delegationMembers, and(eq(delegationMembers.eventId, followUpId), eq(delegationMembers.status, "invited")))).toBe(19);
    expect(await db().$count(invitations, eq(invitations.eventId, followUpId))).toBe(19);
    const mails = await db().select({ subject: mailOutbox.subject }).from(mailOutbox).where(eq(mailOutbox.eventId, followUpId));
    expect(mails).toHaveLength(19);
    expect(mails[0]!.subject).toBe("Приглашение: Follow-up round table in Gabala");
  });

  it("a second import of the same file adds nobody and sends nothing", async () => {
    const members = await db().$count(delegationMembers);
    const mails = await db().$count(mailOutbox);
    const again = await importInvitations(organizer, followUpId, sample, { invite: ctx, defaultConsent: "none" });
    expect(again).toMatchObject({ ok: true, value: { imported: 0, invited: 0 } });
    expect(again.ok && again.value.report?.alreadyInvited).toHaveLength(19);
    expect(await db().$count(delegationMembers)).toBe(members);
    expect(await db().$count(mailOutbox)).toBe(mails);
  });

  it("two imports at the same moment still add each person once", async () => {
    const list = ["name,email,party,sector", ...Array.from({ length: 5 }, (_, i) => `Parallel ${i},${unique(`p${i}`)}@example.org,Armenia,expert`)].join("\n");
    const results = await Promise.all([
      importInvitations(organizer, followUpId, list, { invite: null, defaultConsent: "none" }),
      importInvitations(organizer, followUpId, list, { invite: null, defaultConsent: "none" }),
    ]);
    const imported = results.map((r) => (r.ok ? r.value.imported : -1));
    expect(imported.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it("imports the valid lines of a list with problems, and reports the rest", async () => {
    const good = `${unique("good")}@example.org`;
    const list = [
      "name,email,party,sector",
      `Good Person,${good},Armenia,media`,
      "Bad Person,not-an-email,Armenia,media",
      `Lost Person,${unique("lost")}@example.org,Atlantis,media`,
    ].join("\n");
    const result = await importInvitations(organizer, followUpId, list, { invite: null, defaultConsent: "none" });
    expect(result).toMatchObject({ ok: true, value: { imported: 1, invited: 0 } });
    expect(result.ok && result.value.report?.problems.map((p) => [p.line, p.code])).toEqual([
      [3, "invalidEmail"],
      [4, "unknownParty"],
    ]);
    expect(await db().$count(people, eq(people.email, good))).toBe(1);
  });

  it("refuses an organizer of another initiative and writes nothing", async () => {
    const outsider = await createOrganizerUser(db());
    const members = await db().$count(delegationMembers);
    expect(await previewInvitationImport(outsider, followUpId, sample)).toBeNull();
    expect(await importInvitations(outsider, followUpId, sample, { invite: ctx, defaultConsent: "none" })).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await db().$count(delegationMembers)).toBe(members);
  });
});

describe("importing: listing consent is never assumed", () => {
  const consentOf = async (email: string) => {
    const [row] = await db()
      .select({ consent: delegationMembers.consent })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .where(and(eq(delegationMembers.eventId, followUpId), eq(people.email, email)));
    return row?.consent;
  };

  it("refuses a list whose rows do not say, until the organizer chooses, and writes nothing", async () => {
    const email = `${unique("nochoice")}@example.org`;
    const members = await db().$count(delegationMembers);
    const list = `name,email,party,sector\nNo Choice,${email},Azerbaijan,media\n`;
    expect(await importInvitations(organizer, followUpId, list, { invite: null, defaultConsent: null })).toEqual({
      ok: false,
      reason: "import.chooseConsent",
      field: "defaultConsent",
    });
    // "public" is not a choice the form can make for everyone: the same refusal.
    const forged = await importInvitations(organizer, followUpId, list, { invite: null, defaultConsent: "public" as never });
    expect(forged).toMatchObject({ ok: false, reason: "import.chooseConsent" });
    expect(await db().$count(delegationMembers)).toBe(members);
    expect(await importInvitations(organizer, followUpId, list, { invite: null, defaultConsent: "delegates" })).toMatchObject({ ok: true });
    expect(await consentOf(email)).toBe("delegates");
  });

  it("takes each person's consent from the file's column (Russian headers too), and the choice only for empty cells", async () => {
    const [a, b, c] = [unique("pub"), unique("del"), unique("empty")].map((x) => `${x}@example.org`);
    const list = [
      "Имя;Почта;Сторона;Сектор;Согласие",
      `А;${a};Azerbaijan;СМИ;публично`,
      `Б;${b};Azerbaijan;СМИ;только делегатам`,
      `В;${c};Azerbaijan;СМИ;`,
    ].join("\n");
    const result = await importInvitations(organizer, followUpId, list, { invite: null, defaultConsent: "none" });
    expect(result).toMatchObject({ ok: true, value: { imported: 3 } });
    expect([await consentOf(a!), await consentOf(b!), await consentOf(c!)]).toEqual(["public", "delegates", "none"]);
  });

  it("imports a list that says everyone's consent without asking the form", async () => {
    const email = `${unique("said")}@example.org`;
    const list = `name,email,party,sector,consent\nSaid,${email},Armenia,media,delegates\n`;
    expect(await importInvitations(organizer, followUpId, list, { invite: null, defaultConsent: null })).toMatchObject({ ok: true, value: { imported: 1 } });
    expect(await consentOf(email)).toBe("delegates");
  });
});
