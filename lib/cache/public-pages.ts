import "server-only";
import { revalidatePath } from "next/cache";

/**
 * How long a cached public page or feed may be kept at most. The pages repeat it as the literal
 * `export const revalidate = 60` (Next.js reads segment options only as literals).
 */
export const PUBLIC_PAGE_SECONDS = 60;

/**
 * Public pages (home, event, printable outcome, initiative), the Atom feeds (app/feeds/) and the
 * events' schedule exports (app/events/[slug]/schedule.xml and .json) are
 * rendered once and served from the cache to everyone; they say how long a copy may be kept at
 * most. Anything that changes what they show calls this in the same request, so the next visitor
 * gets a fresh copy at once, on every server (the tags are Next.js's own path tags, which the
 * shared cache handler records in Redis). Every page under /[locale] and every feed is refreshed:
 * publishing is rare, and a page that shows the change and was not refreshed would be worse than
 * re-rendering a few others.
 *
 * Only inside a server action or route handler (Next.js keeps the cache's bookkeeping there). A
 * publication that becomes due later (an embargo) is refreshed by a job (lib/jobs/embargo-release.ts).
 */
export function refreshPublicPages(): void {
  for (const path of PUBLIC_PATHS) revalidatePath(path, "layout");
}

/** The routes refreshPublicPages() refreshes, each with everything under it. */
export const PUBLIC_PATHS = ["/[locale]", "/feeds", "/events"] as const;
