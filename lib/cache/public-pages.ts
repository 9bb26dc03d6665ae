import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Public pages (home, event, printable outcome, initiative) are rendered once and served from the
 * cache to everyone; their pages say how long a copy may be kept at most (`revalidate`). Anything
 * that changes what they show calls this in the same request, so the next visitor gets a fresh
 * copy at once. Every page under /[locale] is refreshed: publishing is rare, and a page that shows
 * the change and was not refreshed would be worse than re-rendering a few others.
 *
 * Only inside a server action or route handler (Next.js keeps the cache's bookkeeping there). A
 * publication that becomes due later (an embargo) is refreshed by a job (lib/jobs/embargo-release.ts).
 */
export function refreshPublicPages(): void {
  revalidatePath("/[locale]", "layout");
}
