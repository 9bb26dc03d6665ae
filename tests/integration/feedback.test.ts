// Issue #16 point 4: the feedback survey after the event. Saved over the version it was loaded
// with; sent once per confirmed delegate (by hand or by the job once the last day is over); answered
// once per delegate, anonymously by default (no person, member or account id stored); refused to
// delegates of other events; the CSV of the responses. Real PostgreSQL; only the request context
// (session, locale, headers) is mocked for the route handler.
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { delegationMembers, delegations, feedbackRecipients, feedbackResponses, feedbackSurveys, mailOutbox, people } from "@/db/schema";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import {
  getSurveyForDelegate,
  getSurveyForOrganizer,
  getSurveyResults,
  listOpenSurveysForDelegate,
  saveSurvey,
  sendSurveyNow,
  submitFeedback,
} from "@/lib/feedback/queries";
import type { QuestionRow } from "@/lib/feedback/rules";
import { feedbackSurveyHandler } from "@/lib/jobs/feedback-survey";
import { createDelegateAccount, createTestEvent, delegateViewer, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_cache: <F>(build: F) => build,
}));
vi.mock("next-intl/server", async () => (await import("@/tests/helpers/intl-server")).intlServer);
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ host: "localhost:3000" })),
  cookies: vi.fn(async () => ({ get: () => undefined })),
}));

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;
const MAIL = { locale: "en" as const, origin: "http://localhost:3000" };

const row = (index: number, kind: string, prompt: string, options = "", id = ""): QuestionRow => ({ index, id, kind, prompt, options, remove: false });
const ROWS = [row(0, "rating", "How useful was the round table?"), row(1, "choice", "Would you come again?", "Yes\nNo"), row(2, "text", "Anything else?")];

async function delegate(email: string): Promise<DelegateViewer> {
  const member = await memberByEmail(db(), ids.eventId, email);
  return createDelegateAccount(db(), member.personId);
}

async function confirmedWithEmail(eventId: string): Promise<number> {
  const rows = await db()
    .select({ id: delegationMembers.id })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(and(eq(delegationMembers.eventId, eventId), eq(delegationMembers.status, "confirmed")));
  return rows.length;
}

const surveyMails = (eventId: string) =>
  db()
    .select({ to: mailOutbox.toAddress, body: mailOutbox.body })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.eventId, eventId), eq(mailOutbox.kind, "feedback-survey")));

async function questionIds(eventId: string) {
  const [survey] = await db().select({ questions: feedbackSurveys.questions }).from(feedbackSurveys).where(eq(feedbackSurveys.eventId, eventId));
  return survey!.questions.map((q) => q.id);
}

async function answer(viewer: DelegateViewer, eventId: string, rating: number, choice: string, text = "") {
  const [r, c, t] = await questionIds(eventId);
  return submitFeedback(viewer, eventId, { [`a.${r}`]: String(rating), [`a.${c}`]: choice, [`a.${t}`]: text });
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
}, 60_000);

