// Long public lists are cut into pages with addresses of their own (…/participants, …/participants/2)
// so that every page stays small and is cached on its own. Pure helpers, no I/O.

/** Pages of `size` needed for `total` rows; an empty list still has its one (empty) page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The page number an optional path segment names: none is page 1; "2", "3" … are the next pages.
 * "1" (page 1 has the address without a number), "02", "x" or more than one segment: null (not found).
 */
export function pageFromSegments(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length !== 1 || !/^[1-9]\d{0,5}$/.test(segments[0]!)) return null;
  const page = Number(segments[0]);
  return page >= 2 ? page : null;
}

/** The rows `page` (1-based) shows, for a list already in its stable order. */
export function slicePage<T>(rows: T[], page: number, size: number): T[] {
  return rows.slice((page - 1) * size, page * size);
}

/** The address of page `page` under `base`: page 1 is the base itself. */
export function pageHref(base: string, page: number): string {
  return page === 1 ? base : `${base}/${page}`;
}

/**
 * The page numbers a pager links: the first, the last and two either side of the current one, in
 * order, with null where numbers are left out (shown as "…"). A day of 35 pages stays a short line.
 */
export function visiblePages(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}
