import "server-only";
import { and, asc, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agendaRole } from "@/db/schema/enums";
import { agendaItemOfficials, agendaItemPeople, agendaItems, delegationMembers, delegations, events, officials, parties, people } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { consentsVisibleTo } from "@/lib/delegations/consent";
import { OFFICIAL_TEXT_FIELDS } from "@/lib/content/fields";
import { otherWorkingLanguages, sharedTranslationsFromInput } from "@/lib/content/translation-form";
import { localizeSharedFields, type ShownIn } from "@/lib/content/translations";
import { membersOfSelection, type RosterSelection } from "@/lib/delegations/bulk";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { isUuid } from "@/lib/uuid";
import type { OfficialInput, OfficialVersionsInput } from "./participant-schema";
import { checkAgenda } from "./checks";
import type { Audience } from "./rules";
import { PARTICIPATING } from "./queries";

export type AgendaRole = "moderator" | "speaker";
const AGENDA_ROLES: readonly string[] = agendaRole.enumValues;

/** The item, if it is a live item of an event this organizer runs. */
async function scopedItem(viewer: OrganizerViewer, eventId: string, itemId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(itemId)) return null;
  const db = await getDb();
  const [item] = await db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.eventId, event.id), isNull(agendaItems.deletedAt)));
  return item ? { event, item } : null;
}

/** People who can moderate or speak: the event's participating delegates, with their party. */
export async function listEventDelegatesForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return [];
  const db = await getDb();
  return db
    .select({ personId: people.id, name: people.nameLatin, partyId: parties.id, partyName: parties.name })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(and(eq(delegationMembers.eventId, event.id), inArray(delegationMembers.status, [...PARTICIPATING])))
    .orderBy(asc(parties.name), asc(people.nameLatin));
}

export async function addItemPerson(
  viewer: OrganizerViewer,
  eventId: string,
  itemId: string,
  input: { personId: string; role: AgendaRole },
): Promise<WriteResult<undefined>> {
  const scoped = await scopedItem(viewer, eventId, itemId);
  if (!scoped) return refuse("errors.notFound");
  if (!isUuid(input.personId)) return refuse("notADelegate", "personId");
  const db = await getDb();
  // Only a delegate of this very event can be put on its agenda.
  const [member] = await db
    .select({ id: delegationMembers.id })
    .from(delegationMembers)
    .where(
      and(
        eq(delegationMembers.eventId, scoped.event.id),
        eq(delegationMembers.personId, input.personId),
        inArray(delegationMembers.status, [...PARTICIPATING]),
      ),
    );
  if (!member) return refuse("notADelegate", "personId");
  return db.transaction(async (tx) => {
    await tx.insert(agendaItemPeople).values({ agendaItemId: itemId, personId: input.personId, role: input.role }).onConflictDoNothing();
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: scoped.event.id,
      action: "agenda_item.person_add",
      entityType: "agenda_item",
      entityId: itemId,
      details: { personId: input.personId, role: input.role },
    });
    return ok(undefined);
  });
}

export type AssignResult = {
  /** Items the person was added to. */
  added: number;
  /** Items where they already had this role (left as they were). */
  already: number;
  /** Of the chosen items, those where the person is now booked twice at once (the agenda checks' clash). */
  clashes: number;
};

/**
 * One person as moderator or speaker on several items at once (the timetable's bulk form), with the
 * single add's rules: a participating delegate of this event, live items of this event only (one
 * item of another event or deleted refuses it all, nothing written), one transaction, each audited.
 * A clash is not refused (as for the single add: it blocks the release until the organizer says
 * why); the answer counts the chosen items where the person is now double-booked.
 */
