// Where the Atom feeds of published outcomes live: outside the locale prefix (feed readers fetch
// them as they are), with `?lang=` for a language other than English. Pure.

import { routing } from "@/i18n/routing";

function langQuery(locale: string): string {
  return locale === routing.defaultLocale ? "" : `?lang=${encodeURIComponent(locale)}`;
}

/** The feed of every published outcome, e.g. `/feeds/outcomes?lang=ru`. */
export function outcomesFeedPath(locale: string): string {
  return `/feeds/outcomes${langQuery(locale)}`;
}

/** One initiative's feed, e.g. `/feeds/initiatives/peace-bridge`. */
export function initiativeFeedPath(slug: string, locale: string): string {
  return `/feeds/initiatives/${encodeURIComponent(slug)}${langQuery(locale)}`;
}
