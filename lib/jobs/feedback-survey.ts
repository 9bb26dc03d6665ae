import type { Db } from "@/db/client";
import { markCachedViewsChanged } from "@/lib/cache/cached-view-generation";
import { sendDueSurveys } from "@/lib/feedback/sending";

/**
 * The origin of links in mail the job sends: APP_URL, else AUTH_URL, else this server's local
 * address (as lib/http/origin.ts configuredOrigin, which is server-only and not importable here).
 */
function jobOrigin(): string {
  const configured = process.env.APP_URL?.trim() || process.env.AUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  return `http://localhost:${process.env.PORT?.trim() || "3000"}`;
}

/** Sends the feedback surveys whose event's last day is over (hourly, and once at start). */
export function feedbackSurveyHandler(db: Db, now: () => Date = () => new Date()) {
  return async (): Promise<void> => {
    const sent = await sendDueSurveys(db, now(), jobOrigin());
    if (sent === 0) return;
    console.log(`Roundtable: sent ${sent} feedback survey(s) to confirmed delegates.`);
    // Their schedules invite them to answer: the copies in the cache are out of date.
    await markCachedViewsChanged(db);
  };
}
