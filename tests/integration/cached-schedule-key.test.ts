// Which cached copy of "My schedule" the proxy may serve (lib/schedule/cached-view-key.ts): only a
// live session of a delegate account, only once the latest release has been seen (the first visit
// after one is rendered, to mark the changes), one copy per state of the database (every write
// marks it), and a copy that opens only for its own delegate's person records.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { delegationMembers, people } from "@/db/schema";
import { createAgendaItem } from "@/lib/agenda/queries";
import { listReleasesForOrganizer, releaseAgenda } from "@/lib/agenda/releases";
import { closeServerSession, openServerSession } from "@/lib/auth/server-sessions";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { markCachedViewsChanged, readCachedViewStamp } from "@/lib/cache/cached-view-generation";
import { openScheduleView } from "@/lib/schedule/cached-view";
import { cachedScheduleSegment } from "@/lib/schedule/cached-view-key";
import { agendaItem, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;
const SECRET = "cached-schedule-key-test-secret";
const NOW = new Date("2026-12-05T10:00:00Z");
const noQuery = () => new URLSearchParams();

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

async function seeLatestRelease() {
  const { nextVersion } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
  await db()
    .update(delegationMembers)
    .set({ lastSeenReleaseVersion: nextVersion - 1 })
    .where(eq(delegationMembers.personId, ids.delegatePersonId));
}

async function delegateSession() {
  return { userId: ids.delegateId, sessionId: await openServerSession(ids.delegateId) };
}

describe("cachedScheduleSegment", () => {
  it("renders the first visit after a release (it marks the changes), then serves a copy sealed for the delegate", async () => {
    const session = await delegateSession();
    await db().update(delegationMembers).set({ lastSeenReleaseVersion: null }).where(eq(delegationMembers.personId, ids.delegatePersonId));
    expect(await cachedScheduleSegment(session, noQuery(), NOW, SECRET)).toBeNull();

    await seeLatestRelease();
    const segment = await cachedScheduleSegment(session, noQuery(), NOW, SECRET);
    expect(segment).not.toBeNull();
    const personIds = (await db().select({ id: people.id }).from(people).where(eq(people.userId, ids.delegateId))).map((p) => p.id);
    expect(openScheduleView(segment!, SECRET, NOW)).toMatchObject({ userId: ids.delegateId, personIds: personIds.sort(), day: null });
    expect(openScheduleView(segment!, "another secret", NOW)).toBeNull();
  });

  it("keeps one copy while nothing is written, and a new one after any write", async () => {
    const session = await delegateSession();
    await seeLatestRelease();
    const before = await cachedScheduleSegment(session, noQuery(), NOW, SECRET);
    expect(await cachedScheduleSegment(session, noQuery(), NOW, SECRET)).toBe(before);

    const stamp = await readCachedViewStamp(db());
    await markCachedViewsChanged(db());
    expect((await readCachedViewStamp(db()))!.generation).toBe(stamp!.generation + 1);
    expect(await cachedScheduleSegment(session, noQuery(), NOW, SECRET)).not.toBe(before);
  });

  it("renders again after a new release until the delegate has seen it", async () => {
    const session = await delegateSession();
    await seeLatestRelease();
    expect(await cachedScheduleSegment(session, noQuery(), NOW, SECRET)).not.toBeNull();
    expect((await createAgendaItem(organizer, ids.eventId, agendaItem({ title: "An added session" }))).ok).toBe(true);
    const { nextVersion } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
    const released = await releaseAgenda(organizer, ids.eventId, { note: "A session added", expectedVersion: nextVersion });
    expect(released).toMatchObject({ ok: true });
    expect(await cachedScheduleSegment(session, noQuery(), NOW, SECRET)).toBeNull();
    await seeLatestRelease();
    expect(await cachedScheduleSegment(session, noQuery(), NOW, SECRET)).not.toBeNull();
  });

  it("gives the day asked for its own copy, and renders any other address", async () => {
    const session = await delegateSession();
    await seeLatestRelease();
    const day = await cachedScheduleSegment(session, new URLSearchParams({ day: "2026-02-14" }), NOW, SECRET);
    expect(openScheduleView(day!, SECRET, NOW)).toMatchObject({ day: "2026-02-14" });
    expect(day).not.toBe(await cachedScheduleSegment(session, noQuery(), NOW, SECRET));
    for (const query of ["day=tomorrow", "day=2026-02-14&day=2026-02-13", `day=2026-02-14&event=${ids.eventId}&since=1`, "utm_source=mail"]) {
      expect(await cachedScheduleSegment(session, new URLSearchParams(query), NOW, SECRET), query).toBeNull();
    }
  });

  it("serves nothing without a live session of a delegate account", async () => {
    const session = await delegateSession();
    await seeLatestRelease();
    expect(await cachedScheduleSegment({ ...session, sessionId: "not-a-session" }, noQuery(), NOW, SECRET)).toBeNull();
    expect(await cachedScheduleSegment({ ...session, userId: ids.organizerId }, noQuery(), NOW, SECRET)).toBeNull();
    const organizerSession = { userId: ids.organizerId, sessionId: await openServerSession(ids.organizerId) };
    expect(await cachedScheduleSegment(organizerSession, noQuery(), NOW, SECRET)).toBeNull();
    // Signed out: the server-side session is gone, whatever the cookie says.
    await closeServerSession(session.sessionId);
    expect(await cachedScheduleSegment(session, noQuery(), NOW, SECRET)).toBeNull();
    // Expired.
    const later = await delegateSession();
    expect(await cachedScheduleSegment(later, noQuery(), new Date(Date.now() + 13 * 3_600_000), SECRET)).toBeNull();
  });
});
