import "server-only";
import { and, desc, eq, gte, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb, type Executor } from "@/db/client";
import { agendaReleaseItems, agendaReleases } from "@/db/schema";
import { changelogFor, changesInLanguage, type Change } from "@/lib/agenda/changelog";
import { nameParticipants } from "@/lib/agenda/participants";
import { visibilitiesFor } from "@/lib/agenda/rules";
import { eventDays, instantToZonedParts } from "@/lib/time/zoned";
import { chooseDay, dayBounds, foldedSlots, PARALLEL_SHOWN, type FoldedSlot } from "./day-choice";
import { ownCrossings, participatingEvents } from "./memberships";
import { memoPerRelease } from "./per-release";
import { toAgendaEntry, toCrossingEntry, type PersonalEntry, type ScheduleEventHeader } from "./personal";

/** Changes of the latest release listed on the schedule; the rest are counted (and marked on the entries). */
export const CHANGES_SHOWN = 12;

export type ScheduleRelease = { id: string; version: number; note: string; releasedAt: Date };

/** One event of a delegate's schedule, with one of its days. */
export type ScheduleDay = ScheduleEventHeader & {
  /** The latest agenda release, or null before the first one. */
  release: ScheduleRelease | null;
  /** Every day of the event, in calendar order, and the one shown. */
  days: string[];
  day: string;
  /** The day's entries (agenda items and own crossings), by start; crowded slots folded (see `folded`). */
  entries: PersonalEntry[];
  /** The day's time slots with more parallel sessions than shown, and how many more. */
  folded: FoldedSlot[];
  /** Items of the latest release added or changed since the release this delegate last looked at. */
  changedSinceLastLook: number;
  /**
   * The release those changes are counted from, while there are any: the day links carry it, so
   * the other days still mark what changed after this visit has recorded the latest as seen.
   */
  lookedFrom: number | null;
  /** What changed for delegates from the release before to the latest: the first few, and how many in all. */
  changes: { shown: Change[]; total: number };
};

/**
 * Which day to show, and (from a day link) the release an earlier visit counted changes from: a
 * visit records the latest release as seen, and the next day opened must still mark the changes.
 */
export type ScheduleView = { day: string | null; since: { eventId: string; version: number } | null };

const DELEGATE_VISIBILITIES = visibilitiesFor("delegate");

/** The earlier of two "last seen" versions: a day link can only widen what is marked, never hide a change. */
function earlier(linked: number, stored: number | null): number | null {
  return stored === null ? linked : Math.min(linked, stored);
}

/**
 * A delegate's schedule, one day per event: the day asked for (`view.day`, when it is one of the
 * event's days), else today while the event is on, else its first day with sessions (chooseDay).
 * What it reads follows that day: one day of the latest release through `agenda_release_items`
 * and an index, every session of a time slot with up to PARALLEL_SHOWN of them, of a more crowded
 * one the delegate's own (or else its first by place), and the delegate's own crossings that day.
 * The event's size shows only in counts the database computes (changes, sessions per slot).
 *
 * No authorization here: callers pass the signed-in delegate's own person ids.
 */
