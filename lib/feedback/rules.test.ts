import { describe, expect, it } from "vitest";
import type { FeedbackAnswers, FeedbackQuestion } from "@/db/schema/feedback";
import { aggregateResults, hiddenParties, localizeQuestion, parseQuestions, questionRowsFromForm, surveyDue, validateAnswers } from "./rules";

const questions: FeedbackQuestion[] = [
  { id: "r1", kind: "rating", prompt: "How useful was it?", options: [] },
  { id: "c1", kind: "choice", prompt: "Come again?", options: ["Yes", "No"] },
  { id: "t1", kind: "text", prompt: "Anything else?", options: [] },
];

describe("question rows", () => {
  let n = 0;
  const newId = () => `new${++n}`;

  it("reads rows in page order, skips the blank row and removed rows, keeps ids, gives new rows one", () => {
    const rows = questionRowsFromForm({
      "q.1.kind": "choice",
      "q.1.prompt": " Come again? ",
      "q.1.options": "Yes\n\n No \nYes\r\n",
      "q.0.id": "r1",
      "q.0.kind": "rating",
      "q.0.prompt": "How useful?",
      "q.2.kind": "text",
      "q.2.prompt": "Gone",
      "q.2.remove": "on",
      "q.3.kind": "rating",
      "q.3.prompt": "",
      "q.3.options": "",
    });
    const parsed = parseQuestions(rows, newId);
    expect(parsed).toEqual({
      ok: true,
      value: [
        { id: "r1", kind: "rating", prompt: "How useful?", options: [] },
        { id: "new1", kind: "choice", prompt: "Come again?", options: ["Yes", "No"] },
      ],
    });
  });

  it("refuses a row without a prompt, a choice with fewer than two options, an unknown kind, each next to its field", () => {
    const rows = questionRowsFromForm({
      "q.0.kind": "choice",
      "q.0.prompt": "",
      "q.0.options": "Only one",
      "q.1.kind": "essay",
      "q.1.prompt": "What?",
    });
    const parsed = parseQuestions(rows, newId);
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: { "q.0.prompt": ["required"], "q.0.options": ["feedbackTwoOptions"], "q.1.kind": ["invalid"] },
    });
  });

  it("a forged or repeated id becomes a new one", () => {
    const rows = questionRowsFromForm({
      "q.0.id": "x'; drop",
      "q.0.kind": "text",
      "q.0.prompt": "A",
      "q.1.id": "same",
      "q.1.kind": "text",
      "q.1.prompt": "B",
      "q.2.id": "same",
      "q.2.kind": "text",
      "q.2.prompt": "C",
    });
    const parsed = parseQuestions(rows, newId);
    expect(parsed.ok && parsed.value.map((q) => q.id)).toEqual([expect.stringMatching(/^new/), "same", expect.stringMatching(/^new/)]);
  });
});

describe("answers", () => {
  it("rating and choice are required, text is optional; the message is next to the field", () => {
    expect(validateAnswers(questions, {})).toEqual({ ok: false, fieldErrors: { "a.r1": ["feedbackAnswerRequired"], "a.c1": ["feedbackAnswerRequired"] } });
  });

  it("a rating outside 1–5 or an option the question does not offer is refused", () => {
    expect(validateAnswers(questions, { "a.r1": "6", "a.c1": "Maybe" })).toEqual({ ok: false, fieldErrors: { "a.r1": ["invalid"], "a.c1": ["invalid"] } });
    expect(validateAnswers(questions, { "a.r1": "2.5", "a.c1": "Yes" }).ok).toBe(false);
  });

  it("keeps the answers given, a rating as a number, and ignores fields the survey does not ask", () => {
    expect(validateAnswers(questions, { "a.r1": "4", "a.c1": "No", "a.t1": "  Thanks  ", "a.zz": "x" })).toEqual({
      ok: true,
      value: { r1: 4, c1: "No", t1: "Thanks" },
    });
    expect(validateAnswers(questions, { "a.r1": "1", "a.c1": "Yes", "a.t1": "" })).toEqual({ ok: true, value: { r1: 1, c1: "Yes" } });
  });
});

describe("due after the last day, where the event takes place", () => {
  const event = { lastDay: "2026-02-14", timeZone: "Asia/Yerevan" };
  it("not on the last day, from midnight after it in the event's zone", () => {
    expect(surveyDue(event, new Date("2026-02-14T19:59:00Z"))).toBe(false);
    expect(surveyDue(event, new Date("2026-02-14T20:00:00Z"))).toBe(true);
  });
});

