import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { agendaReleases, events } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { changelogFor, releaseFor, type Change } from "./changelog";
import { hasErrors } from "./checks";
import { loadOrganizerAgenda } from "./organizer-agenda";
import { nameParticipants } from "./participants";
import { insertRelease, snapshotAgenda } from "./release-store";
import { sameSnapshot, toTimetableEntry } from "./release-snapshot";
import type { Audience } from "./rules";

async function releasesOf(db: Executor, eventId: string, limit?: number) {
  const query = db
    .select({ version: agendaReleases.version, note: agendaReleases.note, releasedAt: agendaReleases.releasedAt, items: agendaReleases.items })
    .from(agendaReleases)
    .where(eq(agendaReleases.eventId, eventId))
    .orderBy(desc(agendaReleases.version));
  return limit ? query.limit(limit) : query;
}

/**
 * Releases the working draft as version `expectedVersion`. Refused when the checks find errors,
 * when nothing changed since the last release, or when someone released in between.
 */
export async function releaseAgenda(
  viewer: OrganizerViewer,
  eventId: string,
  input: { note: string; expectedVersion: number },
): Promise<WriteResult<{ version: number }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const { findings } = await loadOrganizerAgenda(viewer, event);
  if (hasErrors(findings)) return refuse("releases.blockedByErrors");
  const db = await getDb();
  return db.transaction(async (tx) => {
    // One release at a time per event.
    await tx.select({ id: events.id }).from(events).where(eq(events.id, event.id)).for("update");
    const [latest] = await releasesOf(tx, event.id, 1);
    const version = (latest?.version ?? 0) + 1;
    if (version !== input.expectedVersion) return refuse("releases.releasedMeanwhile");
    const items = await snapshotAgenda(tx, event.id);
    if (latest && sameSnapshot(latest.items, items)) return refuse("releases.nothingChanged");
    if (items.length === 0) return refuse("releases.empty");
    await insertRelease(tx, { eventId: event.id, version, note: input.note, items, releasedBy: viewer.userId });
    await audit(tx, { actorUserId: viewer.userId, eventId: event.id, action: "agenda.release", entityType: "event", entityId: event.id, details: { version } });
    return ok({ version });
  });
}

export type ReleaseView = { version: number; note: string; releasedAt: Date; changes: Change[] };

/** Organizer: every release with its changelog, newest first, and what the draft would change now. */
export async function listReleasesForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const [all, draft] = await Promise.all([releasesOf(db, event.id), snapshotAgenda(db, event.id)]);
  const releases: ReleaseView[] = all.map((release, index) => ({
    version: release.version,
    note: release.note,
    releasedAt: release.releasedAt,
    changes: changelogFor(all[index + 1]?.items ?? [], release.items, "organizer"),
  }));
  const latest = all[0];
  return {
    releases,
    nextVersion: (latest?.version ?? 0) + 1,
    unreleased: changelogFor(latest?.items ?? [], draft, "organizer"),
    unreleasedOther: latest ? !sameSnapshot(latest.items, draft) : draft.length > 0,
  };
}

/**
 * What an audience reads: the latest release only, filtered for them, with what changed for
 * them since the release before; names of moderators and speakers as their consent allows.
 */
export async function getReleasedAgenda(eventId: string, audience: Exclude<Audience, "organizer">) {
  const db = await getDb();
  const [latest, previous] = await releasesOf(db, eventId, 2);
  if (!latest) return null;
  const visible = releaseFor(latest.items, audience);
  const visibleIds = new Set(visible.map((item) => item.id));
  // Names are resolved now from the ids the release froze, with today's consent.
  const participants = await nameParticipants(
    latest.items
      .filter((item) => visibleIds.has(item.id) && !(audience === "public" && item.closedDoor))
      .map((item) => ({ ...item, eventId })),
    audience,
  );
  return {
    version: latest.version,
    note: latest.note,
    releasedAt: latest.releasedAt,
    items: visible.map(toTimetableEntry),
    changes: previous ? changelogFor(previous.items, latest.items, audience) : [],
    participants,
  };
}