export async function getScheduleDays(personIds: string[], view: ScheduleView, now: Date, reader?: string): Promise<ScheduleDay[]> {
  const db = await getDb();
  const memberships = await participatingEvents(db, personIds, { reader });
  if (memberships.length === 0) return [];
  const latest = await latestReleases(
    db,
    memberships.map((m) => m.id),
  );
  return Promise.all(
    memberships.map(async (membership): Promise<ScheduleDay> => {
      const { delegationId: _delegation, personId, lastSeenReleaseVersion, ...event } = membership;
      const release = latest.get(event.id) ?? null;
      const today = instantToZonedParts(now, event.timeZone).date;
      const days = eventDays(event.firstDay, event.lastDay);
      // Which days have sessions matters only when neither the day asked for nor today is one of the event's.
      const fallback = release && !(view.day && days.includes(view.day)) && !days.includes(today);
      const day = chooseDay(event.firstDay, event.lastDay, view.day, today, fallback ? await daysWithSessionsOf(`${release.id} ${event.timeZone}`) : undefined);
      const bounds = dayBounds(day, event.timeZone);
      const lookedFrom = view.since?.eventId === event.id ? earlier(view.since.version, lastSeenReleaseVersion) : lastSeenReleaseVersion;
      // The release this delegate saw last: nothing is marked for someone who never looked, or who saw the latest.
      const seen = release && lookedFrom !== null && lookedFrom < release.version ? await seenRelease(db, event.id, lookedFrom) : null;
      const [rows, crossingRows, changedSinceLastLook, changes] = await Promise.all([
        release ? dayItems(db, release.id, seen, personId, bounds) : [],
        ownCrossings(db, [personId], [event.id], bounds),
        seen ? countChangedSince(db, release!.id, seen.id) : 0,
        release ? latestChangesOf(`${release.id} ${reader ?? ""} ${event.languages.join(",")}`) : { shown: [], total: 0 },
      ]);
      const participants = await nameParticipants(
        rows.map((row) => ({ ...row.item, eventId: event.id })),
        "delegate",
        reader,
      );
      const entries = [
        ...rows.map((row) =>
          toAgendaEntry(
            event.id,
            personId,
            row.item,
            participants.get(row.item.id),
            { cancelled: false, changedSince: row.changed },
            { reader, languages: event.languages },
          ),
        ),
        ...crossingRows.map((c) => toCrossingEntry(event.id, c, { reader, languages: event.languages })),
      ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
      return {
        ...event,
        release,
        days,
        day,
        entries,
        folded: foldedSlots(rows.map((row) => ({ startsAt: new Date(row.item.startsAt), slotSize: row.slotSize }))),
        changedSinceLastLook,
        lookedFrom: seen ? lookedFrom : null,
        changes,
      };
    }),
  );
}

/**
 * Every delegate-visible session starting at `startsAt` in the latest release of an event this
 * person takes part in (what a folded slot links to), a page at a time; null when the event is
 * not theirs or has no release.
 */
export async function getParallelSessions(personIds: string[], eventId: string, startsAt: Date, page: { offset: number; limit: number }, reader?: string) {
  const db = await getDb();
  const [membership] = await participatingEvents(db, personIds, { onlyEventId: eventId, reader });
  if (!membership) return null;
  const release = (await latestReleases(db, [membership.id])).get(membership.id);
  if (!release) return null;
  const rows = await db
    .select({ item: agendaReleaseItems.item, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(agendaReleaseItems)
    .where(and(eq(agendaReleaseItems.releaseId, release.id), eq(agendaReleaseItems.startsAt, startsAt), delegateVisible(agendaReleaseItems.visibility)))
    .orderBy(ownFirst(membership.personId), sql`${agendaReleaseItems.item}->>'place'`, agendaReleaseItems.itemId)
    .offset(page.offset)
    .limit(page.limit);
  const items = rows.map((row) => row.item);
  const participants = await nameParticipants(
    items.map((item) => ({ ...item, eventId: membership.id })),
    "delegate",
    reader,
  );
  const { delegationId: _delegation, personId, lastSeenReleaseVersion: _seen, ...event } = membership;
  return {
    event,
    release,
    total: rows[0]?.total ?? 0,
    entries: items.map((item) =>
      toAgendaEntry(event.id, personId, item, participants.get(item.id), { cancelled: false, changedSince: false }, { reader, languages: event.languages }),
    ),
  };
}

async function latestReleases(db: Executor, eventIds: string[]): Promise<Map<string, ScheduleRelease>> {
  const rows = await db
    .selectDistinctOn([agendaReleases.eventId], {
      id: agendaReleases.id,
      eventId: agendaReleases.eventId,
      version: agendaReleases.version,
      note: agendaReleases.note,
      releasedAt: agendaReleases.releasedAt,
    })
    .from(agendaReleases)
    .where(inArray(agendaReleases.eventId, eventIds))
    .orderBy(agendaReleases.eventId, desc(agendaReleases.version));
  return new Map(rows.map(({ eventId, ...release }) => [eventId, release]));
}

/** The local days (in the event's zone) on which a release has sessions delegates read. */
async function daysWithSessions(db: Executor, releaseId: string, zone: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ day: sql<string>`to_char(${agendaReleaseItems.startsAt} at time zone ${zone}, 'YYYY-MM-DD')` })
    .from(agendaReleaseItems)
    .where(and(eq(agendaReleaseItems.releaseId, releaseId), delegateVisible(agendaReleaseItems.visibility)));
  return new Set(rows.map((row) => row.day));
}

/** The newest release not after `version`: the one a delegate who last saw `version` read. */
async function seenRelease(db: Executor, eventId: string, version: number): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: agendaReleases.id })
    .from(agendaReleases)
    .where(and(eq(agendaReleases.eventId, eventId), lte(agendaReleases.version, version)))
    .orderBy(desc(agendaReleases.version))
    .limit(1);
  // Older than the first release (cannot happen through the app): everything is new to them.
  return row ?? { id: "00000000-0000-0000-0000-000000000000" };
}

