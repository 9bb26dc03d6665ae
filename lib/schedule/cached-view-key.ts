// Which cached copy of "My schedule" a request may be served (proxy.ts), or none. Not
// "server-only": the proxy is not rendered with React's server condition. It repeats what the page
// would check (lib/auth/viewer.ts: a live server-side session of a delegate account) and adds what
// only a fresh render may do: a delegate who has not yet seen the latest release of an event gets
// the page rendered for them, which marks the changes and records the release as seen.
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agendaReleases, authSessions, delegationMembers, events, people, users } from "@/db/schema";
import { PARTICIPATING } from "@/lib/agenda/rules";
import { readCachedViewStamp } from "@/lib/cache/cached-view-generation";
import { hashSecretToken } from "@/lib/invitations/token";
import { instantToZonedParts } from "@/lib/time/zoned";
import { sealedUntil, sealScheduleView, scheduleViewStamp } from "./cached-view";
import { scheduleDayParam } from "./paths";

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

  const db = await getDb();
  const [live, account, memberships, stamp] = await Promise.all([
    db
      .select({ userId: authSessions.userId })
      .from(authSessions)
      .where(and(eq(authSessions.sessionToken, hashSecretToken(session.sessionId)), eq(authSessions.userId, session.userId), gt(authSessions.expires, now)))
      .limit(1),
    db.select({ role: users.role, personId: people.id }).from(users).leftJoin(people, eq(people.userId, users.id)).where(eq(users.id, session.userId)),
    db
      .select({
        memberId: delegationMembers.id,
        personId: delegationMembers.personId,
        lastSeen: delegationMembers.lastSeenReleaseVersion,
        timeZone: events.timeZone,
        latest: sql<number | null>`(select max(${agendaReleases.version}) from ${agendaReleases} where ${agendaReleases.eventId} = ${events.id})`.mapWith(
          (v) => (v === null ? null : Number(v)),
        ),
      })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .innerJoin(events, eq(events.id, delegationMembers.eventId))
      .where(and(eq(people.userId, session.userId), inArray(delegationMembers.status, [...PARTICIPATING])))
      .orderBy(delegationMembers.id),
    readCachedViewStamp(db),
  ]);
  if (live.length === 0 || !stamp) return null;
  if (account[0]?.role !== "delegate") return null;
  // Changes to mark: the render records the latest release as seen, so it must run.
  if (memberships.some((m) => m.latest !== null && m.lastSeen !== m.latest)) return null;

  const personIds = account.flatMap((row) => (row.personId ? [row.personId] : []));
  return sealScheduleView(
    {
      userId: session.userId,
      personIds,
      day,
      until: sealedUntil(now),
      stamp: scheduleViewStamp([stamp.epoch, stamp.generation, memberships.map((m) => [m.memberId, m.latest, instantToZonedParts(now, m.timeZone).date])]),
    },
    secret,
  );
}
