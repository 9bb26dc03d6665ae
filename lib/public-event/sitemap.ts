import "server-only";
// The addresses of an event's public pages, for the sitemap (app/sitemap.ts): the event page, its
// published outcome, every page of every day of its released programme, of its participants list
// and of its final records. Only what the public can read: nothing of a draft event (the caller
// lists public events only), no outcome before its publication, no empty list.
import { desc, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import { pageCount, pageHref } from "@/lib/pagination";
import { countFinalRecords } from "@/lib/records/reading";
import { countPublicParticipants, PARTICIPANTS_PAGE_SIZE } from "./participants";
import { listPublicProgrammeDays } from "./programme";
import { getPublishedOutcome } from "@/lib/outcomes/queries";
import { OUTCOME_PAGE_RECOMMENDATIONS, RECOMMENDATIONS_PAGE_SIZE } from "./recommendations";
import { RECORDS_PAGE_SIZE } from "./records";

/** Every event the public can open (not a draft), newest first. */
export async function listSitemapEvents() {
  const db = await getDb();
  return db
    .select({ id: events.id, slug: events.slug, timeZone: events.timeZone })
    .from(events)
    .where(ne(events.status, "draft"))
    .orderBy(desc(events.firstDay), events.slug);
}

/** The paths (without the locale) of one public event's pages, its outcome's once its publication time has come. */
export async function publicEventPaths(event: { id: string; slug: string; timeZone: string }): Promise<string[]> {
  const base = `/events/${event.slug}`;
  const [days, participants, records, outcome] = await Promise.all([
    listPublicProgrammeDays(event),
    countPublicParticipants(event.id),
    countFinalRecords([event.id], "public"),
    getPublishedOutcome(event.id),
  ]);
  const pages = (list: string, total: number, size: number) =>
    Array.from({ length: total === 0 ? 0 : pageCount(total, size) }, (_, i) => pageHref(`${base}/${list}`, i + 1));
  return [
    base,
    ...(outcome ? [`${base}/outcome`] : []),
    // The outcome page lists its recommendations itself up to OUTCOME_PAGE_RECOMMENDATIONS.
    ...(outcome && outcome.recommendations.length > OUTCOME_PAGE_RECOMMENDATIONS
      ? pages("outcome/recommendations", outcome.recommendations.length, RECOMMENDATIONS_PAGE_SIZE)
      : []),
    ...days.flatMap(({ day, pages: count }) => Array.from({ length: count }, (_, i) => pageHref(`${base}/programme/${day}`, i + 1))),
    ...pages("participants", participants, PARTICIPANTS_PAGE_SIZE),
    ...pages("records", records, RECORDS_PAGE_SIZE),
  ];
}
