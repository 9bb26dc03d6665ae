// Word-level differences between two revisions of a record's text, for the revision history.
// Pure; unit-tested.
//
// The `diff` package's own word diffs don't fit: `diffWords` counts only Latin letters as word
// characters, so Cyrillic and Armenian words fall apart into letters ("тра|эко|н|сп|о…"), and it
// rewrites the whitespace of unchanged parts, so the parts no longer add up to the old text. Here
// the text is cut into Unicode words, runs of spaces, line breaks and single other characters, and
// `diffArrays` compares those tokens.
import { diffArrays } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

// A word: letters, combining marks and digits, joined by an inner apostrophe or hyphen
// ("don't", "Nagorno-Karabakh"). Then line breaks one by one, other spaces as runs, and any other
// character alone (punctuation, symbols).
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|\r\n|\n|\r|[^\S\r\n]+|[^]/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

// Myers' algorithm slows with the size of the change: past this many changed tokens (about 500
// words) the text is shown as replaced whole, which is what such a rewrite is, rather than keeping
// a request busy (~0.1 s at this bound). A token count, not a clock, so the result is the same on
// every machine.
export const MAX_EDIT_TOKENS = 1_000;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The parts that turn `before` into `after`, in reading order. The "same" and "removed" parts
 * joined give `before` exactly, the "same" and "added" parts give `after`. Within one change the
 * removed text comes before the added text.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const old = tokens(before);
  const next = tokens(after);
  // The unchanged start and end are kept out of the comparison, so a rewrite too large to compare
  // still shows them as unchanged.
  let start = 0;
  while (start < old.length && start < next.length && old[start] === next[start]) start++;
  let end = 0;
  while (end < old.length - start && end < next.length - start && old[old.length - 1 - end] === next[next.length - 1 - end]) end++;
  const oldMiddle = old.slice(start, old.length - end);
  const newMiddle = next.slice(start, next.length - end);
  const changes = diffArrays(oldMiddle, newMiddle, { maxEditLength: MAX_EDIT_TOKENS }) ?? [
    { value: oldMiddle, added: false, removed: true, count: oldMiddle.length },
    { value: newMiddle, added: true, removed: false, count: newMiddle.length },
  ];
  const parts: DiffPart[] = [
    { kind: "same", text: old.slice(0, start).join("") },
    ...changes.map((change): DiffPart => ({
      kind: change.added ? "added" : change.removed ? "removed" : "same",
      text: change.value.join(""),
    })),
    { kind: "same", text: old.slice(old.length - end).join("") },
  ];
  return merge(absorbLoneSpaces(parts));
}

/**
 * "the [-old-][+new+] [-words-][+here+]" reads worse than "the [-old words-][+new here+]": a run
 * of spaces left unchanged between two changes joins them, going into both the removed and the
 * added text. That keeps both texts reproducible.
 */
function absorbLoneSpaces(parts: DiffPart[]): DiffPart[] {
  return parts.flatMap((part, index): DiffPart[] => {
    const previous = parts[index - 1];
    const next = parts[index + 1];
    const between = previous && next && previous.kind !== "same" && next.kind !== "same";
    if (part.kind !== "same" || !between || !/^[^\S\r\n]+$/.test(part.text)) return [part];
    return [
      { kind: "removed", text: part.text },
      { kind: "added", text: part.text },
    ];
  });
}

/** Joins neighbouring parts of a kind; a run of changes becomes one removal then one addition. */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) merged.push({ kind: "removed", text: removed });
    if (added) merged.push({ kind: "added", text: added });
    removed = added = "";
  };
  for (const part of parts) {
    if (part.kind === "removed") removed += part.text;
    else if (part.kind === "added") added += part.text;
    else if (part.text) {
      flush();
      const last = merged.at(-1);
      if (last?.kind === "same") last.text += part.text;
      else merged.push({ ...part });
    }
  }
  flush();
  return merged;
}

/** How many words the changes add and remove (spaces and punctuation don't count). */
export function diffSummary(parts: DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.match(WORD)?.length ?? 0;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === "added") added += words(part.text);
    else if (part.kind === "removed") removed += words(part.text);
  }
  return { added, removed };
}
