import "server-only";
import { and, desc, eq, isNull, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { agendaItemPeople, agendaItems, agendaReleases } from "@/db/schema";
import type { PressConference } from "@/db/schema/outcomes";
import { releaseFor } from "@/lib/agenda/changelog";
import { nameParticipants, type HiddenCount } from "@/lib/agenda/participants";
import { AGENDA_TEXT_FIELDS } from "@/lib/content/fields";
import { localizeFields, type ShownIn } from "@/lib/content/translations";
import { lastPressConference, pressConferenceFromItem } from "./press-conference-rules";

/** The agenda's press conference as the outcome keeps it, by ids: what a save or a publication writes. */
export type AgendaPressConference = {
  itemId: string;
  /** How many press conferences the agenda has: with more than one, the outcome takes the last. */
  count: number;
  closedDoor: boolean;
  value: PressConference;
};

/**
 * The event's last live press-conference item open to the public, if any, read with `db` (a
 * transaction's, when called inside one). Callers have already scoped `eventId` to what the viewer
 * may see. Only a public item counts: the outcome publishes its time, place and speakers, and an
 * item kept for organizers or delegates must not reach the public that way (the outcome's own
 * fields stand in).
 */
export async function agendaPressConference(db: Executor, eventId: string): Promise<AgendaPressConference | null> {
  const items = await db
    .select({
      id: agendaItems.id,
      kind: agendaItems.kind,
      startsAt: agendaItems.startsAt,
      endsAt: agendaItems.endsAt,
      place: agendaItems.place,
      closedDoor: agendaItems.closedDoor,
    })
    .from(agendaItems)
    .where(
      and(eq(agendaItems.eventId, eventId), eq(agendaItems.kind, "press_conference"), eq(agendaItems.visibility, "public"), isNull(agendaItems.deletedAt)),
    );
  const last = lastPressConference(items);
  if (!last) return null;
  const speakers = await db
    .select({ personId: agendaItemPeople.personId })
    .from(agendaItemPeople)
    .where(and(eq(agendaItemPeople.agendaItemId, last.item.id), eq(agendaItemPeople.role, "speaker")));
  return {
    itemId: last.item.id,
    count: last.count,
    closedDoor: last.item.closedDoor,
    value: pressConferenceFromItem(
      last.item,
      speakers.map((s) => s.personId),
    ),
  };
}

/** The press conference as a reader sees it: the place in their language, speakers named only with public listing consent. */
export type ShownPressConference = {
  /** Set when it comes from the agenda (the item to edit it on); null for the outcome's own fields. */
  itemId: string | null;
  count: number;
  startsAt: string | null;
  place: string;
  placeShownIn: ShownIn<"place">;
  speakers: { name: string; partyName: string }[];
  /** Speakers who are not listed publicly: counted by party, never named. */
  hidden: HiddenCount[];
};

/**
 * The agenda's press conference for a reader in `reader`'s language (null without one): the place in
 * their version where one exists, and the speakers the public may see by name (today's consent).
 */
export async function showAgendaPressConference(
  db: Executor,
  event: { id: string; languages: readonly string[] },
  reader: string,
): Promise<ShownPressConference | null> {
  const found = await agendaPressConference(db, event.id);
  if (!found) return null;
  const [row] = await db
    .select({ place: agendaItems.place, translations: agendaItems.translations, title: agendaItems.title, description: agendaItems.description })
    .from(agendaItems)
    .where(and(eq(agendaItems.id, found.itemId), eq(agendaItems.eventId, event.id)));
  const localized = localizeFields(row!, AGENDA_TEXT_FIELDS, reader, event.languages);
  const named = await nameParticipants(
    [
      {
        id: found.itemId,
        eventId: event.id,
        closedDoor: found.closedDoor,
        people: found.value.speakerIds.map((personId) => ({ personId, role: "speaker" as const })),
        officialIds: [],
      },
    ],
    "public",
    reader,
  );
  const participants = named.get(found.itemId);
  return {
    itemId: found.itemId,
    count: found.count,
    startsAt: found.value.startsAt,
    place: localized.place,
    placeShownIn: localized.shownIn.place ? { place: localized.shownIn.place } : {},
    speakers: (participants?.people ?? []).map((p) => ({ name: p.name, partyName: p.partyName })),
    hidden: participants?.hidden ?? [],
  };
}

/**
 * The published press conference's place in `reader`'s language. A revision keeps the place as
 * written (the event's first language); when the latest released programme's last public
 * press-conference item is the one published (same start, same place as written), its version in
 * the reader's language is used, marked when it falls back. Null otherwise: the place as published.
 * Only the released programme is read, never an unreleased edit or an item the public may not see.
 */
export async function publishedPressPlace(
  db: Executor,
  event: { id: string; languages: readonly string[] },
  published: PressConference,
  reader: string,
): Promise<{ place: string; shownIn?: string } | null> {
  if (!published.startsAt || !published.place) return null;
  const [latest] = await db
    .select({ items: agendaReleases.items })
    .from(agendaReleases)
    .where(eq(agendaReleases.eventId, event.id))
    .orderBy(desc(agendaReleases.version))
    .limit(1);
  if (!latest) return null;
  const publicItems = releaseFor(latest.items, "public").map((item) => ({ ...item, startsAt: new Date(item.startsAt), endsAt: new Date(item.endsAt) }));
  const item = lastPressConference(publicItems)?.item;
  if (!item || item.place !== published.place || item.startsAt.getTime() !== new Date(published.startsAt).getTime()) return null;
  const localized = localizeFields({ place: item.place, translations: item.translations }, ["place"] as const, reader, event.languages);
  return { place: localized.place, shownIn: localized.shownIn.place };
}

/**
 * The agenda's last press-conference item the public may not see, when the agenda has no public
 * one: the outcome does not take it (it would publish it), and the organizer is told why, with the
 * item to make public. Null otherwise.
 */
export async function hiddenAgendaPressConference(db: Executor, eventId: string): Promise<{ itemId: string } | null> {
  const items = await db
    .select({ id: agendaItems.id, kind: agendaItems.kind, startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt })
    .from(agendaItems)
    .where(
      and(eq(agendaItems.eventId, eventId), eq(agendaItems.kind, "press_conference"), ne(agendaItems.visibility, "public"), isNull(agendaItems.deletedAt)),
    );
  const last = lastPressConference(items);
  return last ? { itemId: last.item.id } : null;
}