export async function assignPersonToItems(
  viewer: OrganizerViewer,
  eventId: string,
  input: { personId: string; role: AgendaRole; itemIds: string[] },
): Promise<WriteResult<AssignResult>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  if (typeof input !== "object" || input === null || !Array.isArray(input.itemIds)) return refuse("errors.notFound");
  if (!isUuid(input.personId)) return refuse("notADelegate", "personId");
  if (!AGENDA_ROLES.includes(input.role)) return refuse("required", "role");
  const itemIds = [...new Set(input.itemIds)];
  if (itemIds.length === 0) return refuse("chooseItems", "itemIds");
  if (itemIds.some((itemId) => !isUuid(itemId))) return refuse("participants.notOnAgenda");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ partyId: delegations.partyId })
      .from(delegationMembers)
      .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
      .where(
        and(eq(delegationMembers.eventId, event.id), eq(delegationMembers.personId, input.personId), inArray(delegationMembers.status, [...PARTICIPATING])),
      );
    if (!member) return refuse("notADelegate", "personId");
    const chosen = await tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.eventId, event.id), inArray(agendaItems.id, itemIds), isNull(agendaItems.deletedAt)))
      .for("update");
    if (chosen.length !== itemIds.length) return refuse("participants.notOnAgenda");
    let added = 0;
    for (const itemId of itemIds) {
      const inserted = await tx
        .insert(agendaItemPeople)
        .values({ agendaItemId: itemId, personId: input.personId, role: input.role })
        .onConflictDoNothing()
        .returning({ itemId: agendaItemPeople.agendaItemId });
      if (inserted.length === 0) continue;
      added += 1;
      await audit(tx, {
        actorUserId: viewer.userId,
        eventId: event.id,
        action: "agenda_item.person_add",
        entityType: "agenda_item",
        entityId: itemId,
        details: { personId: input.personId, role: input.role },
      });
    }
    const clashing = await clashingItems(tx, event, { personId: input.personId, partyId: member.partyId, role: input.role }, itemIds);
    return ok({ added, already: itemIds.length - added, clashes: clashing.size });
  });
}

type Transaction = Parameters<Parameters<Awaited<ReturnType<typeof getDb>>["transaction"]>[0]>[0];
type EventFrame = NonNullable<Awaited<ReturnType<typeof getEventForOrganizer>>>;

/**
 * Of `itemIds`, those where the person is now booked twice at once: the agenda checks over this
 * person's items, the same rule the timetable and the release use.
 */
async function clashingItems(
  tx: Transaction,
  event: EventFrame,
  person: { personId: string; partyId: string; role: AgendaRole },
  itemIds: string[],
): Promise<Set<string>> {
  const theirs = await tx
    .selectDistinct({
      id: agendaItems.id,
      title: agendaItems.title,
      kind: agendaItems.kind,
      place: agendaItems.place,
      startsAt: agendaItems.startsAt,
      endsAt: agendaItems.endsAt,
    })
    .from(agendaItems)
    .innerJoin(agendaItemPeople, eq(agendaItemPeople.agendaItemId, agendaItems.id))
    .where(and(eq(agendaItems.eventId, event.id), eq(agendaItemPeople.personId, person.personId), isNull(agendaItems.deletedAt)));
  const findings = checkAgenda(
    theirs.map((item) => ({ ...item, place: "", people: [{ personId: person.personId, role: person.role, partyId: person.partyId }], officialIds: [] })),
    { firstDay: event.firstDay, lastDay: event.lastDay, timeZone: event.timeZone, partyIds: event.parties.map((party) => party.id) },
  );
  return new Set(findings.filter((f) => f.code === "personDoubleBooked" && itemIds.includes(f.itemId)).map((f) => f.itemId));
}

export type RosterAssignResult = {
  /** People added to the item in this role. */
  added: number;
  /** People who already had this role on the item (left as they were). */
  already: number;
  /** Ticked people who are not taking part (declined, cancelled …): not put on the agenda. */
  notTakingPart: number;
  /** Of those now on the item, people booked twice at once (the agenda checks' clash). */
  clashes: number;
};

/**
 * The roster's bulk "Add to agenda item…": the ticked people (or all matching the roster's filter)
 * as speaker or moderator on one item, with the timetable's rules: the item a live item of this
 * event, every ticked id a member of this event (one foreign id refuses it all, nothing written),
 * only participating delegates put on the agenda (the others counted), one transaction, each
 * addition audited. A clash is allowed, and counted.
 */
