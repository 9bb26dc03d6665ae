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

export async function loadMessages(locale: Locale): Promise<Catalog> {
  const parts = await Promise.all(MESSAGE_AREAS.map(async (area) => (await import(`../messages/${locale}/${area}.json`)).default as Catalog));
  return mergeCatalogs(parts);
}
