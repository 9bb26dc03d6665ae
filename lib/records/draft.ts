// The record as the editor holds it and sends it: one document per save. Pure; used by the API
// route (validation), the data layer (what a revision keeps) and the editor (what is unsaved).
import { z } from "zod";
import { WORKING_LANGUAGES } from "@/lib/events/schema";
import { hasNoControlCharacters } from "@/lib/forms/fields";
import { isThemeKey, normalizeCustomTheme } from "./themes";

export const MAX_SUMMARY = 100_000;
export const MAX_KEY_POINTS = 50_000;
export const MAX_TOPICS = 20_000;
export const MAX_RECOMMENDATION = 4_000;

/**
 * A text of the draft. The editor sends every field; what it cannot send (a missing field, a
 * non-text) is refused with a catalog key, like a form's field.
 */
const draftText = (max: number) => z.string({ error: "invalid" }).max(max, { error: "tooLong" }).refine(hasNoControlCharacters, { error: "controlCharacters" });
const ids = (max: number) => z.array(z.uuid({ error: "invalid" }), { error: "invalid" }).max(max, { error: "tooLong" });

const isWorkingLanguage = (language: string) => (WORKING_LANGUAGES as readonly string[]).includes(language);

/**
 * A recommendation's text in the event's other working languages: `{ hy: { text: "…" } }`. Kept as
 * typed (the save cleans it for the event's languages); missing on drafts saved before versions existed.
 */
const recommendationVersions = z
  .record(z.string().refine(isWorkingLanguage, { error: "invalid" }), z.object({ text: draftText(MAX_RECOMMENDATION).optional() }, { error: "invalid" }), {
    error: "invalid",
  })
  .optional();

export const recommendationDraft = z.object(
  {
    /** Made by the editor when the recommendation is added: the same key on every save, so never a duplicate. */
    key: z.uuid({ error: "invalid" }),
    /** A theme key, a custom theme (canonicalDraft stores it in one spelling), or "" while unnamed. */
    theme: draftText(400),
    text: draftText(MAX_RECOMMENDATION),
    translations: recommendationVersions,
  },
  { error: "invalid" },
);

export const recordDraftInput = z.object(
  {
    // A NUL would fail the query: the save is refused as invalid (the editor keeps the text).
    summary: draftText(MAX_SUMMARY),
    keyPoints: draftText(MAX_KEY_POINTS),
    topics: draftText(MAX_TOPICS),
    notForPublication: z.boolean({ error: "invalid" }),
    /** People present (person ids). */
    attendance: ids(1000),
    /** Meetings with officials: officials met, and who spoke for each delegation (person ids). */
    officials: ids(100),
    speakers: ids(200),
    recommendations: z.array(recommendationDraft, { error: "invalid" }).max(200, { error: "tooLong" }),
  },
  { error: "invalid" },
);

export type RecordDraft = z.output<typeof recordDraftInput>;
export type RecommendationDraft = z.output<typeof recommendationDraft>;

/** One save: the version it was made on (0: the record does not exist yet) and the client's key for it. */
export const recordSaveInput = z.object({
  baseVersion: z.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" }),
  saveId: z.uuid({ error: "invalid" }),
  draft: recordDraftInput,
});

export type RecordSave = z.output<typeof recordSaveInput>;

export const EMPTY_DRAFT: RecordDraft = {
  summary: "",
  keyPoints: "",
  topics: "",
  notForPublication: false,
  attendance: [],
  officials: [],
  speakers: [],
  recommendations: [],
};

/** The draft in a canonical form (sets sorted, each recommendation once, custom themes in one spelling), for comparing and storing. */
export function canonicalDraft(draft: RecordDraft): RecordDraft {
  const set = (ids: string[]) => [...new Set(ids)].sort();
  // Keys in a fixed order: the result is compared as JSON.
  return {
    summary: draft.summary,
    keyPoints: draft.keyPoints,
    topics: draft.topics,
    notForPublication: draft.notForPublication,
    attendance: set(draft.attendance),
    officials: set(draft.officials),
    speakers: set(draft.speakers),
    recommendations: draft.recommendations
      .filter((r, i, all) => all.findIndex((o) => o.key === r.key) === i)
      .map(({ key, theme, text, translations }) => {
        const versions = canonicalVersions(translations);
        const rec = { key, theme: isThemeKey(theme) ? theme : normalizeCustomTheme(theme), text };
        // No versions: no key at all, so a draft written before versions existed compares equal.
        return Object.keys(versions).length ? { ...rec, translations: versions } : rec;
      }),
  };
}

/** A recommendation's versions in one spelling: languages sorted, versions without text dropped (text kept as typed). */
export function canonicalVersions(translations: RecommendationDraft["translations"]): NonNullable<RecommendationDraft["translations"]> {
  const out: NonNullable<RecommendationDraft["translations"]> = {};
  for (const language of Object.keys(translations ?? {}).sort()) {
    const text = translations?.[language]?.text;
    if (typeof text === "string" && text.trim() !== "") out[language] = { text };
  }
  return out;
}

/** A new, empty recommendation of the editor. */
export function newRecommendation(key: string, theme: string): RecommendationDraft {
  return { key, theme, text: "" };
}

/** Whether two drafts say the same thing (order of ticked people does not matter). */
export function sameDraft(a: RecordDraft, b: RecordDraft): boolean {
  return JSON.stringify(canonicalDraft(a)) === JSON.stringify(canonicalDraft(b));
}