export async function assignMembersToItem(
  viewer: OrganizerViewer,
  eventId: string,
  input: { selection: RosterSelection; itemId: string; role: AgendaRole },
): Promise<WriteResult<RosterAssignResult>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  if (!AGENDA_ROLES.includes(input.role)) return refuse("required", "role");
  if (!isUuid(input.itemId)) return refuse("chooseAgendaItem", "itemId");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.eventId, event.id), isNull(agendaItems.deletedAt)))
      .for("update");
    if (!item) return refuse("chooseAgendaItem", "itemId");
    const selected = await membersOfSelection(tx, event.id, input.selection, true);
    if (selected === null) return refuse("delegations.notOnRoster");
    if (selected.length === 0) return refuse("delegations.noneSelected");
    const members = await tx
      .select({ personId: delegationMembers.personId, status: delegationMembers.status, partyId: delegations.partyId })
      .from(delegationMembers)
      .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
      .where(
        and(
          eq(delegationMembers.eventId, event.id),
          inArray(
            delegationMembers.id,
            selected.map((member) => member.id),
          ),
        ),
      );
    const taking = members.filter((member) => (PARTICIPATING as readonly string[]).includes(member.status));
    let added = 0;
    let clashes = 0;
    for (const member of taking) {
      const inserted = await tx
        .insert(agendaItemPeople)
        .values({ agendaItemId: item.id, personId: member.personId, role: input.role })
        .onConflictDoNothing()
        .returning({ itemId: agendaItemPeople.agendaItemId });
      if (inserted.length > 0) {
        added += 1;
        await audit(tx, {
          actorUserId: viewer.userId,
          eventId: event.id,
          action: "agenda_item.person_add",
          entityType: "agenda_item",
          entityId: item.id,
          details: { personId: member.personId, role: input.role },
        });
      }
      const clashing = await clashingItems(tx, event, { personId: member.personId, partyId: member.partyId, role: input.role }, [item.id]);
      if (clashing.size > 0) clashes += 1;
    }
    return ok({ added, already: taking.length - added, notTakingPart: members.length - taking.length, clashes });
  });
}

export async function removeItemPerson(
  viewer: OrganizerViewer,
  eventId: string,
  itemId: string,
  input: { personId: string; role: AgendaRole },
): Promise<WriteResult<undefined>> {
  const scoped = await scopedItem(viewer, eventId, itemId);
  // Person and role arrive as bound action arguments: anything malformed is simply not there.
  if (!scoped || !isUuid(input.personId) || !AGENDA_ROLES.includes(input.role)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx
      .delete(agendaItemPeople)
      .where(and(eq(agendaItemPeople.agendaItemId, itemId), eq(agendaItemPeople.personId, input.personId), eq(agendaItemPeople.role, input.role)));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: scoped.event.id,
      action: "agenda_item.person_remove",
      entityType: "agenda_item",
      entityId: itemId,
      details: { personId: input.personId, role: input.role },
    });
    return ok(undefined);
  });
}

/** The initiative's reusable list of officials. */
export async function listOfficialsForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return [];
  const db = await getDb();
  return db
    .select({
      id: officials.id,
      name: officials.name,
      position: officials.position,
      institution: officials.institution,
      partyName: parties.name,
      translations: officials.translations,
    })
    .from(officials)
    .leftJoin(parties, eq(parties.id, officials.partyId))
    .where(eq(officials.initiativeId, event.initiativeId))
    .orderBy(asc(officials.name));
}

export async function createOfficialForItem(
  viewer: OrganizerViewer,
  eventId: string,
  itemId: string,
  input: OfficialInput,
): Promise<WriteResult<{ id: string }>> {
  const scoped = await scopedItem(viewer, eventId, itemId);
  if (!scoped) return refuse("errors.notFound");
  if (input.partyId && !scoped.event.parties.some((p) => p.id === input.partyId)) return refuse("unknownParty", "partyId");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [official] = await tx
      .insert(officials)
      .values({
        initiativeId: scoped.event.initiativeId,
        name: input.name,
        position: input.position,
        institution: input.institution,
        partyId: input.partyId || null,
        // The position is typed in the event's first language; its versions in the other three.
        translations: sharedTranslationsFromInput(input, OFFICIAL_TEXT_FIELDS, otherWorkingLanguages(scoped.event.languages)),
      })
      .returning({ id: officials.id });
    await tx.insert(agendaItemOfficials).values({ agendaItemId: itemId, officialId: official!.id });
    await audit(tx, { actorUserId: viewer.userId, eventId: scoped.event.id, action: "official.create", entityType: "official", entityId: official!.id });
    return ok({ id: official!.id });
  });
}

/**
 * The versions of an official's position, in any of the four working languages (the initiative's
 * other events read them too). Officials have no version column: the last save wins.
 */
export async function updateOfficialVersions(
  viewer: OrganizerViewer,
  eventId: string,
  officialId: string,
  input: OfficialVersionsInput,
): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event || !isUuid(officialId)) return refuse("errors.notFound");
  const translations = sharedTranslationsFromInput(input, OFFICIAL_TEXT_FIELDS);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(officials)
      .set({ translations })
      .where(and(eq(officials.id, officialId), eq(officials.initiativeId, event.initiativeId)))
      .returning({ id: officials.id });
    if (!updated) return refuse("errors.notFound");
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "official.translations",
      entityType: "official",
      entityId: updated.id,
      details: { languages: Object.keys(translations) },
    });
    return ok(undefined);
  });
}

