// The address a delegate's schedule is served from the cache under (issue #14 point 4). proxy.ts
// sends a signed-in delegate's /[locale]/schedule to /[locale]/schedule-view/<segment>, a page
// rendered once per delegate and state and kept in the page cache. The segment says whose schedule
// it is (the page renders for those person records) and is sealed with the server's secret: the
// proxy refuses the address from outside, and the page renders nothing for a segment it did not
// seal. Pure (node:crypto only), unit-tested.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * Whose schedule, which day (null: today, or the first day with sessions), the state it shows, and
 * until when (seconds since 1970) the segment may be rendered: a segment that got out (it is in the
 * page's own React payload) stops opening the schedule within two hours.
 */
export type ScheduleViewClaim = { userId: string; personIds: string[]; day: string | null; stamp: string; until: number };

/** Until when a segment sealed at `now` opens: the end of the next full hour (one cache key per hour). */
export function sealedUntil(now: Date): number {
  return (Math.floor(now.getTime() / 3_600_000) + 2) * 3600;
}

const claimShape = z.object({
  u: z.uuid(),
  p: z.array(z.uuid()).max(100),
  d: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  s: z.string().max(64),
  x: z.number().int().positive(),
});

function mac(payload: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`schedule-view:${payload}`).digest();
}

/** The sealed path segment for a claim. Equal claims give equal segments: one cache entry each. */
export function sealScheduleView(claim: ScheduleViewClaim, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ u: claim.userId, p: [...claim.personIds].sort(), d: claim.day, s: claim.stamp, x: claim.until })).toString(
    "base64url",
  );
  return `${payload}.${mac(payload, secret).toString("base64url")}`;
}

/** The claim a segment carries, or null when this server did not seal it, it is malformed, or its time is up. */
export function openScheduleView(segment: string, secret: string, now: Date): ScheduleViewClaim | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const [payload, signature, ...rest] = decoded.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const claim = claimShape.safeParse(parsed);
  if (!claim.success || claim.data.x * 1000 <= now.getTime()) return null;
  return { userId: claim.data.u, personIds: claim.data.p, day: claim.data.d, stamp: claim.data.s, until: claim.data.x };
}

/**
 * A short digest of everything, besides whose it is and the day asked for, that decides what the
 * page shows and that the proxy knows cheaply: the database's write count (every write marks it,
 * lib/cache/cached-view-generation.ts), the memberships with their releases, and today's date in
 * each event's zone (the day shown when none is asked for).
 */
export function scheduleViewStamp(parts: unknown): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 22);
}
