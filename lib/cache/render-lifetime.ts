import "server-only";
import { unstable_cache } from "next/cache";

/** A page kept in the cache is rendered anew after this long at the latest. */
export const LONGEST_KEPT_SECONDS = 3600;

/**
 * Keeps the page being rendered for the cache only until `until` (at most LONGEST_KEPT_SECONDS):
 * Next.js keeps a page for the shortest revalidation time of the cached reads made while rendering
 * it, so one cached read with that time shortens the page's. For a page that shows what is on now,
 * kept until the next start or end; the page cache handler never serves such a page past that
 * time (lib/cache/page-cache-handler.mjs), it renders it anew.
 */
export async function keepRenderedUntil(until: Date, now: Date): Promise<void> {
  const seconds = Math.max(1, Math.min(LONGEST_KEPT_SECONDS, Math.ceil((until.getTime() - now.getTime()) / 1000)));
  await unstable_cache(async () => seconds, ["render-lifetime"], { revalidate: seconds })();
}
