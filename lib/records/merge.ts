// Merging two versions of a record after a conflict, as the writer chose. Pure, unit-tested: the
// point is that nothing either side wrote disappears unless the writer chose to drop it.
import { canonicalDraft, type RecordDraft } from "./draft";

export const TEXT_FIELDS = ["summary", "keyPoints", "topics"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type TextChoice = "mine" | "theirs" | "both";

/** The text fields where the two versions differ. */
export function differingTexts(mine: RecordDraft, theirs: RecordDraft): TextField[] {
  return TEXT_FIELDS.filter((field) => mine[field] !== theirs[field]);
}

function mergeText(mine: string, theirs: string, choice: TextChoice): string {
  if (choice === "mine") return mine;
  if (choice === "theirs") return theirs;
  if (!mine.trim()) return theirs;
  if (!theirs.trim()) return mine;
  return `${mine.trimEnd()}\n\n${theirs.trimStart()}`;
}

/**
 * Texts as chosen per field (default: mine); ticks (attendance, officials, speakers) from both;
 * recommendations from both, by key: one both have keeps my wording unless mine is empty, and in
 * each other language my version unless mine is empty there.
 * "Not for publication" holds if either side set it: the safer reading.
 */
export function mergeDrafts(mine: RecordDraft, theirs: RecordDraft, choices: Partial<Record<TextField, TextChoice>> = {}): RecordDraft {
  const recommendations = [...mine.recommendations];
  for (const rec of theirs.recommendations) {
    const index = recommendations.findIndex((r) => r.key === rec.key);
    if (index === -1) recommendations.push(rec);
    else {
      const own = recommendations[index]!;
      const base = own.text.trim() ? own : rec;
      // Versions by language, the same way: mine unless I left that language empty.
      const translations = { ...(rec.translations ?? {}) };
      for (const [language, version] of Object.entries(own.translations ?? {})) {
        if (version?.text?.trim()) translations[language] = version;
      }
      recommendations[index] = { ...base, translations };
    }
  }
  return canonicalDraft({
    summary: mergeText(mine.summary, theirs.summary, choices.summary ?? "mine"),
    keyPoints: mergeText(mine.keyPoints, theirs.keyPoints, choices.keyPoints ?? "mine"),
    topics: mergeText(mine.topics, theirs.topics, choices.topics ?? "mine"),
    notForPublication: mine.notForPublication || theirs.notForPublication,
    attendance: [...mine.attendance, ...theirs.attendance],
    officials: [...mine.officials, ...theirs.officials],
    speakers: [...mine.speakers, ...theirs.speakers],
    recommendations,
  });
}
