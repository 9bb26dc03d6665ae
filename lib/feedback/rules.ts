// The feedback survey's rules, pure: reading the organizer's question rows, checking a delegate's
// answers, when a survey is due, and the results per party with the anonymity threshold.
import { DateTime } from "luxon";
import type { FeedbackAnswers, FeedbackQuestion, FeedbackQuestionVersions } from "@/db/schema/feedback";
import { WORKING_LANGUAGES } from "@/lib/events/schema";
import { hasNoControlCharacters } from "@/lib/forms/fields";

export const QUESTION_KINDS = ["rating", "choice", "text"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
/** A rating is 1 (poor) to 5 (excellent). */
export const RATING_SCALE = [1, 2, 3, 4, 5] as const;
/** Below this many responses a party's numbers are shown only inside the total. */
export const MIN_PARTY_RESPONSES = 3;
export const MAX_QUESTIONS = 20;
export const MAX_OPTIONS = 12;
export const PROMPT_MAX = 300;
export const OPTION_MAX = 120;
export const TEXT_ANSWER_MAX = 2000;

const QUESTION_ID = /^[a-z0-9]{1,32}$/;

export type FieldErrors = Record<string, string[]>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

/**
 * A question row of the organizer's form, as typed (q.<n>.kind, q.<n>.prompt, q.<n>.options, q.<n>.id,
 * q.<n>.remove), with its versions in other languages (q.<n>.prompt_<language>, q.<n>.options_<language>).
 */
export type QuestionRow = {
  index: number;
  id: string;
  kind: string;
  prompt: string;
  options: string;
  remove: boolean;
  versions?: Record<string, { prompt: string; options: string }>;
};

const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** The question rows of a submitted form, in their order on the page. */
export function questionRowsFromForm(form: Record<string, unknown>): QuestionRow[] {
  const indexes = new Set<number>();
  for (const key of Object.keys(form)) {
    const match = /^q\.(\d{1,3})\./.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => ({
      index,
      id: str(form[`q.${index}.id`]).trim(),
      kind: str(form[`q.${index}.kind`]),
      prompt: str(form[`q.${index}.prompt`]).trim(),
      options: str(form[`q.${index}.options`]),
      remove: form[`q.${index}.remove`] === "on",
      versions: Object.fromEntries(
        WORKING_LANGUAGES.flatMap((language) => {
          const prompt = str(form[`q.${index}.prompt_${language}`]).trim();
          const options = str(form[`q.${index}.options_${language}`]);
          return prompt || options.trim() ? [[language, { prompt, options }]] : [];
        }),
      ),
    }));
}

/** The lines of a choice's options in another language: trimmed, blank lines dropped, kept in order (line n is option n). */
export function versionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The options of a choice, one per line: trimmed, blank lines and repeats dropped. */
export function optionLines(text: string): string[] {
  const seen = new Set<string>();
  const options: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const option = line.trim();
    if (option && !seen.has(option)) {
      seen.add(option);
      options.push(option);
    }
  }
  return options;
}

/**
 * The questions the organizer's rows define. A ticked "remove" drops its row; a row with neither
 * prompt nor options is the blank row for a new question, left empty. Every other row must be
 * whole: a prompt, a known kind, and for a choice two options or more. New rows get an id from
 * `newId` (kept ids keep their answers attached). Versions are kept in the event's `languages`
 * other than its first (the language of the prompt itself); a choice's options in another language
 * go line for line with the first's, or not at all.
 */
