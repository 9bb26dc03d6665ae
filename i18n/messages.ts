import type { Locale } from "./routing";

/**
 * The catalogs are split by area (messages/<locale>/<area>.json) so that work on one part of
 * the product does not collide with another in a single huge file. An area may add keys to a
 * namespace another area owns (most often `errors`): namespaces merge one level deep.
 */
export const MESSAGE_AREAS = [
  "common",
  "auth",
  "events",
  "agenda",
  "delegations",
  "invitations",
  "crossings",
  "outcomes",
  "csv",
  "access",
  "calendar",
  "my-data",
  "records",
  "public-site",
  "setup",
  "teams",
  "public-event",
  "officials",
  "feedback",
  "materials",
  "check-in",
] as const;

type Catalog = Record<string, Record<string, unknown>>;

export function mergeCatalogs(parts: Catalog[]): Catalog {
  const merged: Catalog = {};
  for (const part of parts) {
    for (const [namespace, entries] of Object.entries(part)) {
      merged[namespace] = { ...merged[namespace], ...entries };
    }
  }
  return merged;
}

/**
 * One locale's whole catalog. Merged once per process and locale (every request asked for it: a
 * profile of the delegate's schedule under load put 17 imports and the merge at ~3% of its CPU);
 * the catalogs are read-only, never changed after the build.
 */
export function loadMessages(locale: Locale): Promise<Catalog> {
  let loaded = catalogs.get(locale);
  if (!loaded) {
    loaded = Promise.all(MESSAGE_AREAS.map(async (area) => (await import(`../messages/${locale}/${area}.json`)).default as Catalog)).then(mergeCatalogs);
    // A failed load is not remembered: the next request tries again.
    loaded.catch(() => catalogs.delete(locale));
    catalogs.set(locale, loaded);
  }
  return loaded;
}

const catalogs = new Map<Locale, Promise<Catalog>>();