describe("results", () => {
  const parties = [
    { id: "A", name: "Armenia" },
    { id: "B", name: "Azerbaijan" },
  ];
  const response = (partyId: string, r1: number, c1: string, t1?: string) => ({
    partyId,
    answers: (t1 ? { r1, c1, t1 } : { r1, c1 }) as FeedbackAnswers,
    name: `${partyId} person`,
  });

  it("per question: rating count, average and distribution; choice counts; free text sorted, without names when anonymous", () => {
    const responses = [
      response("A", 5, "Yes", "zebra"),
      response("A", 4, "Yes"),
      response("A", 4, "No", "apple"),
      response("B", 2, "No"),
      response("B", 3, "No"),
      response("B", 3, "Yes"),
    ];
    const results = aggregateResults(questions, parties, responses, true);
    expect(results.total.responses).toBe(6);
    expect(results.total.questions[0]).toEqual({
      id: "r1",
      kind: "rating",
      prompt: "How useful was it?",
      answered: 6,
      average: 3.5,
      distribution: [0, 1, 2, 2, 1],
    });
    expect(results.total.questions[1]).toMatchObject({
      counts: [
        { option: "Yes", count: 3 },
        { option: "No", count: 3 },
      ],
    });
    expect(results.total.questions[2]).toMatchObject({
      answered: 2,
      answers: [
        { text: "apple", name: null },
        { text: "zebra", name: null },
      ],
    });
    expect(results.parties.map((p) => [p.partyName, p.responses, p.hiddenBecause])).toEqual([
      ["Armenia", 3, null],
      ["Azerbaijan", 3, null],
    ]);
    expect(results.parties[0]!.stats!.questions[0]).toMatchObject({ average: 4.3, distribution: [0, 0, 0, 2, 1] });
  });

  it("a party with fewer than 3 responses is shown only in the total, and so is the other side (or the total would give it away)", () => {
    const responses = [response("A", 5, "Yes"), response("A", 4, "Yes"), response("A", 4, "No"), response("B", 1, "No")];
    const results = aggregateResults(questions, parties, responses, true);
    expect(results.total.responses).toBe(4);
    expect(results.parties.map((p) => [p.responses, p.stats, p.hiddenBecause])).toEqual([
      [3, null, "complement"],
      [1, null, "tooFew"],
    ]);
  });

  it("a party without any response hides nothing of the other", () => {
    expect(
      hiddenParties(
        [
          { partyId: "A", responses: 3 },
          { partyId: "B", responses: 0 },
        ],
        true,
      ).size,
    ).toBe(0);
  });

  it("a survey that is not anonymous shows every party and the names beside free text", () => {
    const results = aggregateResults(questions, parties, [response("A", 5, "Yes", "Good")], false);
    expect(results.parties[0]!.hiddenBecause).toBeNull();
    expect(results.total.questions[2]).toMatchObject({ answers: [{ text: "Good", name: "A person" }] });
  });
});

describe("questions in the event's working languages", () => {
  const languages = ["en", "ru", "hy"];
  const newId = () => "fresh";
  const form = (extra: Record<string, string>) => ({
    "q.0.kind": "choice",
    "q.0.prompt": "Come again?",
    "q.0.options": "Yes\nNo",
    "q.0.id": "c1",
    ...extra,
  });

  it("keeps the prompt and the options line for line in the event's other languages, nothing in the first or in a language it does not use", () => {
    const parsed = parseQuestions(
      questionRowsFromForm(
        form({
          "q.0.prompt_ru": " Приедете снова? ",
          "q.0.options_ru": "Да\n\n Нет ",
          "q.0.prompt_hy": "Կգա՞ք նորից",
          "q.0.prompt_en": "Ignored",
          "q.0.prompt_az": "Yenə gələrsiniz?",
        }),
      ),
      newId,
      languages,
    );
    expect(parsed).toEqual({
      ok: true,
      value: [
        {
          id: "c1",
          kind: "choice",
          prompt: "Come again?",
          options: ["Yes", "No"],
          translations: { hy: { prompt: "Կգա՞ք նորից" }, ru: { prompt: "Приедете снова?", options: ["Да", "Нет"] } },
        },
      ],
    });
  });

  it("refuses options in another language that do not go line for line, next to their field", () => {
    expect(parseQuestions(questionRowsFromForm(form({ "q.0.options_ru": "Да" })), newId, languages)).toEqual({
      ok: false,
      fieldErrors: { "q.0.options_ru": ["feedbackOptionsLineForLine"] },
    });
    expect(parseQuestions(questionRowsFromForm(form({ "q.0.prompt_hy": "x".repeat(301) })), newId, languages)).toEqual({
      ok: false,
      fieldErrors: { "q.0.prompt_hy": ["tooLong"] },
    });
  });

  const question: FeedbackQuestion = {
    id: "c1",
    kind: "choice",
    prompt: "Come again?",
    options: ["Yes", "No"],
    translations: { ru: { prompt: "Приедете снова?", options: ["Да", "Нет"] }, hy: { prompt: "Կգա՞ք նորից" } },
  };

  it("gives a reader their language's prompt and option labels; the values stay the first language's", () => {
    expect(localizeQuestion(question, "ru", languages)).toEqual({
      id: "c1",
      kind: "choice",
      prompt: "Приедете снова?",
      options: ["Yes", "No"],
      optionLabels: ["Да", "Нет"],
    });
  });

  it("falls back to the first language, marked, where a version is missing: the options of hy, every text of az", () => {
    expect(localizeQuestion(question, "hy", languages)).toEqual({
      id: "c1",
      kind: "choice",
      prompt: "Կգա՞ք նորից",
      options: ["Yes", "No"],
      optionLabels: ["Yes", "No"],
      optionsShownIn: "en",
    });
    expect(localizeQuestion(question, "az", languages)).toMatchObject({
      prompt: "Come again?",
      promptShownIn: "en",
      optionLabels: ["Yes", "No"],
      optionsShownIn: "en",
    });
    expect(localizeQuestion(question, "en", languages)).toEqual({
      id: "c1",
      kind: "choice",
      prompt: "Come again?",
      options: ["Yes", "No"],
      optionLabels: ["Yes", "No"],
    });
    // A rating has no options to mark.
    expect(localizeQuestion({ id: "r1", kind: "rating", prompt: "Useful?", options: [] }, "ru", languages)).toEqual({
      id: "r1",
      kind: "rating",
      prompt: "Useful?",
      options: [],
      optionLabels: [],
      promptShownIn: "en",
    });
  });

  it("an answer in the reader's language is kept as the first language's option", () => {
    const localized = localizeQuestion(question, "ru", languages);
    const chosen = localized.options[localized.optionLabels.indexOf("Да")]!;
    expect(validateAnswers([question], { "a.c1": chosen })).toEqual({ ok: true, value: { c1: "Yes" } });
    expect(validateAnswers([question], { "a.c1": "Да" })).toEqual({ ok: false, fieldErrors: { "a.c1": ["invalid"] } });
  });
});
