// Rules of the initiative's list of officials, pure (no I/O): what an edit compares to detect a
// concurrent change, and how a merge rewrites the lists of official ids that releases and record
// revisions keep in their frozen snapshots.
import { createHash } from "node:crypto";
import { canonicalVersions, type ContentTranslations } from "@/lib/content/translations";

export type OfficialValues = {
  name: string;
  position: string;
  institution: string;
  partyId: string | null;
  translations: ContentTranslations | null | undefined;
};

/**
 * The official as it was read, in a few characters: the edit form carries it, and a save whose
 * official no longer reads the same (someone saved or merged in between) is refused, never applied.
 * Equal values give the same fingerprint whatever the order of the versions in the JSON.
 */
export function officialFingerprint(official: OfficialValues): string {
  const spelled = JSON.stringify([official.name, official.position, official.institution, official.partyId ?? "", canonicalVersions(official.translations)]);
  return createHash("sha256").update(spelled).digest("base64url").slice(0, 22);
}

/**
 * A list of official ids after a merge: every merged id becomes the kept one, each id at most once
 * (an item that named both keeps one), sorted as snapshots store them. `null` when the list names
 * none of the merged ids (nothing to rewrite).
 */
export function mergedOfficialIds(ids: readonly string[], keptId: string, mergedIds: readonly string[]): string[] | null {
  const merged = new Set(mergedIds);
  if (!ids.some((id) => merged.has(id))) return null;
  return [...new Set(ids.map((id) => (merged.has(id) ? keptId : id)))].sort();
}

/**
 * The versions of the kept official after a merge: its own versions stay; a language only a
 * duplicate had a version in is taken from the first duplicate that has it.
 */
export function mergedTranslations(kept: ContentTranslations | null | undefined, duplicates: (ContentTranslations | null | undefined)[]): ContentTranslations {
  const out: ContentTranslations = { ...(kept ?? {}) };
  for (const versions of duplicates) {
    for (const [language, fields] of Object.entries(versions ?? {})) {
      const mine = { ...(out[language] ?? {}) };
      for (const [field, text] of Object.entries(fields ?? {})) if (text?.trim() && !mine[field]?.trim()) mine[field] = text;
      if (Object.keys(mine).length > 0) out[language] = mine;
    }
  }
  return out;
}
