import "server-only";
import { desc, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agendaReleases } from "@/db/schema";
import { nameParticipants, type ItemParticipants } from "@/lib/agenda/participants";
import type { ReleaseSnapshotItem } from "@/lib/agenda/release-snapshot";
import { AGENDA_TEXT_FIELDS, type EventTextField } from "@/lib/content/fields";
import { localizedSharedText, localizeFields, sourceLanguage, type ContentTranslations, type ShownIn } from "@/lib/content/translations";
import { ownCrossings, participatingEvents } from "./memberships";
import { releaseEntries, rolesOf, type StoredRelease } from "./release-entries";

/**
 * One entry of a delegate's own schedule: an agenda item of the latest release they may read, or
 * one of their own border crossings. Never carries anyone's contact or travel data but their own.
 */
export type PersonalEntry = {
  /** Stable across releases: `agenda-<itemId>@roundtable` / `crossing-<crossingId>@roundtable`. */
  uid: string;
  source: "agenda" | "crossing";
  /** The agenda item's or the crossing's id. */
  id: string;
  eventId: string;
  /** The item's title; "" for a crossing (callers build it, translated, from `crossing`). */
  title: string;
  /** The agenda kind, or "crossing". */
  kind: string;
  /** "" for a crossing (the organizer's crossing notes stay with the organizer). */
  description: string;
  /** Room or place; for a crossing, the crossing point's name. */
  place: string;
  startsAt: Date;
  /** A crossing has one planned instant: its entry lasts one hour from `plannedAt` (a calendar needs an end). */
  endsAt: Date;
  closedDoor: boolean;
  /** Title, description or place (a crossing's point name) shown in another language than the reader's (no version in theirs). */
  shownIn: ShownIn<"title" | "description" | "place">;
  myRoles: ("moderator" | "speaker")[];
  /** Moderators and speakers named as delegates may see them (their listing consent, read now). */
  people: { name: string; partyName: string; role: "moderator" | "speaker" }[];
  /** How many people of each role and party this delegate may not see by name (counts only). */
  hidden: { role: "moderator" | "speaker"; partyName: string; count: number }[];
  /** Their position in the reader's language where a version exists (`shownIn.position`: in another language). */
  officials: { name: string; position: string; shownIn: ShownIn<"position"> }[];
  /** Released earlier, not in the latest release (feeds list it as CANCELLED); false for live entries. */
  cancelled: boolean;
  /**
   * Added or changed in a release after the member's lastSeenReleaseVersion. False when they never
   * looked (null: everything would be "new", which says nothing), for cancelled entries and crossings.
   */
  changedSince: boolean;
  crossing?: { direction: "entry" | "exit"; pointName: string; actualAt: Date | null };
};

/** What a schedule says of an event it shows, and the delegate's membership in it. */
export type ScheduleEventHeader = {
  id: string;
  slug: string;
  title: string;
  timeZone: string;
  firstDay: string;
  lastDay: string;
  venueName: string;
  city: string;
  /** The event's working languages, its first the language of text without a version in the reader's. */
  languages: string[];
  /** Title, venue or city shown in another language than the reader's. */
  shownIn: ShownIn<EventTextField>;
  memberId: string;
};

/** Whose language agenda text is wanted in: the reader's, among the event's working languages. */
export type ContentReader = { reader?: string; languages: readonly string[] };

export type PersonalEvent = ScheduleEventHeader & {
  /** The latest agenda release, or null before the first one. */
  releaseVersion: number | null;
  lastSeenReleaseVersion: number | null;
  /** Sorted by startsAt (then uid). */
  entries: PersonalEntry[];
};

const ONE_HOUR_MS = 60 * 60 * 1000;

/**
 * A person's own schedule across the events they take part in (invited, registered or confirmed):
 * the latest agenda release as delegates read it (organizer-only items never; closed-door items with
 * their people), and the border crossings of their own delegation on whose manifest they are.
 * With `includeCancelled`, items released before but gone from the latest release come too.
 *
 * No authorization here: callers pass the person they have already resolved (the signed-in
 * delegate's, or a calendar feed's owner's).
 */
