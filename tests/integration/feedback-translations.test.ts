// Issue #15, point 2, for the feedback survey (migration 0019's questions): prompts and choice
// options carry a version per working language of the event. Saved through the organizer's form
// action (zod-checked, line for line); the delegate reads their language, or the first language's
// text marked; the answer keeps the first language's option; the results read in the organizer's
// language. Real PostgreSQL; only the request context is mocked.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { events, feedbackResponses, feedbackSurveys } from "@/db/schema";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { getSurveyForDelegate, getSurveyForOrganizer, getSurveyResults, sendSurveyNow, submitFeedback } from "@/lib/feedback/queries";
import { createDelegateAccount, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
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
let delegate: DelegateViewer;

function surveyForm(extra: Record<string, string>): FormData {
  const form = new FormData();
  form.set("version", "0");
  form.set("anonymous", "on");
  form.set("q.0.kind", "choice");
  form.set("q.0.prompt", "Would you come again?");
  form.set("q.0.options", "Yes\nNo");
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  session.current = { user: { id: organizer.userId } };
  delegate = await createDelegateAccount(db(), (await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org")).personId);
});

describe("the feedback survey in the event's working languages", () => {
  it("refuses options in another language that do not go line for line, next to the field, keeping what was typed", async () => {
    const { saveSurveyAction } = await import("@/app/[locale]/(organize)/organize/events/[eventId]/feedback/actions");
    const state = await saveSurveyAction(ids.eventId, { status: "idle" }, surveyForm({ "q.0.options_ru": "Да" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { "q.0.options_ru": [expect.any(String)] } });
    expect(state.status === "error" && state.values?.["q.0.options_ru"]).toEqual("Да");
    expect(await db().select().from(feedbackSurveys)).toEqual([]);
  });

  it("keeps the versions in the event's other languages, saved through the form", async () => {
    const [event] = await db().select({ languages: events.languages }).from(events).where(eq(events.id, ids.eventId));
    expect(event!.languages).toEqual(["en", "ru", "az", "hy"]);
    const { saveSurveyAction } = await import("@/app/[locale]/(organize)/organize/events/[eventId]/feedback/actions");
    const state = await saveSurveyAction(
      ids.eventId,
      { status: "idle" },
      surveyForm({ "q.0.prompt_ru": "Приедете ли вы снова?", "q.0.options_ru": "Да\nНет", "q.0.prompt_hy": "Կգա՞ք նորից" }),
    );
    expect(state).toMatchObject({ status: "ok" });
    const survey = await getSurveyForOrganizer(organizer, ids.eventId);
    expect(survey!.questions).toEqual([
      expect.objectContaining({
        prompt: "Would you come again?",
        options: ["Yes", "No"],
        translations: { hy: { prompt: "Կգա՞ք նորից" }, ru: { prompt: "Приедете ли вы снова?", options: ["Да", "Нет"] } },
      }),
    ]);
  });

  it("a delegate reads their language, or the first language's text marked; the answer keeps the first language's option", async () => {
    expect((await sendSurveyNow(organizer, ids.eventId, { locale: "en", origin: "http://localhost:3000" })).ok).toBe(true);
    const inRussian = await getSurveyForDelegate(delegate, ids.eventId, "ru");
    expect(inRussian!.questions[0]).toMatchObject({ prompt: "Приедете ли вы снова?", options: ["Yes", "No"], optionLabels: ["Да", "Нет"] });
    expect(inRussian!.questions[0]).not.toHaveProperty("promptShownIn");
    const inArmenian = await getSurveyForDelegate(delegate, ids.eventId, "hy");
    expect(inArmenian!.questions[0]).toMatchObject({ prompt: "Կգա՞ք նորից", optionLabels: ["Yes", "No"], optionsShownIn: "en" });
    const inAzerbaijani = await getSurveyForDelegate(delegate, ids.eventId, "az");
    expect(inAzerbaijani!.questions[0]).toMatchObject({ prompt: "Would you come again?", promptShownIn: "en", optionsShownIn: "en" });

    const question = inRussian!.questions[0]!;
    const value = question.options[question.optionLabels.indexOf("Да")]!;
    expect(await submitFeedback(delegate, ids.eventId, { [`a.${question.id}`]: value })).toEqual({ ok: true, value: undefined });
    const [stored] = await db().select({ answers: feedbackResponses.answers }).from(feedbackResponses);
    expect(stored!.answers).toEqual({ [question.id]: "Yes" });
  });

  it("the results read in the organizer's language, counted by the first language's option", async () => {
    const results = (await getSurveyResults(organizer, ids.eventId, "ru"))!;
    expect(results.questions[0]).toMatchObject({ prompt: "Приедете ли вы снова?", optionLabels: ["Да", "Нет"] });
    const total = results.results.total.questions[0]!;
    expect(total.kind === "choice" && total.counts).toEqual([
      { option: "Yes", count: 1 },
      { option: "No", count: 0 },
    ]);
    expect((await getSurveyResults(organizer, ids.eventId, "az"))!.questions[0]).toMatchObject({ prompt: "Would you come again?", promptShownIn: "en" });
  });
});
