import "server-only";
import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { crossingPeople, crossingPoints, crossings, delegationMembers, events } from "@/db/schema";
import { EVENT_TEXT_FIELDS } from "@/lib/content/fields";
import { PARTICIPATING } from "@/lib/agenda/queries";
import { localizeFields, sourceLanguage } from "@/lib/content/translations";

/**
 * The events a person takes part in (invited, registered or confirmed), first day first, with
 * their membership. `personIds`: the person's records, one per initiative, all their own. Title,
 * venue and city in the `reader`'s language where the organizers wrote a version of them.
 */
export async function participatingEvents(db: Executor, personIds: string[], { onlyEventId, reader }: { onlyEventId?: string; reader?: string } = {}) {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      timeZone: events.timeZone,
      firstDay: events.firstDay,
      lastDay: events.lastDay,
      venueName: events.venueName,
      city: events.city,
      languages: events.languages,
      translations: events.translations,
      memberId: delegationMembers.id,
      personId: delegationMembers.personId,
      delegationId: delegationMembers.delegationId,
      lastSeenReleaseVersion: delegationMembers.lastSeenReleaseVersion,
    })
    .from(delegationMembers)
    .innerJoin(events, eq(events.id, delegationMembers.eventId))
    .where(
      and(
        inArray(delegationMembers.personId, personIds),
        inArray(delegationMembers.status, [...PARTICIPATING]),
        onlyEventId ? eq(events.id, onlyEventId) : undefined,
      ),
    )
    .orderBy(asc(events.firstDay), asc(events.id));
  return rows.map((row) => localizeFields(row, EVENT_TEXT_FIELDS, reader ?? sourceLanguage(row.languages), row.languages));
}

/**
 * Their own travel only: crossings of their own delegation with them on the manifest, in these
 * events (and, when given, planned within `within`).
 */
export async function ownCrossings(db: Executor, personIds: string[], eventIds: string[], within?: { start: Date; end: Date }) {
  if (personIds.length === 0 || eventIds.length === 0) return [];
  return db
    .select({
      id: crossings.id,
      eventId: crossings.eventId,
      direction: crossings.direction,
      plannedAt: crossings.plannedAt,
      actualAt: crossings.actualAt,
      pointName: crossingPoints.name,
      pointTranslations: crossingPoints.translations,
    })
    .from(crossings)
    .innerJoin(crossingPeople, and(eq(crossingPeople.crossingId, crossings.id), inArray(crossingPeople.personId, personIds)))
    .innerJoin(crossingPoints, eq(crossingPoints.id, crossings.crossingPointId))
    .innerJoin(
      delegationMembers,
      and(
        eq(delegationMembers.eventId, crossings.eventId),
        eq(delegationMembers.delegationId, crossings.delegationId),
        eq(delegationMembers.personId, crossingPeople.personId),
        inArray(delegationMembers.status, [...PARTICIPATING]),
      ),
    )
    .where(
      and(
        inArray(crossings.eventId, eventIds),
        within ? gte(crossings.plannedAt, within.start) : undefined,
        within ? lt(crossings.plannedAt, within.end) : undefined,
      ),
    )
    .orderBy(asc(crossings.plannedAt), asc(crossings.id));
}
