// Issue #7, points 2 and 3: each party's head of delegation (or designated signatory) signs off
// each language version, bound to the text's hash; an edit withdraws it; publication needs every
// sign-off or an explicit "anyway" with a reason; a scheduled publication is invisible to public
// reads before its time. Real PostgreSQL; nothing mocked.
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, mailOutbox, outcomeRevisions, outcomeSignOffs, outcomeStatements, outcomes, people, users } from "@/db/schema";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { cancelScheduledPublication, getOutcomeForOrganizer, getPublishedOutcome, publishOutcome, saveOutcomeDraft } from "@/lib/outcomes/queries";
import { consumeSignInLink } from "@/lib/auth/sign-in-links";
import { getSignOffOverview, listSignOffsForDelegate, requestSignOffs, setSignatory, signOffStatement } from "@/lib/outcomes/sign-off";
import type { OutcomeDraftInput } from "@/lib/outcomes/schema";
import { isJointlySigned, statementHash } from "@/lib/outcomes/sign-off-rules";
import { createDelegateAccount, delegateViewer, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { latestMailedToken } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;
let azHead: DelegateViewer;
let amHead: DelegateViewer;
let member: DelegateViewer;

async function accountFor(email: string): Promise<DelegateViewer> {
  const m = await memberByEmail(db(), ids.eventId, email);
  return createDelegateAccount(db(), m.personId);
}

/** The account a person record signs in as (people.userId), or null. */
async function accountOf(personId: string): Promise<string | null> {
  const [row] = await db().select({ userId: people.userId }).from(people).where(eq(people.id, personId));
  return row!.userId;
}

async function draft() {
  const data = await getOutcomeForOrganizer(organizer, ids.eventId);
  return { version: data!.outcome!.version, statements: data!.statements as OutcomeDraftInput["statements"] };
}

async function signAll(viewer: DelegateViewer) {
  for (const s of (await draft()).statements)
    expect(await signOffStatement(viewer, ids.eventId, s.language, statementHash(s.text))).toEqual({ ok: true, value: undefined });
}

const now = { anyway: false, reason: "", publishAt: null, note: "" };

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  azHead = await accountFor("rauf.huseynov@example.org");
  amHead = await accountFor("ani.petrosyan@example.org");
  member = await accountFor("elnur.gasimov@example.org");
});

