// What organizers type, in the event's working languages. The record's own columns hold the text
// in the event's first language (the source); `translations` holds the other languages' versions,
// field by field. A reader gets their own language where a version exists, else the source text,
// marked as shown in another language. Pure: no I/O, unit-tested.

/** Versions of a record's text fields by language: `{ hy: { title: "…" }, az: { title: "…", place: "…" } }`. */
export type ContentTranslations<F extends string = string> = { [language: string]: { [field in F]?: string } };

/** Text as one reader gets it: in `lang`, and `fallback` when that is not the language they read in. */
export type LocalizedText = { text: string; lang: string; fallback: boolean };

/** The language the record's own columns are written in: the event's first working language. */
export function sourceLanguage(languages: readonly string[]): string {
  return languages[0] ?? "en";
}

/** One field for a reader: their language's version, else the source text (marked when there is text to mark). */
export function localizedText(
  source: string,
  translations: ContentTranslations | null | undefined,
  field: string,
  reader: string,
  languages: readonly string[],
): LocalizedText {
  const first = sourceLanguage(languages);
  if (reader === first) return { text: source, lang: first, fallback: false };
  const version = translations?.[reader]?.[field]?.trim();
  if (version && languages.includes(reader)) return { text: version, lang: reader, fallback: false };
  return { text: source, lang: first, fallback: source.trim() !== "" };
}

/** Per field, the language its text is shown in when that is not the reader's: what a screen marks. */
export type ShownIn<F extends string> = Partial<Record<F, string>>;

/**
 * A record with its text fields replaced by the reader's versions, and `shownIn` naming each field
 * shown in another language. Everything else is kept as it is; the input is never mutated.
 */
export function localizeFields<T extends { [K in F]: string } & { translations?: ContentTranslations<F> | null }, F extends string>(
  record: T,
  fields: readonly F[],
  reader: string,
  languages: readonly string[],
): Omit<T, "translations"> & { shownIn: ShownIn<F> } {
  return localizeWith(localizedText, record, fields, reader, languages);
}

/**
 * Text of a record the whole initiative shares (a crossing point's name, an official's position),
 * read in one event's context. Its versions may be in any working language, since every event of
 * the initiative reads it: the reader's own version first; else, as for an event's own text, the
 * event's first language: its version there, or the record's own column (the source text).
 */
export function localizedSharedText(
  source: string,
  translations: ContentTranslations | null | undefined,
  field: string,
  reader: string,
  languages: readonly string[],
): LocalizedText {
  const first = sourceLanguage(languages);
  const version = (language: string) => translations?.[language]?.[field]?.trim();
  const own = version(reader);
  if (own) return { text: own, lang: reader, fallback: false };
  if (reader === first) return { text: source, lang: first, fallback: false };
  const inFirst = version(first);
  if (inFirst) return { text: inFirst, lang: first, fallback: true };
  return { text: source, lang: first, fallback: source.trim() !== "" };
}

/** `localizeFields` for a record the initiative shares (see localizedSharedText). */
export function localizeSharedFields<T extends { [K in F]: string } & { translations?: ContentTranslations<F> | null }, F extends string>(
  record: T,
  fields: readonly F[],
  reader: string,
  languages: readonly string[],
): Omit<T, "translations"> & { shownIn: ShownIn<F> } {
  return localizeWith(localizedSharedText, record, fields, reader, languages);
}

function localizeWith<T extends { [K in F]: string } & { translations?: ContentTranslations<F> | null }, F extends string>(
  read: typeof localizedText,
  record: T,
  fields: readonly F[],
  reader: string,
  languages: readonly string[],
): Omit<T, "translations"> & { shownIn: ShownIn<F> } {
  const { translations, ...rest } = record;
  const out = { ...rest } as Omit<T, "translations"> & { shownIn: ShownIn<F> };
  const shownIn: ShownIn<F> = {};
  for (const field of fields) {
    const localized = read(record[field], translations, field, reader, languages);
    (out as Record<string, unknown>)[field] = localized.text;
    if (localized.fallback) shownIn[field] = localized.lang;
  }
  out.shownIn = shownIn;
  return out;
}

/**
 * The versions worth keeping: only the event's working languages other than the source, only the
 * given fields, trimmed, empty ones dropped, languages without any text dropped. Keys in a fixed
 * order, so equal content is equal JSON.
 */
export function cleanTranslations<F extends string>(
  raw: ContentTranslations | null | undefined,
  fields: readonly F[],
  languages: readonly string[],
): ContentTranslations<F> {
  return keepVersions(raw, fields, languages.slice(1));
}

/** The versions worth keeping of a record the initiative shares: those in any of `languages`, cleaned the same way. */
export function cleanSharedTranslations<F extends string>(
  raw: ContentTranslations | null | undefined,
  fields: readonly F[],
  languages: readonly string[],
): ContentTranslations<F> {
  return keepVersions(raw, fields, languages);
}

function keepVersions<F extends string>(raw: ContentTranslations | null | undefined, fields: readonly F[], kept: readonly string[]): ContentTranslations<F> {
  const out: ContentTranslations<F> = {};
  for (const language of [...kept].sort()) {
    const version: { [field in F]?: string } = {};
    for (const field of fields) {
      const text = raw?.[language]?.[field]?.trim();
      if (text) version[field] = text;
    }
    if (Object.keys(version).length > 0) out[language] = version;
  }
  return out;
}

/** Whether two records carry the same versions of a field (missing and empty are the same). */
export function sameVersions(a: ContentTranslations | null | undefined, b: ContentTranslations | null | undefined, field: string): boolean {
  const languages = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  for (const language of languages) {
    if ((a?.[language]?.[field]?.trim() ?? "") !== (b?.[language]?.[field]?.trim() ?? "")) return false;
  }
  return true;
}

/** One spelling of a record's versions for comparing snapshots: sorted languages and fields, empties gone. */
export function canonicalVersions(translations: ContentTranslations | null | undefined): [string, [string, string][]][] {
  return Object.keys(translations ?? {})
    .sort()
    .map((language): [string, [string, string][]] => [
      language,
      Object.entries(translations![language] ?? {})
        .filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== "")
        .map(([field, text]): [string, string] => [field, text.trim()])
        .sort(([x], [y]) => x.localeCompare(y)),
    ])
    .filter(([, fields]) => fields.length > 0);
}
