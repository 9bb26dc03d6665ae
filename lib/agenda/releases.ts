import "server-only";
import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb, type Executor, type Tx } from "@/db/client";
import { agendaReleases, auditLog, delegationMembers, events, people } from "@/db/schema";
import { LISTED_STATUSES } from "@/lib/delegations/consent";
import type { MailContext } from "@/lib/invitations/issue";
import { deliverMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { composeChangeMail } from "./change-mail";
import { noticeFor } from "./change-notices";
import { changelogFor, releaseFor, type Change } from "./changelog";
import { blockingErrors, clashes } from "./checks";
import { loadOrganizerAgenda } from "./organizer-agenda";
import { nameParticipants } from "./participants";
import { insertRelease, snapshotAgenda } from "./release-store";
import { sameSnapshot, toTimetableEntry, type ReleaseSnapshotItem } from "./release-snapshot";
import type { Audience } from "./rules";

async function releasesOf(db: Executor, eventId: string, limit?: number) {
  const query = db
    .select({
      version: agendaReleases.version,
      note: agendaReleases.note,
      clashOverride: agendaReleases.clashOverride,
      clashCount: agendaReleases.clashCount,
      releasedAt: agendaReleases.releasedAt,
      items: agendaReleases.items,
    })
    .from(agendaReleases)
    .where(eq(agendaReleases.eventId, eventId))
    .orderBy(desc(agendaReleases.version));
  return limit ? query.limit(limit) : query;
}

/**
 * Releases the working draft as version `expectedVersion`. Refused when the checks find an error
 * no reason releases over (an item outside the event's days), when they find clashes and no
 * `clashOverride` says why to release anyway (kept with the release, in its changelog), when
 * nothing changed since the last release, or when someone released in between.
 */
export async function releaseAgenda(
  viewer: OrganizerViewer,
  eventId: string,
  input: { note: string; expectedVersion: number; clashOverride?: string },
  /** When given, each delegate whose schedule the release changes gets one message. */
  notify?: MailContext,
): Promise<WriteResult<{ version: number; notified: number }>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  const { findings } = await loadOrganizerAgenda(viewer, event);
  if (blockingErrors(findings).length > 0) return refuse("releases.blockedByErrors");
  const clashCount = clashes(findings).length;
  const clashOverride = clashCount > 0 ? (input.clashOverride ?? "").trim() : "";
  if (clashCount > 0 && !clashOverride) return refuse("clashesNeedReason", "clashOverride");
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<WriteResult<{ version: number; outboxIds: string[] }>> => {
    // One release at a time per event.
    await tx.select({ id: events.id }).from(events).where(eq(events.id, event.id)).for("update");
    const [latest] = await releasesOf(tx, event.id, 1);
    const version = (latest?.version ?? 0) + 1;
    if (version !== input.expectedVersion) return refuse("releases.releasedMeanwhile");
    const items = await snapshotAgenda(tx, event.id);
    if (latest && sameSnapshot(latest.items, items)) return refuse("releases.nothingChanged");
    if (items.length === 0) return refuse("releases.empty");
    await insertRelease(tx, { eventId: event.id, version, note: input.note, items, releasedBy: viewer.userId, clashOverride, clashCount });
    // The first release is the programme itself, not a change: nobody is told of "changes".
    const outboxIds =
      latest && notify
        ? await queueChangeNotices(tx, { event, version, note: input.note, previous: latest.items, next: items, notify, actorUserId: viewer.userId })
        : [];
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "agenda.release",
      entityType: "event",
      entityId: event.id,
      details: { version, notified: outboxIds.length, ...(clashCount > 0 ? { clashCount, clashOverride } : {}) },
    });
    return ok({ version, outboxIds });
  });
  if (!result.ok) return result;
  await deliverMail(db, result.value.outboxIds);
  return ok({ version: result.value.version, notified: result.value.outboxIds.length });
}

/**
 * One message per delegate whose schedule the release changes: people coming (registered or
 * confirmed) with an email address, listing the changes they can see and their own new or lost
 * roles. Inside the release transaction, so a message exists only for a release that happened.
 */
async function queueChangeNotices(
  tx: Tx,
  args: {
    event: { id: string; title: string; timeZone: string };
    version: number;
    note: string;
    previous: ReleaseSnapshotItem[];
    next: ReleaseSnapshotItem[];
    notify: MailContext;
    actorUserId: string;
  },
): Promise<string[]> {
  const delegates = await tx
    .select({ personId: people.id, name: people.nameLatin, email: people.email })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(and(eq(delegationMembers.eventId, args.event.id), inArray(delegationMembers.status, [...LISTED_STATUSES]), isNotNull(people.email)));
  const link = `${args.notify.origin.replace(/\/+$/, "")}/${args.notify.locale}/schedule`;
  const outboxIds: string[] = [];
  for (const delegate of delegates) {
    const notice = noticeFor(args.previous, args.next, delegate.personId);
    if (!notice) continue;
    const mail = await composeChangeMail(
      {
        locale: args.notify.locale,
        eventTitle: args.event.title,
        timeZone: args.event.timeZone,
        version: args.version,
        note: args.note,
        link,
        name: delegate.name,
      },
      notice,
    );
    outboxIds.push(await enqueueMail(tx, { eventId: args.event.id, createdByUserId: args.actorUserId, kind: "agenda-change", to: delegate.email!, ...mail }));
  }
  return outboxIds;
}

/**
 * `notified`: how many delegates were sent the changes that concern them (null: not recorded);
 * `clashOverride` and `clashCount`: why it went out over clashes, and how many ("" and 0: none).
 */
export type ReleaseView = {
  version: number;
  note: string;
  releasedAt: Date;
  changes: Change[];
  notified: number | null;
  clashOverride: string;
  clashCount: number;
};

/** Organizer: every release with its changelog, newest first, and what the draft would change now. */
export async function listReleasesForOrganizer(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  const db = await getDb();
  const [all, draft, logged] = await Promise.all([
    releasesOf(db, event.id),
    snapshotAgenda(db, event.id),
    db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.eventId, event.id), eq(auditLog.action, "agenda.release"))),
  ]);
  const notifiedByVersion = new Map(
    logged.filter((entry) => typeof entry.details.notified === "number").map((entry) => [entry.details.version as number, entry.details.notified as number]),
  );
  const releases: ReleaseView[] = all.map((release, index) => ({
    version: release.version,
    note: release.note,
    clashOverride: release.clashOverride,
    clashCount: release.clashCount,
    releasedAt: release.releasedAt,
    changes: changelogFor(all[index + 1]?.items ?? [], release.items, "organizer"),
    notified: notifiedByVersion.get(release.version) ?? null,
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
    latest.items.filter((item) => visibleIds.has(item.id) && !(audience === "public" && item.closedDoor)).map((item) => ({ ...item, eventId })),
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
