import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agendaReleases } from "@/db/schema";
import { AGENDA_TEXT_FIELDS } from "@/lib/content/fields";
import { releaseFor } from "@/lib/agenda/changelog";
import { localizeFields } from "@/lib/content/translations";
import { nameParticipants } from "@/lib/agenda/participants";
import type { ReleaseSnapshotItem } from "@/lib/agenda/release-snapshot";
import { pageCount, slicePage } from "@/lib/pagination";
import { daysWithCounts, defaultDay, itemsOnDay, startTimesOfDay } from "./programme-days";

/**
 * Sessions on one page of a day's programme: at 100× the demo a day has about 950 in parallel halls,
 * and a session with its people weighs about 2.6 KB of the page (HTML and React's payload), so 20
 * keep a page near 80 KB with its list of start times and its pager.
 */
export const PROGRAMME_PAGE_SIZE = 20;

/** Sessions the event page shows of its day before linking to the day's own pages. */
export const EVENT_PAGE_SESSIONS = 12;

/**
 * One day of the latest released programme as the public reads it, one page at a time: public items
 * only, a closed-door item without title, description, place or people; the day is the local day
 * in the event's time zone. Names of moderators and speakers only for the page's items, with
 * today's listing consent. Null when nothing is released; `dayItems` is empty for a day without
 * sessions, and `items` for a page past the end.
 */
export async function getPublicProgrammeDay(
  event: { id: string; timeZone: string; languages: readonly string[] },
  /** A "YYYY-MM-DD" local day, or null: the day the event page opens on (today while the event runs, else the first). */
  day: string | null,
  {
    page = 1,
    size = PROGRAMME_PAGE_SIZE,
    now = new Date(),
    reader = event.languages[0] ?? "en",
  }: {
    page?: number;
    size?: number;
    now?: Date;
    /** The reader's language: titles, places and descriptions in it where a version exists. */ reader?: string;
  } = {},
) {
  const db = await getDb();
  const [latest] = await db
    .select({ version: agendaReleases.version, releasedAt: agendaReleases.releasedAt, items: agendaReleases.items })
    .from(agendaReleases)
    .where(eq(agendaReleases.eventId, event.id))
    .orderBy(desc(agendaReleases.version))
    .limit(1);
  if (!latest) return null;
  const snapshot = new Map<string, ReleaseSnapshotItem>(latest.items.map((item) => [item.id, item]));
  const visible = releaseFor(latest.items, "public").map((released) => {
    const item = localizeFields(released, AGENDA_TEXT_FIELDS, reader, event.languages);
    return {
      id: item.id,
      kind: item.kind,
      title: item.title,
      description: item.description,
      place: item.place,
      shownIn: item.shownIn,
      startsAt: new Date(item.startsAt),
      endsAt: new Date(item.endsAt),
      closedDoor: item.closedDoor,
    };
  });
  const days = daysWithCounts(visible, event.timeZone);
  const chosen =
    day ??
    defaultDay(
      days.map((d) => d.day),
      now,
      event.timeZone,
    );
  const onDay = chosen ? itemsOnDay(visible, event.timeZone, chosen) : [];
  const items = slicePage(onDay, page, size);
  const participants = await nameParticipants(
    items.filter((item) => !item.closedDoor).map((item) => ({ ...snapshot.get(item.id)!, eventId: event.id })),
    "public",
    reader,
  );
  return {
    version: latest.version,
    releasedAt: latest.releasedAt,
    days,
    day: chosen,
    total: onDay.length,
    page,
    pages: pageCount(onDay.length, size),
    startTimes: startTimesOfDay(onDay, size),
    items,
    participants,
  };
}

export type PublicProgrammeDay = NonNullable<Awaited<ReturnType<typeof getPublicProgrammeDay>>>;

/**
 * The days of the latest released programme the public sees (in the event's time zone), each with
 * how many pages of PROGRAMME_PAGE_SIZE it has: the addresses of the programme's pages. Empty when
 * nothing is released.
 */
export async function listPublicProgrammeDays(event: { id: string; timeZone: string }): Promise<{ day: string; pages: number }[]> {
  const db = await getDb();
  const [latest] = await db
    .select({ items: agendaReleases.items })
    .from(agendaReleases)
    .where(eq(agendaReleases.eventId, event.id))
    .orderBy(desc(agendaReleases.version))
    .limit(1);
  if (!latest) return [];
  const visible = releaseFor(latest.items, "public").map((item) => ({ startsAt: new Date(item.startsAt) }));
  return daysWithCounts(visible, event.timeZone).map(({ day, count }) => ({ day, pages: pageCount(count, PROGRAMME_PAGE_SIZE) }));
}