export async function getPersonalSchedule(
  /** The person's records: one per initiative, each the account's own (see people.userId). */
  who: string | readonly string[],
  options: { includeCancelled?: boolean; /** The reader's language: titles, places and descriptions in it where a version exists. */ reader?: string } = {},
): Promise<PersonalEvent[]> {
  const personIds = typeof who === "string" ? [who] : [...who];
  if (personIds.length === 0) return [];
  const db = await getDb();
  const memberships = await participatingEvents(db, personIds, { reader: options.reader });
  if (memberships.length === 0) return [];
  const eventIds = memberships.map((m) => m.id);

  const [releaseRows, crossingRows] = await Promise.all([
    db
      .select({ eventId: agendaReleases.eventId, version: agendaReleases.version, items: agendaReleases.items })
      .from(agendaReleases)
      .where(inArray(agendaReleases.eventId, eventIds))
      .orderBy(desc(agendaReleases.version)),
    ownCrossings(db, personIds, eventIds),
  ]);

  const perEvent = memberships.map((membership) => {
    const releases: StoredRelease[] = releaseRows.filter((r) => r.eventId === membership.id);
    const split = releaseEntries(releases, membership.lastSeenReleaseVersion);
    return { membership, ...split, cancelled: options.includeCancelled ? split.cancelled : [] };
  });

  // Names as delegates may see them, by today's consent: the one rule in nameParticipants.
  const participants = await nameParticipants(
    perEvent.flatMap(({ membership, live, cancelled }) => [...live, ...cancelled].map((item) => ({ ...item, eventId: membership.id }))),
    "delegate",
    options.reader,
  );

  const agendaEntry = (
    event: { id: string; languages: readonly string[] },
    personId: string,
    item: ReleaseSnapshotItem,
    state: { cancelled: boolean; changedSince: boolean },
  ) => toAgendaEntry(event.id, personId, item, participants.get(item.id), state, { reader: options.reader, languages: event.languages });

  return perEvent.map(({ membership, latestVersion, live, cancelled, changed }) => {
    const { delegationId: _delegation, personId, memberId, lastSeenReleaseVersion, ...event } = membership;
    const entries: PersonalEntry[] = [
      ...live.map((item) => agendaEntry(event, personId, item, { cancelled: false, changedSince: changed.has(item.id) })),
      ...cancelled.map((item) => agendaEntry(event, personId, item, { cancelled: true, changedSince: false })),
      ...crossingRows.filter((c) => c.eventId === event.id).map((c) => toCrossingEntry(event.id, c, { reader: options.reader, languages: event.languages })),
    ];
    entries.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
    return { ...event, releaseVersion: latestVersion, lastSeenReleaseVersion, memberId, entries };
  });
}

/** An agenda item of a release as one entry of this person's schedule, named as delegates may see. */
export function toAgendaEntry(
  eventId: string,
  personId: string,
  item: ReleaseSnapshotItem,
  named: ItemParticipants | undefined,
  state: { cancelled: boolean; changedSince: boolean },
  content: ContentReader,
): PersonalEntry {
  const text = localizeFields(item, AGENDA_TEXT_FIELDS, content.reader ?? sourceLanguage(content.languages), content.languages);
  return {
    uid: `agenda-${item.id}@roundtable`,
    source: "agenda",
    id: item.id,
    eventId,
    title: text.title,
    kind: item.kind,
    description: text.description,
    place: text.place,
    shownIn: text.shownIn,
    startsAt: new Date(item.startsAt),
    endsAt: new Date(item.endsAt),
    closedDoor: item.closedDoor,
    myRoles: rolesOf(item, personId),
    people: (named?.people ?? []).map(({ name, partyName, role }) => ({ name, partyName, role })),
    hidden: (named?.hidden ?? []).map(({ role, partyName, count }) => ({ role, partyName, count })),
    officials: (named?.officials ?? []).map(({ name, position, shownIn }) => ({ name, position, shownIn })),
    ...state,
  };
}

/**
 * One of the person's own border crossings as an entry: one hour from its planned instant, the
 * point's name in the reader's language where the organizers wrote a version of it.
 */
export function toCrossingEntry(
  eventId: string,
  c: { id: string; direction: "entry" | "exit"; plannedAt: Date; actualAt: Date | null; pointName: string; pointTranslations?: ContentTranslations | null },
  content: ContentReader,
): PersonalEntry {
  const point = localizedSharedText(c.pointName, c.pointTranslations, "name", content.reader ?? sourceLanguage(content.languages), content.languages);
  return {
    uid: `crossing-${c.id}@roundtable`,
    source: "crossing",
    id: c.id,
    eventId,
    title: "",
    kind: "crossing",
    description: "",
    place: point.text,
    shownIn: point.fallback ? { place: point.lang } : {},
    startsAt: c.plannedAt,
    endsAt: new Date(c.plannedAt.getTime() + ONE_HOUR_MS),
    closedDoor: false,
    myRoles: [],
    people: [],
    hidden: [],
    officials: [],
    cancelled: false,
    changedSince: false,
    crossing: { direction: c.direction, pointName: point.text, actualAt: c.actualAt },
  };
}
