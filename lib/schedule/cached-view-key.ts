// Which cached copy of "My schedule" a request may be served (proxy.ts), or none. Not
// "server-only": the proxy is not rendered with React's server condition. It repeats what the page
// would check (lib/auth/viewer.ts: a live server-side session of a delegate account) and adds what
// only a fresh render may do: a delegate who has not yet seen the latest release of an event gets
// the page rendered for them, which marks the changes and records the release as seen.
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { agendaReleases, authSessions, cachedViewGeneration, delegationMembers, events, people, users } from "@/db/schema";
import { PARTICIPATING } from "@/lib/agenda/rules";
import { hashSecretToken } from "@/lib/invitations/token";
import { instantToZonedParts } from "@/lib/time/zoned";
import { sealedUntil, sealScheduleView, scheduleViewStamp } from "./cached-view";
import { scheduleDayParam } from "./paths";

/**
 * One round trip (this runs on every load of the schedule): a row per person record of the account
 * and membership that takes part, with the session, the latest releases and the state. Prepared
 * once per database (building the statement cost a noticeable share of a cached load's time).
 */
function prepareKeyQuery(db: Db) {
  return db
    .select({
      role: users.role,
      personId: people.id,
      memberId: delegationMembers.id,
      lastSeen: delegationMembers.lastSeenReleaseVersion,
      timeZone: events.timeZone,
      latest: sql<number | null>`(select max(${agendaReleases.version}) from ${agendaReleases} where ${agendaReleases.eventId} = ${events.id})`.mapWith((v) =>
        v === null ? null : Number(v),
      ),
      live: sql<boolean>`exists (select 1 from ${authSessions} where ${authSessions.sessionToken} = ${sql.placeholder("sessionToken")} and ${authSessions.userId} = ${users.id} and ${authSessions.expires} > ${sql.placeholder("now")}::timestamptz)`.mapWith(
        (v) => v === true || v === "t" || v === 1,
      ),
      epoch: cachedViewGeneration.epoch,
      generation: cachedViewGeneration.generation,
    })
    .from(users)
    .leftJoin(cachedViewGeneration, eq(cachedViewGeneration.id, 1))
    .leftJoin(people, eq(people.userId, users.id))
    .leftJoin(delegationMembers, and(eq(delegationMembers.personId, people.id), inArray(delegationMembers.status, [...PARTICIPATING])))
    .leftJoin(events, eq(events.id, delegationMembers.eventId))
    .where(eq(users.id, sql.placeholder("userId")))
    .orderBy(people.id, delegationMembers.id)
    .prepare("roundtable_cached_view_key");
}

const preparedKeyQueries = new WeakMap<Db, ReturnType<typeof prepareKeyQuery>>();

async function keyQuery() {
  const db = await getDb();
  let prepared = preparedKeyQueries.get(db);
  if (!prepared) {
    prepared = prepareKeyQuery(db);
    preparedKeyQueries.set(db, prepared);
  }
  return prepared;
}

/** The session as its cookie says (already decrypted and checked by Auth.js's JWT decoder). */
export type SessionClaims = { userId: string; sessionId: string };

/**
 * The sealed segment of /[locale]/schedule-view/<segment> for this request, or null when the page
 * must be rendered for this request instead: no live session, not a delegate, an address with more
 * than `?day=`, or an event whose latest release this delegate has not seen yet.
 */
export async function cachedScheduleSegment(session: SessionClaims, query: URLSearchParams, now: Date, secret: string): Promise<string | null> {
  const keys = [...new Set(query.keys())];
  if (keys.some((key) => key !== "day") || query.getAll("day").length > 1) return null;
  const day = query.has("day") ? scheduleDayParam(query.get("day") ?? undefined) : null;
  if (query.has("day") && day === null) return null;

  const rows = await (
    await keyQuery()
  ).execute({
    userId: session.userId,
    sessionToken: hashSecretToken(session.sessionId),
    now: now.toISOString(),
  });
  const first = rows[0];
  if (!first?.live || first.role !== "delegate" || first.epoch === null || first.generation === null) return null;
  const memberships = rows.flatMap((row) => (row.memberId && row.timeZone ? [{ ...row, memberId: row.memberId, timeZone: row.timeZone }] : []));
  // Changes to mark: the render records the latest release as seen, so it must run.
  if (memberships.some((m) => m.latest !== null && m.lastSeen !== m.latest)) return null;

  const personIds = [...new Set(rows.flatMap((row) => (row.personId ? [row.personId] : [])))];
  return sealScheduleView(
    {
      userId: session.userId,
      personIds,
      day,
      until: sealedUntil(now),
      stamp: scheduleViewStamp([first.epoch, first.generation, memberships.map((m) => [m.memberId, m.latest, instantToZonedParts(now, m.timeZone).date])]),
    },
    secret,
  );
}