describe("the organizer's survey", () => {
  it("saves over the version it was loaded with; a save in between is refused with what is saved now", async () => {
    expect((await getSurveyForOrganizer(organizer, ids.eventId))!).toMatchObject({ version: 0, anonymous: true, sendAfterLastDay: true, questions: [] });
    expect(await saveSurvey(organizer, ids.eventId, { version: 0, anonymous: true, sendAfterLastDay: true, rows: ROWS })).toEqual({
      ok: true,
      value: { version: 1 },
    });
    // A colleague who loaded the empty form saves too: refused, told what is there now.
    const stale = await saveSurvey(organizer, ids.eventId, { version: 0, anonymous: true, sendAfterLastDay: true, rows: [row(0, "text", "Mine")] });
    expect(stale).toMatchObject({ ok: false, reason: "feedback.conflict", current: { version: 1 } });
    expect(await saveSurvey(organizer, ids.eventId, { version: 0, anonymous: true, sendAfterLastDay: false, rows: ROWS })).toMatchObject({
      reason: "feedback.conflict",
    });
    const survey = await getSurveyForOrganizer(organizer, ids.eventId);
    expect(survey!.questions.map((q) => [q.kind, q.prompt, q.options])).toEqual([
      ["rating", "How useful was the round table?", []],
      ["choice", "Would you come again?", ["Yes", "No"]],
      ["text", "Anything else?", []],
    ]);
    // Saved over version 1 (ids kept): version 2.
    const kept = survey!.questions.map((q, i) => row(i, q.kind, q.prompt, q.options.join("\n"), q.id));
    expect(await saveSurvey(organizer, ids.eventId, { version: 1, anonymous: true, sendAfterLastDay: true, rows: kept })).toEqual({
      ok: true,
      value: { version: 2 },
    });
    expect(await questionIds(ids.eventId)).toEqual(survey!.questions.map((q) => q.id));
  });

  it("the save action refuses a stale form with what is saved now, keeps what was typed, and lets the next save go over it", async () => {
    const { saveSurveyAction } = await import("@/app/[locale]/(organize)/organize/events/[eventId]/feedback/actions");
    session.current = { user: { id: ids.organizerId } };
    const form = new FormData();
    form.set("version", "1");
    form.set("anonymous", "on");
    form.set("q.0.kind", "text");
    form.set("q.0.prompt", "Typed meanwhile");
    const state = await saveSurveyAction(ids.eventId, { status: "idle" }, form);
    expect(state).toMatchObject({
      status: "error",
      message: "feedback.conflict",
      values: { "q.0.prompt": "Typed meanwhile", version: "1" },
      conflict: { version: 2, saved: [{ label: "1", value: "How useful was the round table?" }, { label: "2" }, { label: "3" }] },
    });
    expect((await getSurveyForOrganizer(organizer, ids.eventId))!.questions).toHaveLength(3);
    session.current = null;
  });

  it("refuses a malformed question next to its field and changes nothing", async () => {
    const result = await saveSurvey(organizer, ids.eventId, { version: 2, anonymous: true, sendAfterLastDay: true, rows: [row(0, "choice", "Pick", "Only")] });
    expect(result).toEqual({ ok: false, reason: "errors.form", fieldErrors: { "q.0.options": ["feedbackTwoOptions"] } });
    expect((await getSurveyForOrganizer(organizer, ids.eventId))!.version).toBe(2);
  });
});

describe("sending", () => {
  it("mails each confirmed delegate once, with the link to the answer page; a second send mails nobody", async () => {
    const confirmed = await confirmedWithEmail(ids.eventId);
    expect(confirmed).toBeGreaterThan(10);
    const delegate = await delegateViewer(db(), ids.delegateId);
    // Not open before it is sent.
    expect(await getSurveyForDelegate(delegate, ids.eventId)).toBeNull();
    expect(await sendSurveyNow(organizer, ids.eventId, MAIL)).toEqual({ ok: true, value: { mailed: confirmed } });
    const mails = await surveyMails(ids.eventId);
    expect(mails).toHaveLength(confirmed);
    expect(new Set(mails.map((m) => m.to)).size).toBe(confirmed);
    // Every mail leads to the answer page: directly, or through a one-time sign-in link for a
    // delegate without an account (tests/integration/feedback-first-sign-in.test.ts).
    const answerPage = `http://localhost:3000/en/feedback/${ids.eventId}`;
    const throughSignIn = `?next=${encodeURIComponent(`/en/feedback/${ids.eventId}`)}`;
    expect(mails.filter((m) => !m.body.includes(answerPage) && !m.body.includes(throughSignIn))).toEqual([]);
    expect(mails[0]!.body).toContain("anonymous");
    // Declined and registered people are not asked.
    const declined = await memberByEmail(db(), ids.eventId, "zaur.hajiyev@example.org");
    const [declinedPerson] = await db().select({ email: people.email }).from(people).where(eq(people.id, declined.personId));
    expect(mails.map((m) => m.to)).not.toContain(declinedPerson!.email);

    expect(await sendSurveyNow(organizer, ids.eventId, MAIL)).toEqual({ ok: true, value: { mailed: 0 } });
    await Promise.all([sendSurveyNow(organizer, ids.eventId, MAIL), sendSurveyNow(organizer, ids.eventId, MAIL)]);
    expect(await surveyMails(ids.eventId)).toHaveLength(confirmed);
    expect((await getSurveyForOrganizer(organizer, ids.eventId))!.sentAt).not.toBeNull();
  });
});

