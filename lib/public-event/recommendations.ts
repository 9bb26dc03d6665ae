// The adopted recommendations of a published outcome, as the public reads them: by theme (themes in
// the order they first come, each theme's recommendations in the published order). At 100× the
// demo an outcome adopts about 1,000, which made the outcome page 180 KB: past
// OUTCOME_PAGE_RECOMMENDATIONS the page shows each theme with its count and its first few, and the
// whole list has pages of its own (…/outcome/recommendations, …/2). Pure helpers, no I/O.
import { pageCount } from "@/lib/pagination";

/** Up to this many, the outcome page lists every adopted recommendation (the demo's outcome, printed whole). */
export const OUTCOME_PAGE_RECOMMENDATIONS = 40;

/** Recommendations a theme shows on the outcome page when there are more than OUTCOME_PAGE_RECOMMENDATIONS. */
export const THEME_PREVIEW = 3;

/** Recommendations on one page of the full list: about 150 bytes each (HTML and React's payload). */
export const RECOMMENDATIONS_PAGE_SIZE = 100;

/** `shownIn`: the language the text is in when it is not the reader's (no version in theirs). */
type Recommendation = { theme: string; text: string; shownIn?: string };

/** A theme's texts in reading order; `shownIn`, only when some text is in another language than the reader's, by the text's index. */
export type ThemeGroup = { theme: string; texts: string[]; shownIn?: Record<number, string> };

/** The recommendations grouped by theme, in reading order. */
export function groupByTheme(recommendations: readonly Recommendation[]): ThemeGroup[] {
  const groups = new Map<string, ThemeGroup>();
  for (const r of recommendations) {
    let group = groups.get(r.theme);
    if (!group) groups.set(r.theme, (group = { theme: r.theme, texts: [] }));
    if (r.shownIn) group.shownIn = { ...group.shownIn, [group.texts.length]: r.shownIn };
    group.texts.push(r.text);
  }
  return [...groups.values()];
}

/** The outcome page's summary: each theme with how many, its first THEME_PREVIEW, and the page of the full list it starts on. */
export function themeSummary(
  recommendations: readonly Recommendation[],
  size = RECOMMENDATIONS_PAGE_SIZE,
  preview = THEME_PREVIEW,
): { theme: string; count: number; preview: string[]; previewShownIn?: Record<number, string>; page: number }[] {
  let before = 0;
  return groupByTheme(recommendations).map(({ theme, texts, shownIn }) => {
    const entry = { theme, count: texts.length, preview: texts.slice(0, preview), page: Math.floor(before / size) + 1 };
    const marked = Object.entries(shownIn ?? {}).filter(([index]) => Number(index) < preview);
    before += texts.length;
    return marked.length ? { ...entry, previewShownIn: Object.fromEntries(marked) } : entry;
  });
}

/**
 * One page of the full list, in reading order, grouped by theme (a theme cut by a page break goes on
 * with its heading on the next page); `pages` counts them; `from` is the 1-based number of the
 * page's first recommendation.
 */
export function recommendationsPage(recommendations: readonly Recommendation[], page: number, size = RECOMMENDATIONS_PAGE_SIZE) {
  const ordered = groupByTheme(recommendations).flatMap(({ theme, texts, shownIn }) =>
    texts.map((text, i): Recommendation => (shownIn?.[i] ? { theme, text, shownIn: shownIn[i] } : { theme, text })),
  );
  const from = (page - 1) * size;
  return {
    total: ordered.length,
    pages: pageCount(ordered.length, size),
    from: from + 1,
    groups: groupByTheme(ordered.slice(from, from + size)),
  };
}