export async function setItemOfficial(
  viewer: OrganizerViewer,
  eventId: string,
  itemId: string,
  officialId: string,
  attached: boolean,
): Promise<WriteResult<undefined>> {
  const scoped = await scopedItem(viewer, eventId, itemId);
  if (!scoped || !isUuid(officialId)) return refuse("errors.notFound");
  const db = await getDb();
  const [official] = await db
    .select({ id: officials.id })
    .from(officials)
    .where(and(eq(officials.id, officialId), eq(officials.initiativeId, scoped.event.initiativeId)));
  if (!official) return refuse("errors.notFound");
  return db.transaction(async (tx) => {
    if (attached) await tx.insert(agendaItemOfficials).values({ agendaItemId: itemId, officialId }).onConflictDoNothing();
    else await tx.delete(agendaItemOfficials).where(and(eq(agendaItemOfficials.agendaItemId, itemId), eq(agendaItemOfficials.officialId, officialId)));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: scoped.event.id,
      action: attached ? "agenda_item.official_add" : "agenda_item.official_remove",
      entityType: "agenda_item",
      entityId: itemId,
      details: { officialId },
    });
    return ok(undefined);
  });
}

/**
 * How many people in one role, of one party, the audience may not see by name: a count and the
 * party's name, nothing of who they are (no ids, names or anything else of a hidden person).
 */
export type HiddenCount = { role: AgendaRole; partyName: string; count: number };

export type ItemParticipants = {
  /** `notComing` (organizers only: others never see such people) when they declined or withdrew. */
  people: { personId: string; name: string; role: AgendaRole; partyId: string; partyName: string; notComing?: boolean }[];
  /**
   * People on the item this audience may not see by name, counted per role and party, so a panel
   * never looks one-sided ("and 2 speakers from Azerbaijan who are not listed"). By role, then
   * party name. Empty for organizers (they see everyone) and for the public on a closed-door item.
   */
  hidden: HiddenCount[];
  /** The position in the reader's language where asked for one (`shownIn.position`: shown in another language). */
  officials: { id: string; name: string; position: string; institution: string; shownIn: ShownIn<"position"> }[];
};

/** Who is linked to an item, by id only: from the live tables or from a release snapshot. */
export type ParticipantLinks = {
  id: string;
  eventId: string;
  closedDoor: boolean;
  people: { personId: string; role: AgendaRole }[];
  officialIds: string[];
};

/**
 * Names for linked people and officials, as `audience` may see them: a person only where their
 * listing consent (read now, so a withdrawal takes effect at once) allows it, the organizer sees
 * everyone, and the public sees nobody on a closed-door item. The one place this rule lives.
 */