describe("answering", () => {
  it("a confirmed delegate answers once; the survey says it is answered and leaves their schedule", async () => {
    const me = await delegateViewer(db(), ids.delegateId);
    expect(await listOpenSurveysForDelegate(me)).toEqual([expect.objectContaining({ eventId: ids.eventId })]);
    expect(await getSurveyForDelegate(me, ids.eventId)).toMatchObject({ anonymous: true, answered: false });
    expect(await answer(me, ids.eventId, 0, "")).toMatchObject({ ok: false, reason: "errors.form" });
    expect(await answer(me, ids.eventId, 5, "Yes", '=HYPERLINK("http://evil")')).toEqual({ ok: true, value: undefined });
    expect(await answer(me, ids.eventId, 1, "No")).toEqual({ ok: false, reason: "feedback.alreadyAnswered" });
    expect(await getSurveyForDelegate(me, ids.eventId)).toMatchObject({ answered: true });
    expect(await listOpenSurveysForDelegate(me)).toEqual([]);
  });

  it("a double click makes one response", async () => {
    const viewer = await delegate("rauf.huseynov@example.org");
    const results = await Promise.all([answer(viewer, ids.eventId, 4, "Yes"), answer(viewer, ids.eventId, 4, "Yes")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: "feedback.alreadyAnswered" });
    expect(await db().select({ id: feedbackResponses.id }).from(feedbackResponses)).toHaveLength(2);
  });

  it("an anonymous response stores no person, member or account id, only the party", async () => {
    const me = await delegateViewer(db(), ids.delegateId);
    const member = await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org");
    const rows = await db().select().from(feedbackResponses);
    expect(rows.every((r) => r.memberId === null)).toBe(true);
    expect(rows.every((r) => r.partyId === ids.parties.Azerbaijan)).toBe(true);
    const stored = JSON.stringify(rows);
    for (const secret of [...me.personIds, me.userId, member.personId, member.id, ids.delegateId]) expect(stored).not.toContain(secret);
  });

  it("anonymity cannot be switched off once anybody answered", async () => {
    const survey = (await getSurveyForOrganizer(organizer, ids.eventId))!;
    const rows = survey.questions.map((q, i) => row(i, q.kind, q.prompt, q.options.join("\n"), q.id));
    expect(await saveSurvey(organizer, ids.eventId, { version: survey.version, anonymous: false, sendAfterLastDay: true, rows })).toEqual({
      ok: false,
      reason: "errors.form",
      fieldErrors: { anonymous: ["feedbackAnonymousLocked"] },
    });
  });

  it("refuses a delegate who is not confirmed at the event, and a delegate of another event", async () => {
    const registered = await delegate("samira.novruzova@example.org");
    expect(await getSurveyForDelegate(registered, ids.eventId)).toBeNull();
    expect(await answer(registered, ids.eventId, 3, "Yes")).toEqual({ ok: false, reason: "errors.notFound" });

    const otherEvent = await createTestEvent(organizer, ids, { title: "Other survey" });
    await saveSurvey(organizer, otherEvent, { version: 0, anonymous: true, sendAfterLastDay: true, rows: ROWS });
    expect(await sendSurveyNow(organizer, otherEvent, MAIL)).toEqual({ ok: true, value: { mailed: 0 } });
    const me = await delegateViewer(db(), ids.delegateId);
    expect(await getSurveyForDelegate(me, otherEvent)).toBeNull();
    expect(await answer(me, otherEvent, 5, "Yes")).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await submitFeedback(me, "not-an-id", {})).toEqual({ ok: false, reason: "errors.notFound" });
  });
});