describe("sign-off", () => {
  it("lets each head sign off what they read, and nobody else", async () => {
    const { statements } = await draft();
    const en = statements.find((s) => s.language === "en")!;
    expect(await signOffStatement(azHead, ids.eventId, "en", statementHash(`${en.text} (an older text)`))).toEqual({
      ok: false,
      reason: "signOff.changedMeanwhile",
    });
    expect(await signOffStatement(member, ids.eventId, "en", statementHash(en.text))).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await db().select().from(outcomeSignOffs)).toEqual([]);

    expect(await signOffStatement(azHead, ids.eventId, "en", statementHash(en.text))).toEqual({ ok: true, value: undefined });
    const [logged] = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.action, "outcome.sign_off"))
      .orderBy(desc(auditLog.at))
      .limit(1);
    expect(logged!.details).toMatchObject({ language: "en", partyId: ids.parties.Azerbaijan, textHash: statementHash(en.text) });
    const mine = await listSignOffsForDelegate(azHead);
    expect(mine.find((o) => o.eventId === ids.eventId)!.versions.map((v) => [v.language, v.signed])).toEqual([
      ["en", true],
      ["ru", false],
    ]);
    expect(await listSignOffsForDelegate(member)).toEqual([]);
  });

  it("refuses to publish without every sign-off, unless published anyway with a reason", async () => {
    const { version } = await draft();
    expect(await publishOutcome(organizer, ids.eventId, { ...now, version })).toEqual({ ok: false, reason: "outcomePublish.notJointlySigned" });
    expect(await publishOutcome(organizer, ids.eventId, { ...now, version, anyway: true })).toEqual({
      ok: false,
      reason: "unsignedReasonNeeded",
      field: "reason",
    });
    expect(await db().select().from(outcomeRevisions)).toEqual([]);
  });

  it("withdraws the sign-offs of a version that is edited, and only those", async () => {
    await signAll(azHead);
    await signAll(amHead);
    expect(isJointlySigned((await getSignOffOverview(organizer, ids.eventId))!.matrix)).toBe(true);
    const { version, statements } = await draft();
    const edited = statements.map((s) => (s.language === "en" ? { ...s, text: `${s.text}\n\nAn added sentence.` } : s));
    expect((await saveOutcomeDraft(organizer, ids.eventId, { version, statements: edited })).ok).toBe(true);
    const matrix = (await getSignOffOverview(organizer, ids.eventId))!.matrix;
    expect(matrix.map((line) => [line.language, line.cells.map((c) => c.signed)])).toEqual([
      ["en", [false, false]],
      ["ru", [true, true]],
    ]);
    const [withdrawn] = await db().select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, "outcome.sign_off_withdrawn"));
    expect(withdrawn!.details).toMatchObject({ languages: ["en"] });
    // Saving the same text again withdraws nothing.
    await signAll(azHead);
    await signAll(amHead);
    const again = await draft();
    expect((await saveOutcomeDraft(organizer, ids.eventId, { version: again.version, statements: again.statements })).ok).toBe(true);
    expect(isJointlySigned((await getSignOffOverview(organizer, ids.eventId))!.matrix)).toBe(true);
  });

  it("schedules a jointly signed publication that no public read sees before its time", async () => {
    const { version } = await draft();
    const at = new Date(Date.now() + 60 * 60 * 1000);
    expect(await publishOutcome(organizer, ids.eventId, { ...now, version, publishAt: at })).toEqual({ ok: true, value: { revision: 1, scheduled: true } });
    expect(await getPublishedOutcome(ids.eventId)).toBeNull();
    expect(await getPublishedOutcome(ids.eventId, new Date(at.getTime() - 1000))).toBeNull();
    const atTime = await getPublishedOutcome(ids.eventId, at);
    expect(atTime).toMatchObject({ revision: 1, jointlySigned: true, unsignedReason: "" });
    const [logged] = await db().select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(eq(auditLog.action, "outcome.schedule"));
    expect(Object.keys(logged!.details.textHashes as Record<string, string>).sort()).toEqual(["en", "ru"]);

    // One scheduled publication at a time; it can be called off, and then nothing was ever public.
    expect(await publishOutcome(organizer, ids.eventId, { ...now, version: version + 1 })).toEqual({ ok: false, reason: "outcomePublish.alreadyScheduled" });
    expect(await cancelScheduledPublication(organizer, ids.eventId)).toEqual({ ok: true, value: undefined });
    expect(await getPublishedOutcome(ids.eventId, at)).toBeNull();
    const [row] = await db().select({ status: outcomes.status }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
    expect(row!.status).toBe("draft");
  });

  it("refuses a publication time gone by", async () => {
    const { version } = await draft();
    expect(await publishOutcome(organizer, ids.eventId, { ...now, version, publishAt: new Date(Date.now() - 10 * 60 * 1000) })).toEqual({
      ok: false,
      reason: "publishAtPast",
      field: "publishAt",
    });
  });

  it("publishes now, jointly signed, with the adopted recommendations", async () => {
    const { version } = await draft();
    expect(await publishOutcome(organizer, ids.eventId, { ...now, version })).toEqual({ ok: true, value: { revision: 1, scheduled: false } });
    const published = await getPublishedOutcome(ids.eventId);
    expect(published).toMatchObject({ revision: 1, jointlySigned: true, earlier: [] });
    expect(published!.statements.map((s) => s.language)).toEqual(["en", "ru"]);
  });

  it("hands the signature to a designated delegate, away from the head", async () => {
    const { version, statements } = await draft();
    const ru = statements.find((s) => s.language === "ru")!;
    expect(
      (
        await saveOutcomeDraft(organizer, ids.eventId, {
          version,
          statements: statements.map((s) => (s.language === "ru" ? { ...s, text: `${ru.text} Исправлено.` } : s)),
        })
      ).ok,
    ).toBe(true);
    const elnur = await memberByEmail(db(), ids.eventId, "elnur.gasimov@example.org");
    expect(await setSignatory(organizer, ids.eventId, ids.parties.Azerbaijan, elnur.personId)).toEqual({ ok: true, value: undefined });
    const armenianPerson = (await memberByEmail(db(), ids.eventId, "ani.petrosyan@example.org")).personId;
    expect(await setSignatory(organizer, ids.eventId, ids.parties.Azerbaijan, armenianPerson)).toEqual({
      ok: false,
      reason: "signatoryNotInDelegation",
      field: "signatory",
    });
    const text = (await draft()).statements.find((s) => s.language === "ru")!.text;
    expect(await signOffStatement(azHead, ids.eventId, "ru", statementHash(text))).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await signOffStatement(member, ids.eventId, "ru", statementHash(text))).toEqual({ ok: true, value: undefined });
    const statement = (await db().select({ id: outcomeStatements.id }).from(outcomeStatements).where(eq(outcomeStatements.language, "ru")))[0]!;
    const [signed] = await db()
      .select({ by: outcomeSignOffs.signedBy })
      .from(outcomeSignOffs)
      .where(and(eq(outcomeSignOffs.statementId, statement.id), eq(outcomeSignOffs.partyId, ids.parties.Azerbaijan)));
    expect(signed!.by).toBe(member.userId);
  });

  it("asks by mail only the signatories whose party still has versions to sign off", async () => {
    const before = await db().select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.kind, "sign-off-request"));
    expect(before).toEqual([]);
    expect(await requestSignOffs(organizer, ids.eventId, { locale: "en", origin: "https://roundtable.example.org" })).toEqual({
      ok: true,
      value: { asked: 1 },
    });
    const sent = await db()
      .select({ to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body })
      .from(mailOutbox)
      .where(eq(mailOutbox.kind, "sign-off-request"));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe("ani.petrosyan@example.org");
    expect(sent[0]!.subject).toBe("Please sign off the outcome of Bilateral round table in Tsaghkadzor");
    expect(sent[0]!.body).toContain("Waiting for you: Russian.");
    expect(sent[0]!.body).toContain("https://roundtable.example.org/en/sign-off");
  });

  it("mails a signatory without an account a one-time link that signs them in, works for 72 hours, and opens the sign-off", async () => {
    const tigran = await memberByEmail(db(), ids.eventId, "tigran.hakobyan@example.org");
    expect(await accountOf(tigran.personId)).toBeNull();
    expect(await db().select({ id: users.id }).from(users).where(eq(users.email, "tigran.hakobyan@example.org"))).toEqual([]);
    expect(await setSignatory(organizer, ids.eventId, ids.parties.Armenia, tigran.personId)).toEqual({ ok: true, value: undefined });
    const armenia = async () => (await getSignOffOverview(organizer, ids.eventId))!.parties.find((p) => p.partyName === "Armenia")!.signatory;
    expect(await armenia()).toMatchObject({ personId: tigran.personId, hasAccount: false });

    const sentAt = new Date();
    expect(await requestSignOffs(organizer, ids.eventId, { locale: "en", origin: "https://roundtable.example.org/" }, sentAt)).toEqual({
      ok: true,
      value: { asked: 1 },
    });
    const [sent] = await db()
      .select({ to: mailOutbox.toAddress, body: mailOutbox.body })
      .from(mailOutbox)
      .where(eq(mailOutbox.kind, "sign-off-request"))
      .orderBy(desc(mailOutbox.createdAt))
      .limit(1);
    expect(sent!.to).toBe("tigran.hakobyan@example.org");
    expect(sent!.body).toContain("Waiting for you: Russian.");
    expect(sent!.body).toContain("It works once, for 72 hours");
    // The working link reaches only his own mail; the outbox copy organizers read is redacted.
    const token = latestMailedToken(
      "tigran.hakobyan@example.org",
      /https:\/\/roundtable\.example\.org\/en\/sign-in\/link\/([A-Za-z0-9_-]{43})\?next=%2Fen%2Fsign-off/,
    );
    expect(token).not.toBeNull();
    expect(sent!.body).toContain("https://roundtable.example.org/en/sign-in/link/");
    expect(sent!.body).not.toContain(token!);

    // The link is for a delegate account of that address, without a password. The roster person
    // is attached to it only when the link is spent (it used to be attached when the mail went out).
    const [account] = await db().select().from(users).where(eq(users.email, "tigran.hakobyan@example.org"));
    expect(account).toMatchObject({ role: "delegate", passwordHash: null });
    expect(await accountOf(tigran.personId)).toBeNull();
    expect(await armenia()).toMatchObject({ hasAccount: false });

    // Not after 72 hours (and then nothing is attached); within them once, and then never again.
    expect(await consumeSignInLink(token!, new Date(sentAt.getTime() + 72 * 3_600_000 + 1_000))).toBeNull();
    expect(await accountOf(tigran.personId)).toBeNull();
    expect(await consumeSignInLink(token!, new Date(sentAt.getTime() + 71 * 3_600_000))).toMatchObject({
      id: account!.id,
      email: "tigran.hakobyan@example.org",
    });
    expect(await accountOf(tigran.personId)).toBe(account!.id);
    expect(await armenia()).toMatchObject({ hasAccount: true });
    expect(await consumeSignInLink(token!, new Date(sentAt.getTime() + 71 * 3_600_000))).toBeNull();

    // Signed in, he signs off for Armenia.
    const asTigran = await delegateViewer(db(), account!.id);
    const text = (await draft()).statements.find((s) => s.language === "ru")!.text;
    expect(await signOffStatement(asTigran, ids.eventId, "ru", statementHash(text))).toEqual({ ok: true, value: undefined });

    // The audit log notes the request and the one-time link it carried.
    const [request] = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.action, "outcome.sign_off_request"))
      .orderBy(desc(auditLog.at))
      .limit(1);
    expect(request!.details).toMatchObject({ asked: 1, firstSignInLinks: 1 });
  });
});
