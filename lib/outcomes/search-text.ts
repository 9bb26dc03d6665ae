// Pure helpers for reading and searching published outcomes: the LIKE pattern of a search, the
// statement shown for a language, and the short excerpt of a search result. No I/O.

export type Statement = { language: string; text: string };

/** The longest search text taken from a request; anything longer is cut. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Escapes the characters that mean something in a LIKE / ILIKE pattern (`%`, `_` and the escape
 * character `\` itself), so the user's text is matched literally. Use with `ESCAPE '\'`.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** "contains" as an ILIKE pattern: `%<escaped text>%`. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** The search text from a query-string value: the first value, whitespace collapsed, trimmed, capped. */
export function normalizeQuery(value: string | string[] | null | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  // Control characters (NUL among them, which PostgreSQL refuses in a query) read as spaces.
  return (raw ?? "")
    .replace(/[\u0000-\u001F\u007F]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** The statement in `language` when there is one, else the first one. */
export function pickStatement<S extends Statement>(statements: readonly S[], language: string): S | undefined {
  return statements.find((s) => s.language === language) ?? statements[0];
}

function queryPattern(query: string): RegExp | null {
  const q = query.trim();
  return q ? new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "iu") : null;
}

/**
 * The statement a search result shows: one whose text contains the query (the one in `language`
 * first), else the statement in `language`, else the first one.
 */
export function matchingStatement<S extends Statement>(statements: readonly S[], query: string, language: string): S | undefined {
  const pattern = queryPattern(query);
  if (pattern) {
    const matches = statements.filter((s) => pattern.test(s.text));
    const match = pickStatement(matches, language);
    if (match) return match;
  }
  return pickStatement(statements, language);
}

export type Excerpt = { before: string; match: string; after: string };

/**
 * A short excerpt of `text` (about `max` characters, whitespace collapsed) around the first
 * case-insensitive occurrence of `query`, cut at word boundaries with "…" where text was left out.
 * `match` is the occurrence as written in the text (empty when the query is not in it).
 */
export function excerpt(text: string, query: string, max = 240): Excerpt {
  const flat = text.replace(/\s+/g, " ").trim();
  const found = queryPattern(query)?.exec(flat);
  if (!found) {
    if (flat.length <= max) return { before: flat, match: "", after: "" };
    return { before: `${cutEnd(flat, max)}…`, match: "", after: "" };
  }
  const start = found.index;
  const end = start + found[0].length;
  const room = Math.max(0, max - found[0].length);
  // Some context before the match, the rest after it.
  let from = Math.max(0, start - Math.floor(room / 3));
  let to = Math.min(flat.length, end + (room - (start - from)));
  if (to - from < max) from = Math.max(0, to - max);
  if (from > 0) {
    const space = flat.indexOf(" ", from);
    from = space !== -1 && space < start ? space + 1 : from;
  }
  if (to < flat.length) {
    const space = flat.lastIndexOf(" ", to);
    to = space > end ? space : to;
  }
  return {
    before: `${from > 0 ? "…" : ""}${flat.slice(from, start)}`,
    match: flat.slice(start, end),
    after: `${flat.slice(end, to)}${to < flat.length ? "…" : ""}`,
  };
}

function cutEnd(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "");
}