describe("results and the CSV", () => {
  it("keeps a party with fewer than 3 responses inside the total, then shows each party once both have 3", async () => {
    let results = (await getSurveyResults(organizer, ids.eventId))!.results;
    expect(results.total.responses).toBe(2);
    expect(results.parties.find((p) => p.partyName === "Azerbaijan")).toMatchObject({ responses: 2, stats: null, hiddenBecause: "tooFew" });

    await answer(await delegate("elnur.gasimov@example.org"), ids.eventId, 3, "No", "More time for questions");
    for (const email of ["ani.petrosyan@example.org", "tigran.hakobyan@example.org", "lusine.sargsyan@example.org"])
      await answer(await delegate(email), ids.eventId, 2, "Yes");
    results = (await getSurveyResults(organizer, ids.eventId))!.results;
    expect(results.total.responses).toBe(6);
    expect(results.total.questions[0]).toMatchObject({ kind: "rating", answered: 6, average: 3, distribution: [0, 3, 1, 1, 1] });
    const az = results.parties.find((p) => p.partyName === "Azerbaijan")!;
    expect(az.stats!.questions[0]).toMatchObject({ average: 4, distribution: [0, 0, 1, 1, 1] });
    expect(results.parties.find((p) => p.partyName === "Armenia")!.stats!.questions[1]).toMatchObject({
      counts: [
        { option: "Yes", count: 3 },
        { option: "No", count: 0 },
      ],
    });
  });

  it("downloads one row per response: party and answers, no names, spreadsheet-safe, with a BOM", async () => {
    const { GET } = await import("@/app/[locale]/(organize)/organize/events/[eventId]/feedback/export/route");
    session.current = { user: { id: ids.organizerId } };
    const response = await GET(new Request("http://localhost:3000/en/organize/events/x/feedback/export"), {
      params: Promise.resolve({ locale: "en", eventId: ids.eventId }),
    } as never);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename=".+-feedback-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("Party,How useful was the round table?,Would you come again?,Anything else?");
    expect(lines).toHaveLength(7);
    expect(lines.filter((l) => l.startsWith("Azerbaijan,"))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith("Armenia,"))).toHaveLength(3);
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain("More time for questions");
    const names = await db()
      .select({ name: people.nameLatin })
      .from(people)
      .innerJoin(delegationMembers, eq(delegationMembers.personId, people.id))
      .where(eq(delegationMembers.eventId, ids.eventId));
    for (const { name } of names) expect(text).not.toContain(name);

    session.current = { user: { id: ids.delegateId } };
    const asDelegate = await GET(new Request("http://localhost:3000/en/organize/events/x/feedback/export"), {
      params: Promise.resolve({ locale: "en", eventId: ids.eventId }),
    } as never);
    expect(asDelegate.status).toBe(404);
    session.current = null;
    const anonymous = await GET(new Request("http://localhost:3000/en/organize/events/x/feedback/export"), {
      params: Promise.resolve({ locale: "en", eventId: ids.eventId }),
    } as never);
    expect(anonymous.status).toBe(401);
  });
});