/**
 * One day of a release as delegates read it: every session starting at an instant with up to
 * PARALLEL_SHOWN of them, else the person's own (or the first by place), with how many start
 * then in all, and whether each differs from the
 * release they last saw (added, or any field or person or official changed).
 */
async function dayItems(db: Executor, releaseId: string, seen: { id: string } | null, personId: string, bounds: { start: Date; end: Date }) {
  const i = agendaReleaseItems;
  const before = alias(agendaReleaseItems, "before");
  const day = db
    .select({
      item: i.item,
      startsAt: i.startsAt,
      itemId: i.itemId,
      slotSize: sql<number>`count(*) over (partition by ${i.startsAt})`.mapWith(Number).as("slot_size"),
      rank: sql<number>`row_number() over (partition by ${i.startsAt} order by ${ownFirst(personId)}, ${i.item}->>'place', ${i.itemId})`
        .mapWith(Number)
        .as("rank"),
      own: sql<boolean>`${i.personIds} @> array[${personId}]::uuid[]`.as("own"),
      changed: (seen ? sql<boolean>`(${before.item} is null or ${before.item} <> ${i.item})` : sql<boolean>`false`).as("changed"),
    })
    .from(i)
    .leftJoin(before, and(seen ? eq(before.releaseId, seen.id) : sql`false`, eq(before.itemId, i.itemId), delegateVisible(before.visibility)))
    .where(and(eq(i.releaseId, releaseId), delegateVisible(i.visibility), gte(i.startsAt, bounds.start), lt(i.startsAt, bounds.end)))
    .as("day");
  return db
    .select({ item: day.item, slotSize: day.slotSize, changed: day.changed })
    .from(day)
    .where(or(lte(day.slotSize, PARALLEL_SHOWN), eq(day.rank, 1), eq(day.own, true)))
    .orderBy(day.startsAt, day.itemId);
}

/** Delegates read public and delegates-only items (organizer-only never). */
function delegateVisible(visibility: AnyPgColumn) {
  return inArray(visibility, DELEGATE_VISIBILITIES);
}

/** Orders the person's own sessions (moderating or speaking) first. */
function ownFirst(personId: string) {
  return sql`(${agendaReleaseItems.personIds} @> array[${personId}]::uuid[]) desc`;
}

/** How many items of the latest release a delegate reads as added or changed since release `seenId`. */
async function countChangedSince(db: Executor, releaseId: string, seenId: string): Promise<number> {
  const before = alias(agendaReleaseItems, "before");
  const [row] = await db
    .select({ changed: sql<number>`count(*)`.mapWith(Number) })
    .from(agendaReleaseItems)
    .leftJoin(before, and(eq(before.releaseId, seenId), eq(before.itemId, agendaReleaseItems.itemId), delegateVisible(before.visibility)))
    .where(
      and(
        eq(agendaReleaseItems.releaseId, releaseId),
        delegateVisible(agendaReleaseItems.visibility),
        sql`(${before.item} is null or ${before.item} <> ${agendaReleaseItems.item})`,
      ),
    );
  return row?.changed ?? 0;
}