export async function nameParticipants(
  items: ParticipantLinks[],
  audience: Audience,
  /** The reader's language: officials' positions in it where a version exists, else in each event's first language. */
  reader?: string,
): Promise<Map<string, ItemParticipants>> {
  const byItem = new Map<string, ItemParticipants>(items.map((item) => [item.id, { people: [], officials: [], hidden: [] }]));
  // A closed-door item gives the public nobody: no names, no officials, and not even a count of
  // hidden people (the public learns nothing of who sits on a closed-door panel).
  const shown = items.filter((item) => !(audience === "public" && item.closedDoor));
  const eventIds = [...new Set(shown.map((item) => item.eventId))];
  const personIds = [...new Set(shown.flatMap((item) => item.people.map((p) => p.personId)))];
  const officialIds = [...new Set(shown.flatMap((item) => item.officialIds))];
  const db = await getDb();
  const [personRows, hiddenRows, officialRows, eventLanguages] = await Promise.all([
    personIds.length === 0
      ? []
      : db
          .select({
            eventId: delegationMembers.eventId,
            personId: people.id,
            name: people.nameLatin,
            partyId: parties.id,
            partyName: parties.name,
            notComing: sql<boolean>`${delegationMembers.status} in ('declined', 'withdrawn')`,
          })
          .from(delegationMembers)
          .innerJoin(people, eq(people.id, delegationMembers.personId))
          .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
          .innerJoin(parties, eq(parties.id, delegations.partyId))
          .where(
            and(
              inArray(delegationMembers.eventId, eventIds),
              inArray(delegationMembers.personId, personIds),
              inArray(delegationMembers.consent, consentsVisibleTo(audience)),
              // Delegates and the public are not told someone speaks who is not coming.
              audience === "organizer" ? undefined : notInArray(delegationMembers.status, ["declined", "withdrawn"]),
            ),
          ),
    // Those the audience may not see, but who are coming: only their party, to be counted. (The
    // person id only ties them to their items here; it never leaves this function.)
    personIds.length === 0 || audience === "organizer"
      ? []
      : db
          .select({ eventId: delegationMembers.eventId, personId: delegationMembers.personId, partyName: parties.name })
          .from(delegationMembers)
          .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
          .innerJoin(parties, eq(parties.id, delegations.partyId))
          .where(
            and(
              inArray(delegationMembers.eventId, eventIds),
              inArray(delegationMembers.personId, personIds),
              notInArray(delegationMembers.consent, consentsVisibleTo(audience)),
              notInArray(delegationMembers.status, ["declined", "withdrawn"]),
            ),
          ),
    officialIds.length === 0
      ? []
      : db
          .select({
            id: officials.id,
            name: officials.name,
            position: officials.position,
            institution: officials.institution,
            translations: officials.translations,
          })
          .from(officials)
          .where(inArray(officials.id, officialIds)),
    !reader || officialIds.length === 0 ? [] : db.select({ id: events.id, languages: events.languages }).from(events).where(inArray(events.id, eventIds)),
  ]);
  const languagesOf = new Map(eventLanguages.map((event) => [event.id, event.languages]));
  const personByKey = new Map(personRows.map(({ eventId, ...person }) => [`${eventId}:${person.personId}`, person]));
  const hiddenPartyByKey = new Map(hiddenRows.map((row) => [`${row.eventId}:${row.personId}`, row.partyName]));
  const officialById = new Map(officialRows.map((official) => [official.id, official]));
  // As written (organizers' screens), or in the reader's language read in this item's event.
  const officialIn = (id: string, eventId: string): ItemParticipants["officials"] => {
    const official = officialById.get(id);
    if (!official) return [];
    const languages = languagesOf.get(eventId);
    if (!reader || !languages) {
      const { translations: _versions, ...asWritten } = official;
      return [{ ...asWritten, shownIn: {} }];
    }
    return [localizeSharedFields(official, OFFICIAL_TEXT_FIELDS, reader, languages)];
  };
  for (const item of shown) {
    const entry = byItem.get(item.id)!;
    const hidden = new Map<string, HiddenCount>();
    for (const { personId, role } of item.people) {
      const found = personByKey.get(`${item.eventId}:${personId}`);
      const hiddenParty = found ? undefined : hiddenPartyByKey.get(`${item.eventId}:${personId}`);
      if (hiddenParty !== undefined) {
        const key = `${role}\u0000${hiddenParty}`;
        const tally = hidden.get(key) ?? { role, partyName: hiddenParty, count: 0 };
        tally.count += 1;
        hidden.set(key, tally);
      }
      if (!found) continue;
      const { notComing, ...person } = found;
      entry.people.push(audience === "organizer" ? { ...person, role, notComing } : { ...person, role });
    }
    entry.people.sort((a, b) => a.role.localeCompare(b.role) || a.partyName.localeCompare(b.partyName) || a.name.localeCompare(b.name));
    entry.hidden = [...hidden.values()].sort((a, b) => a.role.localeCompare(b.role) || a.partyName.localeCompare(b.partyName));
    entry.officials = item.officialIds.flatMap((id) => officialIn(id, item.eventId)).sort((a, b) => a.name.localeCompare(b.name));
  }
  return byItem;
}

/** Moderators, speakers and officials of live items (ids the caller already scoped), named for `audience`. */
export async function listParticipants(itemIds: string[], audience: Audience, reader?: string): Promise<Map<string, ItemParticipants>> {
  if (itemIds.length === 0) return new Map();
  const db = await getDb();
  const [items, personLinks, officialLinks] = await Promise.all([
    db
      .select({ id: agendaItems.id, eventId: agendaItems.eventId, closedDoor: agendaItems.closedDoor })
      .from(agendaItems)
      .where(inArray(agendaItems.id, itemIds)),
    db
      .select({ itemId: agendaItemPeople.agendaItemId, personId: agendaItemPeople.personId, role: agendaItemPeople.role })
      .from(agendaItemPeople)
      .where(inArray(agendaItemPeople.agendaItemId, itemIds)),
    db
      .select({ itemId: agendaItemOfficials.agendaItemId, officialId: agendaItemOfficials.officialId })
      .from(agendaItemOfficials)
      .where(inArray(agendaItemOfficials.agendaItemId, itemIds)),
  ]);
  return nameParticipants(
    items.map((item) => ({
      ...item,
      people: personLinks.filter((link) => link.itemId === item.id).map(({ personId, role }) => ({ personId, role })),
      officialIds: officialLinks.filter((link) => link.itemId === item.id).map((link) => link.officialId),
    })),
    audience,
    reader,
  );
}
