import "server-only";
import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/cache/public-pages";

/** A screen an action's success changes: re-rendered on its next request. */
export type Refresh = { path: string; type: "page" | "layout" } | { publicPages: true };

/** One page route, e.g. "/[locale]/organize/events/[eventId]/agenda". */
export const page = (path: string): Refresh => ({ path, type: "page" });

/** A route and every page under it. */
export const layout = (path: string): Refresh => ({ path, type: "layout" });

/** The public pages served from the cache (home, event, outcome, initiative): see lib/cache/public-pages.ts. */
export const PUBLIC_PAGES: Refresh = { publicPages: true };

export function applyRefresh(refreshes: readonly Refresh[]): void {
  for (const refresh of refreshes) {
    if ("publicPages" in refresh) refreshPublicPages();
    else revalidatePath(refresh.path, refresh.type);
  }
}
