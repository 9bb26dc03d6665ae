// The record as the editor holds it and sends it: one document per save. Pure; used by the API
// route (validation), the data layer (what a revision keeps) and the editor (what is unsaved).
import { z } from "zod";
import { hasNoControlCharacters } from "@/lib/forms/fields";
import { isThemeKey, normalizeCustomTheme } from "./themes";

export const MAX_SUMMARY = 100_000;
export const MAX_KEY_POINTS = 50_000;
export const MAX_TOPICS = 20_000;
export const MAX_RECOMMENDATION = 4_000;

export const recommendationDraft = z.object({
  /** Made by the editor when the recommendation is added: the same key on every save, so never a duplicate. */
  key: z.uuid(),
  /** A theme key, a custom theme (canonicalDraft stores it in one spelling), or "" while unnamed. */
  theme: z.string().max(400).refine(hasNoControlCharacters),
  text: z.string().max(MAX_RECOMMENDATION).refine(hasNoControlCharacters),
});

export const recordDraftInput = z.object({
  // A NUL would fail the query: the save is refused as invalid (the editor keeps the text).
  summary: z.string().max(MAX_SUMMARY).refine(hasNoControlCharacters),
  keyPoints: z.string().max(MAX_KEY_POINTS).refine(hasNoControlCharacters),
  topics: z.string().max(MAX_TOPICS).refine(hasNoControlCharacters),
  notForPublication: z.boolean(),
  /** People present (person ids). */
  attendance: z.array(z.uuid()).max(1000),
  /** Meetings with officials: officials met, and who spoke for each delegation (person ids). */
  officials: z.array(z.uuid()).max(100),
  speakers: z.array(z.uuid()).max(200),
  recommendations: z.array(recommendationDraft).max(200),
});

export type RecordDraft = z.output<typeof recordDraftInput>;
export type RecommendationDraft = z.output<typeof recommendationDraft>;

/** One save: the version it was made on (0: the record does not exist yet) and the client's key for it. */
export const recordSaveInput = z.object({
  baseVersion: z.number().int().min(0),
  saveId: z.uuid(),
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
      .map(({ key, theme, text }) => ({ key, theme: isThemeKey(theme) ? theme : normalizeCustomTheme(theme), text })),
  };
}

/** Whether two drafts say the same thing (order of ticked people does not matter). */
export function sameDraft(a: RecordDraft, b: RecordDraft): boolean {
  return JSON.stringify(canonicalDraft(a)) === JSON.stringify(canonicalDraft(b));
}
