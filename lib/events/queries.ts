import "server-only";
import { cache } from "react";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { delegations, events, initiativeOrganizers, initiatives, parties } from "@/db/schema";
import { EVENT_TEXT_FIELDS } from "@/lib/content/fields";
import { localizeFields, sourceLanguage } from "@/lib/content/translations";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { slugify } from "@/lib/slug";
import { uniqueSlug } from "@/lib/unique-slug";
import { rolesWith, type Capability } from "@/lib/teams/roles";
import { isPathSlug } from "@/lib/http/path-params";
import { isUuid } from "@/lib/uuid";
import { languagesInOrder, type EventInput } from "./schema";

const eventFacts = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  format: events.format,
  venueName: events.venueName,
  city: events.city,
  country: events.country,
  timeZone: events.timeZone,
  firstDay: events.firstDay,
  lastDay: events.lastDay,
  languages: events.languages,
  translations: events.translations,
  status: events.status,
  initiativeId: events.initiativeId,
  initiativeName: initiatives.name,
  hostPartyName: parties.name,
};

/**
 * The organizer's scope: events of initiatives whose team they are on, in a role that holds
 * `capability`. A member removed from the team, or whose role changed, is out of scope on their
 * next request: every check reads the team table.
 */
function organizerScope(viewer: OrganizerViewer, capability: Capability = "view") {
  return and(eq(initiativeOrganizers.userId, viewer.userId), inArray(initiativeOrganizers.role, rolesWith(capability)))!;
}

export async function listEventsForOrganizer(viewer: OrganizerViewer) {
  const db = await getDb();
  return db
    .select({ ...eventFacts, teamRole: initiativeOrganizers.role })
    .from(events)
    .innerJoin(initiatives, eq(initiatives.id, events.initiativeId))
    .innerJoin(parties, eq(parties.id, events.hostPartyId))
    .innerJoin(initiativeOrganizers, eq(initiativeOrganizers.initiativeId, events.initiativeId))
    .where(organizerScope(viewer))
    .orderBy(desc(events.firstDay));
}

export type OrganizerEvent = NonNullable<Awaited<ReturnType<typeof getEventForOrganizer>>>;

/**
 * The event if this organizer's team role lets them do `capability` on it (planning unless
 * said otherwise), else null: callers answer 404, as for an event of another initiative.
 * Memoized per request (the viewer object is itself per request), so the page, its metadata and
 * the scoped queries under it check the scope with one query.
 */
export const getEventForOrganizer = cache(async (viewer: OrganizerViewer, eventId: string, capability: Capability = "plan") => {
  if (!isUuid(eventId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ ...eventFacts, teamRole: initiativeOrganizers.role })
    .from(events)
    .innerJoin(initiatives, eq(initiatives.id, events.initiativeId))
    .innerJoin(parties, eq(parties.id, events.hostPartyId))
    .innerJoin(initiativeOrganizers, eq(initiativeOrganizers.initiativeId, events.initiativeId))
    .where(and(eq(events.id, eventId), organizerScope(viewer, capability)))
    .limit(1);
  if (!row) return null;
  const eventParties = await db
    .select({ id: parties.id, name: parties.name })
    .from(parties)
    .where(eq(parties.initiativeId, row.initiativeId))
    .orderBy(asc(parties.name));
  return { ...row, parties: eventParties };
});

export async function createEvent(viewer: OrganizerViewer, input: EventInput): Promise<WriteResult<{ id: string }>> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [scope] = await tx
      .select({ id: initiativeOrganizers.initiativeId })
      .from(initiativeOrganizers)
      .where(and(eq(initiativeOrganizers.initiativeId, input.initiativeId), organizerScope(viewer, "plan")));
    if (!scope) return refuse("errors.notFound");
    const initiativeParties = await tx.select({ id: parties.id }).from(parties).where(eq(parties.initiativeId, input.initiativeId));
    if (!initiativeParties.some((p) => p.id === input.hostPartyId)) return refuse("unknownParty", "hostPartyId");

    const slug = await uniqueSlug(tx, events, events.slug, slugify(`${input.title} ${input.city} ${input.firstDay.slice(0, 4)}`));
    const { firstLanguage, ...fields } = input;
    const [created] = await tx
      .insert(events)
      .values({ ...fields, languages: languagesInOrder(fields.languages, firstLanguage), slug })
      .returning({ id: events.id });
    const id = created!.id;
    // Every party gets its delegation at once, so the event shows all sides as equals from the start.
    await tx.insert(delegations).values(initiativeParties.map((p) => ({ eventId: id, partyId: p.id })));
    await audit(tx, { actorUserId: viewer.userId, eventId: id, action: "event.create", entityType: "event", entityId: id });
    return ok({ id });
  });
}

export async function updateEventStatus(viewer: OrganizerViewer, eventId: string, status: EventInput["status"]): Promise<WriteResult<undefined>> {
  // Scope check before the transaction: PGlite has one connection, so no query may run beside an open one.
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx
      .update(events)
      .set({ status, version: sql`${events.version} + 1`, updatedAt: new Date() })
      .where(eq(events.id, event.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId,
      action: "event.status",
      entityType: "event",
      entityId: eventId,
      details: { from: event.status, to: status },
    });
    return ok(undefined);
  });
}

/** Events the public may see: everything except drafts; title and city in the reader's language where written. */
export async function listPublicEvents(reader?: string) {
  const db = await getDb();
  const rows = await db
    .select({
      slug: events.slug,
      title: events.title,
      format: events.format,
      city: events.city,
      country: events.country,
      firstDay: events.firstDay,
      lastDay: events.lastDay,
      status: events.status,
      timeZone: events.timeZone,
      initiativeName: initiatives.name,
      languages: events.languages,
      translations: events.translations,
    })
    .from(events)
    .innerJoin(initiatives, eq(initiatives.id, events.initiativeId))
    .where(ne(events.status, "draft"))
    .orderBy(desc(events.firstDay));
  return rows.map((row) => localizeFields(row, LISTED_EVENT_FIELDS, reader ?? sourceLanguage(row.languages), row.languages));
}

/** What lists of events show of each: the title and the city. */
export const LISTED_EVENT_FIELDS = ["title", "city"] as const;

/** Memoized per request: the page and its metadata share one query. */
export const getPublicEvent = cache(async (slug: string, reader?: string) => {
  if (!isPathSlug(slug)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      format: events.format,
      venueName: events.venueName,
      city: events.city,
      country: events.country,
      timeZone: events.timeZone,
      firstDay: events.firstDay,
      lastDay: events.lastDay,
      languages: events.languages,
      translations: events.translations,
      status: events.status,
      initiativeName: initiatives.name,
      initiativeSlug: initiatives.slug,
      hostPartyName: parties.name,
    })
    .from(events)
    .innerJoin(initiatives, eq(initiatives.id, events.initiativeId))
    .innerJoin(parties, eq(parties.id, events.hostPartyId))
    .where(and(eq(events.slug, slug), ne(events.status, "draft")))
    .limit(1);
  if (!row) return null;
  // Title, venue and city in the reader's language where the organizers wrote a version of them.
  return localizeFields(row, EVENT_TEXT_FIELDS, reader ?? sourceLanguage(row.languages), row.languages);
});