/**
 * The changelog of the latest release for delegates (against the release before), computed by
 * `changelogFor` on only the items whose changelog fields differ: the first CHANGES_SHOWN by
 * start, and the total. Moderators, speakers and officials are not changelog fields (as in
 * `changelogFor`), so items that changed only there are not listed.
 *
 * With a reader, only what changed as that reader reads it counts (`changesInLanguage`): a
 * corrected Armenian title is no change to a Russian reader, and is neither listed nor counted
 * among the "more changes". The changes stay as released (ChangeList puts them in the language).
 */
async function latestChanges(
  db: Executor,
  release: { id: string; eventId: string; version: number },
  content: { reader: string; languages: string[] } | null,
): Promise<{ shown: Change[]; total: number }> {
  const [previous] = await db
    .select({ id: agendaReleases.id })
    .from(agendaReleases)
    .where(and(eq(agendaReleases.eventId, release.eventId), eq(agendaReleases.version, release.version - 1)));
  if (!previous) return { shown: [], total: 0 };
  // Each side as delegates read it, so an item hidden from them on one side is "added" or "removed".
  const side = (releaseId: string, name: string) =>
    db
      .select({ itemId: agendaReleaseItems.itemId, startsAt: agendaReleaseItems.startsAt, item: agendaReleaseItems.item })
      .from(agendaReleaseItems)
      .where(and(eq(agendaReleaseItems.releaseId, releaseId), delegateVisible(agendaReleaseItems.visibility)))
      .as(name);
  const after = side(release.id, "after");
  const before = side(previous.id, "before");
  const changelogFields = (items: typeof after) => sql`(${items.item} - 'people' - 'officialIds')`;
  // Every changed item, not the first few: which of them a reader sees changed depends on the
  // language, known only once compared. Computed once per release and reader (latestChangesOf).
  const rows = await db
    .select({ before: before.item, after: after.item })
    .from(after)
    .fullJoin(before, eq(before.itemId, after.itemId))
    .where(or(isNull(after.itemId), isNull(before.itemId), sql`${changelogFields(after)} <> ${changelogFields(before)}`))
    .orderBy(sql`coalesce(${after.startsAt}, ${before.startsAt})`, sql`coalesce(${after.itemId}, ${before.itemId})`);
  const changes = changelogFor(
    rows.flatMap((row) => (row.before ? [row.before] : [])),
    rows.flatMap((row) => (row.after ? [row.after] : [])),
    "delegate",
  );
  const seen = content ? changes.filter((change) => changesInLanguage([change], content.reader, content.languages).length > 0) : changes;
  return { shown: seen.slice(0, CHANGES_SHOWN), total: seen.length };
}

// Both depend on released agendas only (immutable): computed once per release, not per request,
// so the schedule's cost does not grow with the release's size (a 1,900-item release took ~50 ms).
const daysWithSessionsOf = memoPerRelease(async (key) => {
  const [releaseId, zone] = key.split(" ") as [string, string];
  return daysWithSessions(await getDb(), releaseId, zone);
});

/** Keyed "releaseId reader languages" (reader and languages empty: as released, in no language). */
const latestChangesOf = memoPerRelease(async (key) => {
  const [releaseId, reader, languages] = key.split(" ") as [string, string, string];
  const db = await getDb();
  const [release] = await db
    .select({ id: agendaReleases.id, eventId: agendaReleases.eventId, version: agendaReleases.version })
    .from(agendaReleases)
    .where(eq(agendaReleases.id, releaseId));
  return release ? latestChanges(db, release, reader ? { reader, languages: languages.split(",") } : null) : { shown: [], total: 0 };
});
