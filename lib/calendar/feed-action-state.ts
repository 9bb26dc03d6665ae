import type { ActionState } from "@/lib/forms/action-state";

/**
 * The calendar page's action result: the usual ActionState, plus the feed's URL right after it was
 * made. That response is the only time the URL exists outside the delegate's hands (only a hash of
 * its token is stored), so the page shows it once.
 */
export type FeedActionState = ActionState & { feedUrl?: string };