describe("a survey that is not anonymous", () => {
  it("keeps who answered (their membership), shows every party, and names them in the results and the CSV", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Named survey" });
    const az = await memberByEmail(db(), ids.eventId, "aygun.mammadova@example.org");
    const [delegation] = await db()
      .select({ id: delegations.id })
      .from(delegations)
      .where(and(eq(delegations.eventId, eventId), eq(delegations.partyId, ids.parties.Azerbaijan)));
    const [member] = await db()
      .insert(delegationMembers)
      .values({ delegationId: delegation!.id, eventId, personId: az.personId, status: "confirmed" })
      .returning({ id: delegationMembers.id });
    const viewer = await createDelegateAccount(db(), az.personId);
    await saveSurvey(organizer, eventId, { version: 0, anonymous: false, sendAfterLastDay: false, rows: ROWS });
    expect(await sendSurveyNow(organizer, eventId, MAIL)).toEqual({ ok: true, value: { mailed: 1 } });
    expect((await surveyMails(eventId))[0]!.body).toContain("not anonymous");
    expect(await getSurveyForDelegate(viewer, eventId)).toMatchObject({ anonymous: false });
    expect(await answer(viewer, eventId, 3, "No", "Named remark")).toEqual({ ok: true, value: undefined });

    const [survey] = await db().select({ id: feedbackSurveys.id }).from(feedbackSurveys).where(eq(feedbackSurveys.eventId, eventId));
    const [stored] = await db().select({ memberId: feedbackResponses.memberId }).from(feedbackResponses).where(eq(feedbackResponses.surveyId, survey!.id));
    expect(stored!.memberId).toBe(member!.id);
    const results = (await getSurveyResults(organizer, eventId))!.results;
    expect(results.parties.find((p) => p.partyId === ids.parties.Azerbaijan)).toMatchObject({ responses: 1, hiddenBecause: null });
    expect(results.total.questions[2]).toMatchObject({ answers: [{ text: "Named remark", name: "Aygun Mammadova" }] });

    const { GET } = await import("@/app/[locale]/(organize)/organize/events/[eventId]/feedback/export/route");
    session.current = { user: { id: ids.organizerId } };
    const response = await GET(new Request("http://localhost:3000/en/organize/events/x/feedback/export"), {
      params: Promise.resolve({ locale: "en", eventId }),
    } as never);
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toEqual(["Party,Name,How useful was the round table?,Would you come again?,Anything else?", "Azerbaijan,Aygun Mammadova,3,No,Named remark"]);
    session.current = null;
  });
});

describe("the job", () => {
  it("sends only the surveys whose event's last day is over where it takes place, once, however many servers run it", async () => {
    const at = (title: string, day: string, status: "draft" | "concluded" | "announced") =>
      createTestEvent(organizer, ids, { title, firstDay: day, lastDay: day, timeZone: "Asia/Baku", status });
    const past = await at("Past survey", "2026-05-01", "concluded");
    const coming = await at("Coming survey", "2026-05-10", "announced");
    const byHand = await at("By hand survey", "2026-05-01", "concluded");
    // A draft never took place.
    const draft = await at("Draft survey", "2026-05-01", "draft");
    // Two confirmed delegates at each, from the demo initiative's people.
    const persons = await db()
      .select({ id: delegationMembers.personId })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.eventId, ids.eventId), eq(delegationMembers.status, "confirmed")))
      .limit(2);
    for (const eventId of [past, coming, byHand, draft]) {
      const [delegation] = await db().select({ id: delegations.id }).from(delegations).where(eq(delegations.eventId, eventId)).limit(1);
      await db()
        .insert(delegationMembers)
        .values(persons.map((p) => ({ delegationId: delegation!.id, eventId, personId: p.id, status: "confirmed" as const })));
      await saveSurvey(organizer, eventId, { version: 0, anonymous: true, sendAfterLastDay: eventId !== byHand, rows: ROWS });
    }

    // 23:59 on the last day in Baku (UTC+4): nothing is due yet.
    await feedbackSurveyHandler(db(), () => new Date("2026-05-01T19:59:00Z"))();
    expect(await surveyMails(past)).toHaveLength(0);

    const afterwards = () => new Date("2026-05-01T20:00:00Z");
    await Promise.all([feedbackSurveyHandler(db(), afterwards)(), feedbackSurveyHandler(db(), afterwards)()]);
    await feedbackSurveyHandler(db(), afterwards)();
    expect(await surveyMails(past)).toHaveLength(2);
    expect(await surveyMails(coming)).toHaveLength(0);
    expect(await surveyMails(byHand)).toHaveLength(0);
    expect(await surveyMails(draft)).toHaveLength(0);
    const [sent] = await db().select({ sentAt: feedbackSurveys.sentAt }).from(feedbackSurveys).where(eq(feedbackSurveys.eventId, past));
    expect(sent!.sentAt).toEqual(afterwards());
    expect(
      await db()
        .select({ id: feedbackRecipients.id })
        .from(feedbackRecipients)
        .innerJoin(feedbackSurveys, eq(feedbackSurveys.id, feedbackRecipients.surveyId))
        .where(inArray(feedbackSurveys.eventId, [past, coming, byHand, draft])),
    ).toHaveLength(2);
  });
});
