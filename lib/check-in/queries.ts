import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { checkIns, crossingPeople, crossingPoints, crossings, delegationMembers, delegations, parties, people, users } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer, type OrganizerEvent } from "@/lib/events/queries";
import { eventDays } from "@/lib/time/zoned";
import { checkpointKey, parseCheckpoint, type Checkpoint, type RosterPerson, type ServerCheckIn, type SyncResult } from "./rules";
import type { CheckInSyncInput } from "./schema";
import { verifyCheckInCode } from "./token";

// Check-in is run by the people who run the event: every function takes an organizer and checks
// (with the capability "plan") that the event is in their team's scope before it reads or writes;
// checkpoints, people and check-in ids from the phone are re-scoped to that event. Nothing here
// returns contact or travel data: names and party only.

/** A phone clock more than this far ahead of the server is not believed. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export type CheckpointOption =
  | { key: string; kind: "venue"; day: string }
  | { key: string; kind: "crossing"; crossingId: string; direction: "entry" | "exit"; plannedAt: Date; pointName: string; partyName: string };

/** The checkpoints of an event: the venue on each of its days, then each planned crossing in time order. */
export async function listCheckpoints(viewer: OrganizerViewer, eventId: string): Promise<CheckpointOption[] | null> {
  const event = await getEventForOrganizer(viewer, eventId, "plan");
  if (!event) return null;
  const db = await getDb();
  const rows = await db
    .select({ id: crossings.id, direction: crossings.direction, plannedAt: crossings.plannedAt, pointName: crossingPoints.name, partyName: parties.name })
    .from(crossings)
    .innerJoin(crossingPoints, eq(crossingPoints.id, crossings.crossingPointId))
    .innerJoin(delegations, eq(delegations.id, crossings.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(eq(crossings.eventId, event.id))
    .orderBy(asc(crossings.plannedAt), asc(parties.name));
  return [
    ...eventDays(event.firstDay, event.lastDay).map((day) => ({ key: checkpointKey({ kind: "venue", day }), kind: "venue" as const, day })),
    ...rows.map((row) => ({ key: checkpointKey({ kind: "crossing", crossingId: row.id }), kind: "crossing" as const, crossingId: row.id, ...row })),
  ];
}

/**
 * Who is expected at a checkpoint: the confirmed delegates of the event at the venue; at a
 * crossing, the confirmed delegates of its delegation on its manifest (the whole confirmed
 * delegation when the manifest is empty). Null when the checkpoint is not one of this event's.
 */
async function expectedAt(db: Executor, event: OrganizerEvent, checkpoint: Checkpoint): Promise<RosterPerson[] | null> {
  const columns = {
    memberId: delegationMembers.id,
    nameLatin: people.nameLatin,
    nameNative: people.nameNative,
    partyId: parties.id,
    partyName: parties.name,
  };
  const confirmed = and(eq(delegationMembers.eventId, event.id), eq(delegationMembers.status, "confirmed"));
  const base = () =>
    db
      .select(columns)
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
      .innerJoin(parties, eq(parties.id, delegations.partyId));
  if (checkpoint.kind === "venue") {
    if (!eventDays(event.firstDay, event.lastDay).includes(checkpoint.day)) return null;
    return base().where(confirmed).orderBy(asc(people.nameLatin));
  }
  const [crossing] = await db
    .select({ id: crossings.id, delegationId: crossings.delegationId })
    .from(crossings)
    .where(and(eq(crossings.id, checkpoint.crossingId), eq(crossings.eventId, event.id)));
  if (!crossing) return null;
  const manifest = await db.select({ personId: crossingPeople.personId }).from(crossingPeople).where(eq(crossingPeople.crossingId, crossing.id));
  const ofDelegation = and(confirmed, eq(delegationMembers.delegationId, crossing.delegationId));
  return base()
    .where(
      manifest.length > 0
        ? and(
            ofDelegation,
            inArray(
              delegationMembers.personId,
              manifest.map((m) => m.personId),
            ),
          )
        : ofDelegation,
    )
    .orderBy(asc(people.nameLatin));
}

function atCheckpoint(checkpoint: Checkpoint) {
  return checkpoint.kind === "venue" ? eq(checkIns.venueDay, checkpoint.day) : eq(checkIns.crossingId, checkpoint.crossingId);
}

async function activeCheckIns(db: Executor, eventId: string, checkpoint: Checkpoint): Promise<ServerCheckIn[]> {
  const rows = await db
    .select({
      id: checkIns.id,
      memberId: checkIns.memberId,
      checkedInAt: checkIns.checkedInAt,
      by: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(checkIns)
    .leftJoin(users, eq(users.id, checkIns.byUserId))
    .where(and(eq(checkIns.eventId, eventId), atCheckpoint(checkpoint), isNull(checkIns.undoneAt)));
  return rows.map((row) => ({ ...row, checkedInAt: row.checkedInAt.toISOString() }));
}

/** The check-in list of one checkpoint: who is expected and who is in. Null when out of scope or not a checkpoint of the event. */
export async function getCheckpointList(viewer: OrganizerViewer, eventId: string, key: string) {
  const event = await getEventForOrganizer(viewer, eventId, "plan");
  const checkpoint = parseCheckpoint(key);
  if (!event || !checkpoint) return null;
  const db = await getDb();
  const roster = await expectedAt(db, event, checkpoint);
  if (!roster) return null;
  const expected = new Set(roster.map((person) => person.memberId));
  const checkedIn = (await activeCheckIns(db, event.id, checkpoint)).filter((row) => expected.has(row.memberId));
  return { key: checkpointKey(checkpoint), roster, checkedIn };
}

function refused(op: { id: string; op: "checkIn" | "undo" }, reason: string): SyncResult {
  return { id: op.id, op: op.op, status: "refused", reason };
}

/**
 * Applies a batch the organizer's phone queued, in order, in one transaction, idempotently: an
 * operation already applied (same id) answers as it did the first time; a second check-in of the
 * same person at the same checkpoint is answered with the first ("already checked in at … by …")
 * and counted once. Null when the event is not in the organizer's scope.
 */
export async function syncCheckIns(viewer: OrganizerViewer, eventId: string, input: CheckInSyncInput, now: Date = new Date()): Promise<SyncResult[] | null> {
  const event = await getEventForOrganizer(viewer, eventId, "plan");
  if (!event) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const results: SyncResult[] = [];
    const rosters = new Map<string, Set<string> | null>();
    for (const op of input.ops) {
      const checkpoint = parseCheckpoint(op.checkpoint);
      if (!checkpoint) {
        results.push(refused(op, "unknownCheckpoint"));
        continue;
      }
      const key = checkpointKey(checkpoint);
      if (!rosters.has(key)) {
        const roster = await expectedAt(tx, event, checkpoint);
        rosters.set(key, roster ? new Set(roster.map((person) => person.memberId)) : null);
      }
      const expected = rosters.get(key);
      if (!expected) {
        results.push(refused(op, "unknownCheckpoint"));
        continue;
      }

      // The same id again: answer as the first time (the row is this event's, or the id is not free).
      const [existing] = await tx
        .select({
          eventId: checkIns.eventId,
          memberId: checkIns.memberId,
          checkedInAt: checkIns.checkedInAt,
          undoneAt: checkIns.undoneAt,
          by: sql<string | null>`coalesce(${users.name}, ${users.email})`,
        })
        .from(checkIns)
        .leftJoin(users, eq(users.id, checkIns.byUserId))
        .where(eq(checkIns.id, op.id));

      if (op.op === "undo") {
        if (!existing || existing.eventId !== event.id) {
          results.push(refused(op, "notFound"));
          continue;
        }
        if (!existing.undoneAt) {
          await tx
            .update(checkIns)
            .set({ undoneAt: now, undoneByUserId: viewer.userId })
            .where(and(eq(checkIns.id, op.id), eq(checkIns.eventId, event.id), isNull(checkIns.undoneAt)));
          await audit(tx, {
            actorUserId: viewer.userId,
            eventId: event.id,
            action: "check_in.undo",
            entityType: "check_in",
            entityId: op.id,
            details: { checkpoint: key },
          });
        }
        results.push({ id: op.id, op: "undo", status: "undone" });
        continue;
      }

      if (existing) {
        if (existing.eventId !== event.id) results.push(refused(op, "notFound"));
        else
          results.push({
            id: op.id,
            op: "checkIn",
            status: "saved",
            memberId: existing.memberId,
            checkedInAt: existing.checkedInAt.toISOString(),
            by: existing.by,
          });
        continue;
      }

      // A scanned or typed code must be genuine, of this event, and name the person checked in.
      if (op.code !== undefined) {
        const verdict = verifyCheckInCode(op.code, event.id);
        if (!verdict.ok) {
          results.push(refused(op, verdict.reason));
          continue;
        }
        if (verdict.memberId !== op.memberId.toLowerCase()) {
          results.push(refused(op, "codeForged"));
          continue;
        }
      }
      if (!expected.has(op.memberId.toLowerCase())) {
        results.push(refused(op, "notExpected"));
        continue;
      }

      const claimed = new Date(op.checkedInAt);
      const checkedInAt = claimed.getTime() > now.getTime() + CLOCK_SKEW_MS ? now : claimed;
      const [inserted] = await tx
        .insert(checkIns)
        .values({
          id: op.id,
          eventId: event.id,
          memberId: op.memberId,
          venueDay: checkpoint.kind === "venue" ? checkpoint.day : null,
          crossingId: checkpoint.kind === "crossing" ? checkpoint.crossingId : null,
          checkedInAt,
          recordedAt: now,
          byUserId: viewer.userId,
        })
        .onConflictDoNothing()
        .returning({ id: checkIns.id });
      if (inserted) {
        results.push({
          id: op.id,
          op: "checkIn",
          status: "saved",
          memberId: op.memberId,
          checkedInAt: checkedInAt.toISOString(),
          by: viewer.name ?? viewer.email,
        });
        continue;
      }
      // Someone (another phone) checked this person in here first: theirs counts, this one is told.
      const [first] = await tx
        .select({ id: checkIns.id, checkedInAt: checkIns.checkedInAt, by: sql<string | null>`coalesce(${users.name}, ${users.email})` })
        .from(checkIns)
        .leftJoin(users, eq(users.id, checkIns.byUserId))
        .where(and(eq(checkIns.eventId, event.id), atCheckpoint(checkpoint), eq(checkIns.memberId, op.memberId), isNull(checkIns.undoneAt)));
      if (!first) {
        // The id itself was taken a moment ago by a concurrent replay of this same batch.
        results.push(refused(op, "tryAgain"));
        continue;
      }
      results.push({
        id: op.id,
        op: "checkIn",
        status: "already",
        memberId: op.memberId,
        existingId: first.id,
        checkedInAt: first.checkedInAt.toISOString(),
        by: first.by,
      });
    }
    return results;
  });
}

export type AttendanceLine = {
  key: string;
  kind: "venue" | "crossing";
  day: string | null;
  crossing: { direction: "entry" | "exit"; plannedAt: Date; pointName: string } | null;
  counts: { partyName: string; checkedIn: number }[];
};

/**
 * Attendance for the records: per checkpoint that has check-ins, how many people of each party
 * were checked in (numbers only, no names). Needs the "records" capability, like the records page.
 */
export async function attendanceForRecords(viewer: OrganizerViewer, eventId: string): Promise<AttendanceLine[] | null> {
  const event = await getEventForOrganizer(viewer, eventId, "records");
  if (!event) return null;
  const db = await getDb();
  const rows = await db
    .select({
      venueDay: checkIns.venueDay,
      crossingId: checkIns.crossingId,
      partyName: parties.name,
      checkedIn: sql<number>`count(*)::int`,
    })
    .from(checkIns)
    .innerJoin(delegationMembers, eq(delegationMembers.id, checkIns.memberId))
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(and(eq(checkIns.eventId, event.id), eq(delegationMembers.eventId, event.id), isNull(checkIns.undoneAt)))
    .groupBy(checkIns.venueDay, checkIns.crossingId, parties.name);
  const crossingIds = [...new Set(rows.flatMap((row) => (row.crossingId ? [row.crossingId] : [])))];
  const crossingRows = crossingIds.length
    ? await db
        .select({ id: crossings.id, direction: crossings.direction, plannedAt: crossings.plannedAt, pointName: crossingPoints.name })
        .from(crossings)
        .innerJoin(crossingPoints, eq(crossingPoints.id, crossings.crossingPointId))
        .where(and(eq(crossings.eventId, event.id), inArray(crossings.id, crossingIds)))
    : [];
  const crossingById = new Map(crossingRows.map((row) => [row.id, row]));
  const lines = new Map<string, AttendanceLine>();
  for (const row of rows) {
    const key = row.venueDay ? checkpointKey({ kind: "venue", day: row.venueDay }) : checkpointKey({ kind: "crossing", crossingId: row.crossingId! });
    const crossing = row.crossingId ? crossingById.get(row.crossingId) : undefined;
    const line = lines.get(key) ?? {
      key,
      kind: row.venueDay ? "venue" : "crossing",
      day: row.venueDay,
      crossing: crossing ? { direction: crossing.direction, plannedAt: crossing.plannedAt, pointName: crossing.pointName } : null,
      counts: [],
    };
    line.counts.push({ partyName: row.partyName, checkedIn: row.checkedIn });
    lines.set(key, line);
  }
  const sorted = [...lines.values()].map((line) => ({ ...line, counts: line.counts.sort((a, b) => a.partyName.localeCompare(b.partyName)) }));
  const when = (line: AttendanceLine) => (line.day ? `${line.day}T00:00:00Z` : (line.crossing?.plannedAt.toISOString() ?? ""));
  return sorted.sort((a, b) => when(a).localeCompare(when(b)));
}