export function parseQuestions(rows: QuestionRow[], newId: () => string, languages: readonly string[] = []): Parsed<FeedbackQuestion[]> {
  const fieldErrors: FieldErrors = {};
  const questions: FeedbackQuestion[] = [];
  const used = new Set<string>();
  for (const row of rows) {
    if (row.remove) continue;
    const optionsText = row.options.trim();
    if (!row.prompt && !optionsText) continue;
    const field = (name: string) => `q.${row.index}.${name}`;
    const kind = (QUESTION_KINDS as readonly string[]).includes(row.kind) ? (row.kind as QuestionKind) : null;
    if (!kind) fieldErrors[field("kind")] = ["invalid"];
    if (!row.prompt) fieldErrors[field("prompt")] = ["required"];
    else if (row.prompt.length > PROMPT_MAX) fieldErrors[field("prompt")] = ["tooLong"];
    else if (!hasNoControlCharacters(row.prompt)) fieldErrors[field("prompt")] = ["controlCharacters"];
    let options: string[] = [];
    if (kind === "choice") {
      options = optionLines(row.options);
      if (options.length < 2) fieldErrors[field("options")] = ["feedbackTwoOptions"];
      else if (options.length > MAX_OPTIONS) fieldErrors[field("options")] = ["feedbackTooManyOptions"];
      else if (options.some((o) => o.length > OPTION_MAX)) fieldErrors[field("options")] = ["tooLong"];
      else if (!options.every(hasNoControlCharacters)) fieldErrors[field("options")] = ["controlCharacters"];
    }
    // Versions in the event's other languages: checked like the first language's text, the options line for line.
    const translations: FeedbackQuestionVersions = {};
    for (const language of [...languages.slice(1)].sort()) {
      const version = row.versions?.[language];
      if (!version) continue;
      const promptField = field(`prompt_${language}`);
      const optionsField = field(`options_${language}`);
      if (version.prompt.length > PROMPT_MAX) fieldErrors[promptField] = ["tooLong"];
      else if (!hasNoControlCharacters(version.prompt)) fieldErrors[promptField] = ["controlCharacters"];
      const lines = kind === "choice" ? versionLines(version.options) : [];
      if (lines.length > 0 && lines.length !== options.length) fieldErrors[optionsField] = ["feedbackOptionsLineForLine"];
      else if (lines.some((o) => o.length > OPTION_MAX)) fieldErrors[optionsField] = ["tooLong"];
      else if (!lines.every(hasNoControlCharacters)) fieldErrors[optionsField] = ["controlCharacters"];
      const kept = { ...(version.prompt ? { prompt: version.prompt } : {}), ...(lines.length ? { options: lines } : {}) };
      if (Object.keys(kept).length) translations[language] = kept;
    }
    let id = QUESTION_ID.test(row.id) && !used.has(row.id) ? row.id : "";
    while (!id || used.has(id)) id = newId();
    used.add(id);
    if (kind) questions.push({ id, kind, prompt: row.prompt, options, ...(Object.keys(translations).length ? { translations } : {}) });
  }
  if (questions.length > MAX_QUESTIONS) fieldErrors.questions = ["feedbackTooManyQuestions"];
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, value: questions };
}

/**
 * A question as one reader gets it: the prompt in their language, else the first language's, named
 * in `promptShownIn`; each option's label likewise (`optionsShownIn`), while its value stays the
 * first language's text, which is what the answers keep.
 */
export type LocalizedQuestion = FeedbackQuestion & { optionLabels: string[]; promptShownIn?: string; optionsShownIn?: string };

export function localizeQuestion(question: FeedbackQuestion, reader: string, languages: readonly string[]): LocalizedQuestion {
  const first = languages[0] ?? "en";
  const { translations, ...rest } = question;
  if (reader === first || !languages.includes(reader)) {
    const other = reader !== first;
    return {
      ...rest,
      optionLabels: question.options,
      ...(other ? { promptShownIn: first } : {}),
      ...(other && question.options.length ? { optionsShownIn: first } : {}),
    };
  }
  const version = translations?.[reader];
  const prompt = version?.prompt?.trim();
  const options = version?.options?.length === question.options.length ? version.options : null;
  return {
    ...rest,
    prompt: prompt || question.prompt,
    optionLabels: options ?? question.options,
    ...(prompt ? {} : { promptShownIn: first }),
    ...(options || question.options.length === 0 ? {} : { optionsShownIn: first }),
  };
}

/** The form field of a question's answer. */
export const answerField = (questionId: string) => `a.${questionId}`;

/**
 * A delegate's answers, checked against the survey's questions: a rating (1–5) and a choice (one
 * of its options) are required, free text is optional. Fields the survey does not ask are ignored.
 */
export function validateAnswers(questions: FeedbackQuestion[], form: Record<string, unknown>): Parsed<FeedbackAnswers> {
  const fieldErrors: FieldErrors = {};
  const answers: FeedbackAnswers = {};
  for (const question of questions) {
    const field = answerField(question.id);
    const raw = str(form[field]).trim();
    if (question.kind === "rating") {
      const value = Number(raw);
      if (!raw) fieldErrors[field] = ["feedbackAnswerRequired"];
      else if (!(RATING_SCALE as readonly number[]).includes(value)) fieldErrors[field] = ["invalid"];
      else answers[question.id] = value;
    } else if (question.kind === "choice") {
      if (!raw) fieldErrors[field] = ["feedbackAnswerRequired"];
      else if (!question.options.includes(raw)) fieldErrors[field] = ["invalid"];
      else answers[question.id] = raw;
    } else if (raw) {
      if (raw.length > TEXT_ANSWER_MAX) fieldErrors[field] = ["tooLong"];
      else if (!hasNoControlCharacters(raw)) fieldErrors[field] = ["controlCharacters"];
      else answers[question.id] = raw;
    }
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, value: answers };
}

