import { routing } from "@/i18n/routing";

/** A public page's address in `locale`: `/hy/events/x`, and `/hy` for the home page ("/"). */
export function localizedPath(locale: string, path: string): string {
  return `/${locale}${path === "/" ? "" : path}`;
}

/**
 * The page's own address (canonical) and the same page in every interface language (hreflang, with
 * the default language as x-default): a search engine then shows an Armenian reader the Armenian
 * page rather than the English one, and counts the four as one page, not as duplicates.
 * `path` is the address after the locale, with its segments already URL-encoded.
 */
export function languageAlternates(locale: string, path: string): { canonical: string; languages: Record<string, string> } {
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((other) => [other, localizedPath(other, path)]));
  languages["x-default"] = localizedPath(routing.defaultLocale, path);
  return { canonical: localizedPath(locale, path), languages };
}

/** `/2` for the second page of a paged list, nothing for the first (its address has no number). */
export function pageSuffix(page: number): string {
  return page > 1 ? `/${page}` : "";
}
