// Chatham House rule: a closed-door item's record keeps what was said, never who said it. The
// editor warns when a delegate's name shows up in the text; this finds which ones do. A warning,
// not a filter: it looks for full names only, as given, so it misses an inflected or shortened
// name ("Рзаевой", "Mr Mammadov"), and the rapporteur still reads their text. Pure; unit-tested.

const MIN_LETTERS = 3;

/**
 * Folds case the same way for the name and the text. `toLowerCase` alone leaves Turkish and
 * Azerbaijani dotted capital İ as "i̇" (i plus a combining dot) and dotless ı as itself, so
 * "İlham", "ILHAM" and "Ilham" would not meet: all four i's become one here.
 */
function fold(text: string): string {
  return text.normalize("NFC").replace(/[İIı]/g, "i").toLowerCase();
}

// The characters with a meaning in a pattern; with the `u` flag, escaping any other is an error.
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The pattern for one name, or null for a name too short to look for. */
function namePattern(name: string): RegExp | null {
  const parts = fold(name).split(/\s+/).filter(Boolean);
  const letters = parts.join("").match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  // Whole words only ("Ani" is not in "Animation"): no letter, mark or digit right before or
  // after. Any whitespace between the parts, a line break included.
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${parts.map(escapeRegExp).join("\\s+")}(?![\\p{L}\\p{M}\\p{N}])`, "u");
}

/**
 * Which of `names` occur in `text`, case-insensitively, as whole words: each once (as first given),
 * in the order of `names`. Empty names and names of fewer than three letters are ignored.
 */
export function findNamesInText(text: string, names: string[]): string[] {
  const haystack = fold(text);
  const seen = new Set<string>();
  const found: string[] = [];
  for (const name of names) {
    const key = fold(name).split(/\s+/).filter(Boolean).join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    if (namePattern(name)?.test(haystack)) found.push(name);
  }
  return found;
}