/** The instant a survey may go out by itself: when the event's last day is over where it takes place. */
export function surveyDueAt(event: { lastDay: string; timeZone: string }): Date {
  return DateTime.fromISO(event.lastDay, { zone: event.timeZone }).startOf("day").plus({ days: 1 }).toJSDate();
}

export function surveyDue(event: { lastDay: string; timeZone: string }, now: Date): boolean {
  return surveyDueAt(event).getTime() <= now.getTime();
}

export type QuestionStats =
  | { id: string; kind: "rating"; prompt: string; answered: number; average: number | null; distribution: number[] }
  | { id: string; kind: "choice"; prompt: string; answered: number; counts: { option: string; count: number }[] }
  | { id: string; kind: "text"; prompt: string; answered: number; answers: { text: string; name: string | null }[] };

export type GroupStats = { responses: number; questions: QuestionStats[] };

/** Why a party's own numbers are not shown: too few answers, or they would give away a smaller side's by subtraction from the total. */
export type HiddenBecause = "tooFew" | "complement";

export type SurveyResults = {
  total: GroupStats;
  parties: { partyId: string; partyName: string; responses: number; stats: GroupStats | null; hiddenBecause: HiddenBecause | null }[];
};

export type ResponseForResults = { partyId: string; answers: FeedbackAnswers; name?: string | null };

function statsOf(questions: FeedbackQuestion[], responses: ResponseForResults[], withNames: boolean): GroupStats {
  return {
    responses: responses.length,
    questions: questions.map((q): QuestionStats => {
      const given = responses.map((r) => ({ value: r.answers[q.id], name: withNames ? (r.name ?? null) : null })).filter((a) => a.value !== undefined);
      if (q.kind === "rating") {
        const values = given.map((a) => a.value).filter((v): v is number => typeof v === "number" && (RATING_SCALE as readonly number[]).includes(v));
        const sum = values.reduce((s, v) => s + v, 0);
        return {
          id: q.id,
          kind: "rating",
          prompt: q.prompt,
          answered: values.length,
          average: values.length ? Math.round((sum / values.length) * 10) / 10 : null,
          distribution: RATING_SCALE.map((n) => values.filter((v) => v === n).length),
        };
      }
      if (q.kind === "choice") {
        const counts = q.options.map((option) => ({ option, count: given.filter((a) => a.value === option).length }));
        return { id: q.id, kind: "choice", prompt: q.prompt, answered: counts.reduce((s, c) => s + c.count, 0), counts };
      }
      const answers = given
        .filter((a): a is { value: string; name: string | null } => typeof a.value === "string" && a.value.length > 0)
        .map((a) => ({ text: a.value, name: a.name }))
        // Alphabetical, never in the order they came in: the order must not tell who wrote what.
        .sort((a, b) => a.text.localeCompare(b.text));
      return { id: q.id, kind: "text", prompt: q.prompt, answered: answers.length, answers };
    }),
  };
}

/**
 * Which parties' own numbers may be shown. When the survey is anonymous, a party with 1 or 2
 * responses is shown only inside the total; and then no other party is shown on its own either,
 * or the total minus the others would give away the small side's answers.
 */
export function hiddenParties(counts: { partyId: string; responses: number }[], anonymous: boolean): Map<string, HiddenBecause> {
  const hidden = new Map<string, HiddenBecause>();
  if (!anonymous) return hidden;
  const tooFew = counts.filter((c) => c.responses > 0 && c.responses < MIN_PARTY_RESPONSES);
  if (tooFew.length === 0) return hidden;
  for (const c of counts) hidden.set(c.partyId, c.responses > 0 && c.responses < MIN_PARTY_RESPONSES ? "tooFew" : "complement");
  return hidden;
}

/** Results per question: the total, and each of the event's parties unless its numbers must stay inside the total. */
export function aggregateResults(
  questions: FeedbackQuestion[],
  parties: { id: string; name: string }[],
  responses: ResponseForResults[],
  anonymous: boolean,
): SurveyResults {
  const withNames = !anonymous;
  const counts = parties.map((p) => ({ partyId: p.id, responses: responses.filter((r) => r.partyId === p.id).length }));
  const hidden = hiddenParties(counts, anonymous);
  return {
    total: statsOf(questions, responses, withNames),
    parties: parties.map((p, i) => {
      const because = hidden.get(p.id) ?? null;
      const own = responses.filter((r) => r.partyId === p.id);
      return {
        partyId: p.id,
        partyName: p.name,
        responses: counts[i]!.responses,
        stats: because ? null : statsOf(questions, own, withNames),
        hiddenBecause: because,
      };
    }),
  };
}
