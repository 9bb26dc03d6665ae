import "server-only";
import { cache } from "react";
import { and, asc, desc, eq, lte, ne, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { events, initiatives, outcomeRevisions, outcomes, parties } from "@/db/schema";
import { isPathSlug } from "@/lib/http/path-params";
import { localizeFields, sourceLanguage } from "@/lib/content/translations";
import { LISTED_EVENT_FIELDS } from "@/lib/events/queries";
import { containsPattern, normalizeQuery } from "./search-text";

// What the public site (pages, feeds, search) reads of outcomes. The one rule: a revision is public
// only when its `published_at` has come (`published_at <= at`), and only for an event that is not
// a draft. Both conditions are in the SQL of every query here, so a scheduled (embargoed)
// revision never leaves the database before its time, not even to be filtered out later.

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/**
 * The revisions public at `at`, each with its rank among its outcome's public revisions (1 = the
 * latest, as `getPublishedOutcome` reads it: the highest revision number) and the publication
 * time of the outcome's first public revision.
 */
function publicRevisions(db: Db, at: Date) {
  return db.$with("public_revisions").as(
    db
      .select({
        outcomeId: outcomeRevisions.outcomeId,
        revision: outcomeRevisions.revision,
        statements: outcomeRevisions.statements,
        note: outcomeRevisions.note,
        jointlySigned: outcomeRevisions.jointlySigned,
        unsignedReason: outcomeRevisions.unsignedReason,
        publishedAt: outcomeRevisions.publishedAt,
        firstPublishedAt:
          sql<Date>`first_value(${outcomeRevisions.publishedAt}) over (partition by ${outcomeRevisions.outcomeId} order by ${outcomeRevisions.revision} asc)`
            .mapWith(outcomeRevisions.publishedAt)
            .as("first_published_at"),
        rank: sql<number>`row_number() over (partition by ${outcomeRevisions.outcomeId} order by ${outcomeRevisions.revision} desc)`.mapWith(Number).as("rank"),
      })
      .from(outcomeRevisions)
      .where(lte(outcomeRevisions.publishedAt, at)),
  );
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

export type ListPublishedOutcomesOptions = {
  /** Only this initiative's events. */
  initiativeSlug?: string;
  /** Case-insensitive text searched in the statements and the event title of the latest public revision. */
  query?: string;
  /** At most this many (default 50, at most 200). */
  limit?: number;
  /** The instant to read at (tests); now by default. */
  at?: Date;
  /** The reader's language: event titles and cities in it where the organizers wrote a version. */
  reader?: string;
};

/**
 * Every event with a public outcome, with its latest public revision, newest publication first.
 * The search matches the text of the latest public revision only: never a scheduled revision,
 * never an earlier one that a correction replaced, never a draft.
 */
export async function listPublishedOutcomes(options: ListPublishedOutcomesOptions = {}) {
  if (options.initiativeSlug !== undefined && !isPathSlug(options.initiativeSlug)) return [];
  const at = options.at ?? new Date();
  const db = await getDb();
  const visible = publicRevisions(db, at);
  const conditions: SQL[] = [eq(visible.rank, 1), ne(events.status, "draft")];
  if (options.initiativeSlug !== undefined) conditions.push(eq(initiatives.slug, options.initiativeSlug));
  const query = normalizeQuery(options.query);
  if (query) {
    const pattern = containsPattern(query);
    // Each statement's text on its own (not the jsonb as text, whose keys and escapes would match too).
    conditions.push(sql`(
      exists (
        select 1 from jsonb_array_elements(${visible.statements}) as statement(value)
        where statement.value ->> 'text' ilike ${pattern} escape '\\'
      )
      or ${events.title} ilike ${pattern} escape '\\'
      or exists (
        select 1 from jsonb_each(${events.translations}) as version(language, fields), jsonb_each_text(version.fields) as field(name, value)
        where field.name = 'title' and field.value ilike ${pattern} escape '\\'
      )
    )`);
  }
  const rows = await db
    .with(visible)
    .select({
      eventId: events.id,
      slug: events.slug,
      title: events.title,
      city: events.city,
      country: events.country,
      firstDay: events.firstDay,
      lastDay: events.lastDay,
      timeZone: events.timeZone,
      initiativeName: initiatives.name,
      initiativeSlug: initiatives.slug,
      languages: events.languages,
      translations: events.translations,
      revision: visible.revision,
      statements: visible.statements,
      note: visible.note,
      jointlySigned: visible.jointlySigned,
      unsignedReason: visible.unsignedReason,
      firstPublishedAt: visible.firstPublishedAt,
      publishedAt: visible.publishedAt,
    })
    .from(visible)
    .innerJoin(outcomes, eq(outcomes.id, visible.outcomeId))
    .innerJoin(events, eq(events.id, outcomes.eventId))
    .innerJoin(initiatives, eq(initiatives.id, events.initiativeId))
    .where(and(...conditions))
    .orderBy(desc(visible.publishedAt), asc(events.title), asc(events.id))
    .limit(clampLimit(options.limit));
  return rows.map((row) => localizeFields(row, LISTED_EVENT_FIELDS, options.reader ?? sourceLanguage(row.languages), row.languages));
}

export type PublishedOutcomeListing = Awaited<ReturnType<typeof listPublishedOutcomes>>[number];

/**
 * An initiative as the public sees it: name, description, its parties (by name: no side comes
 * first by accident) and the archive of its public events, newest first, each with its outcome's
 * publication if it has a public one. Null when the initiative is unknown or has no public event.
 * Memoized per request: the page and its metadata share the queries.
 */
export const getPublicInitiative = cache(async (slug: string, at: Date = new Date(), reader?: string) => {
  if (!isPathSlug(slug)) return null;
  const db = await getDb();
  const [initiative] = await db
    .select({ id: initiatives.id, slug: initiatives.slug, name: initiatives.name, description: initiatives.description })
    .from(initiatives)
    .where(eq(initiatives.slug, slug))
    .limit(1);
  if (!initiative) return null;
  const visible = publicRevisions(db, at);
  const eventRows = await db
    .with(visible)
    .select({
      slug: events.slug,
      title: events.title,
      format: events.format,
      city: events.city,
      country: events.country,
      firstDay: events.firstDay,
      lastDay: events.lastDay,
      timeZone: events.timeZone,
      status: events.status,
      languages: events.languages,
      translations: events.translations,
      revision: visible.revision,
      jointlySigned: visible.jointlySigned,
      firstPublishedAt: visible.firstPublishedAt,
      publishedAt: visible.publishedAt,
    })
    .from(events)
    .leftJoin(outcomes, eq(outcomes.eventId, events.id))
    .leftJoin(visible, and(eq(visible.outcomeId, outcomes.id), eq(visible.rank, 1)))
    .where(and(eq(events.initiativeId, initiative.id), ne(events.status, "draft")))
    .orderBy(desc(events.firstDay), asc(events.title));
  if (eventRows.length === 0) return null;
  const partyRows = await db.select({ name: parties.name }).from(parties).where(eq(parties.initiativeId, initiative.id)).orderBy(asc(parties.name));
  return {
    ...initiative,
    parties: partyRows.map((p) => p.name),
    events: eventRows.map(({ revision, jointlySigned, firstPublishedAt, publishedAt, ...event }) => ({
      ...localizeFields(event, LISTED_EVENT_FIELDS, reader ?? sourceLanguage(event.languages), event.languages),
      outcome:
        revision !== null && publishedAt !== null && firstPublishedAt !== null
          ? { revision, jointlySigned: jointlySigned ?? true, firstPublishedAt, publishedAt }
          : null,
    })),
  };
});

export type PublicInitiative = NonNullable<Awaited<ReturnType<typeof getPublicInitiative>>>;
