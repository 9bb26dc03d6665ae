// Pure rules of the check-in screen, shared by the organizer's phone and the server: checkpoints,
// name matching across scripts, the offline queue and its merge with what the server confirmed,
// and the counts per party. No I/O here.

/** Where people are checked in: the venue on one of the event's days, or one planned border crossing. */
export type Checkpoint = { kind: "venue"; day: string } | { kind: "crossing"; crossingId: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The checkpoint as one string, for URLs, storage keys and the sync: `venue:2026-02-13`, `crossing:<id>`. */
export function checkpointKey(checkpoint: Checkpoint): string {
  return checkpoint.kind === "venue" ? `venue:${checkpoint.day}` : `crossing:${checkpoint.crossingId.toLowerCase()}`;
}

export function parseCheckpoint(key: unknown): Checkpoint | null {
  if (typeof key !== "string") return null;
  const [kind, value = "", ...rest] = key.split(":");
  if (rest.length > 0) return null;
  if (kind === "venue" && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return { kind: "venue", day: value };
  if (kind === "crossing" && UUID.test(value)) return { kind: "crossing", crossingId: value.toLowerCase() };
  return null;
}

// Letters that have no decomposition but are typed without their mark on many keyboards.
const FOLDS: Record<string, string> = { ı: "i", ə: "e", ø: "o", ł: "l", đ: "d", ß: "ss", ё: "е", й: "и" };

/**
 * A name as the search compares it: Unicode-normalized (NFKD, which also splits the Armenian
 * ligature և into ե + ւ), marks dropped (ş → s, ü → u, й → и), lower case in any script, spaces
 * and punctuation collapsed. "İlham", "ilham" and "ILHAM" are the same; so are "Әлиев" and "әлиев".
 */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLocaleLowerCase("und")
    .replace(/./gu, (letter) => FOLDS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Whether a search matches a person: every word typed starts a word of one of their names (the
 * Latin-script one or the native-script one), in any order. An empty search matches everyone.
 */
export function matchesName(query: string, names: readonly string[]): boolean {
  const words = foldName(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const nameWords = names.flatMap((name) => foldName(name).split(" ")).filter(Boolean);
  return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
}

/** One thing the organizer's phone did, kept until the server confirms it. */
export type QueuedOp =
  { op: "checkIn"; id: string; memberId: string; checkpoint: string; checkedInAt: string; code?: string } | { op: "undo"; id: string; checkpoint: string };

/**
 * Adds an operation to the queue. A check-in of someone already waiting at the same checkpoint
 * is not queued twice; an undo of a check-in that never left the phone simply removes it.
 * Returns the new queue (the old one is not changed).
 */
export function enqueue(queue: readonly QueuedOp[], next: QueuedOp): QueuedOp[] {
  if (queue.some((op) => op.op === next.op && op.id === next.id)) return [...queue];
  if (next.op === "checkIn" && queue.some((op) => op.op === "checkIn" && op.memberId === next.memberId && op.checkpoint === next.checkpoint)) {
    return [...queue];
  }
  if (next.op === "undo" && queue.some((op) => op.op === "checkIn" && op.id === next.id)) {
    return queue.filter((op) => !(op.op === "checkIn" && op.id === next.id));
  }
  return [...queue, next];
}

/** What the server answered for one operation. */
export type SyncResult =
  | { id: string; op: "checkIn"; status: "saved"; memberId: string; checkedInAt: string; by: string | null }
  | { id: string; op: "checkIn"; status: "already"; memberId: string; existingId: string; checkedInAt: string; by: string | null }
  | { id: string; op: "undo"; status: "undone" }
  | { id: string; op: "checkIn" | "undo"; status: "refused"; reason: string };

/**
 * The queue after a sync: every operation the server answered (saved, already there, undone or
 * refused for good, not "try again") leaves it; anything it did not answer (a dropped connection mid-way) stays to
 * be sent again. The same answers applied twice give the same queue.
 */
export function settle(queue: readonly QueuedOp[], results: readonly SyncResult[]): QueuedOp[] {
  // "Try again" is no answer: that one is sent again.
  const answered = new Set(
    results.filter((result) => !(result.status === "refused" && result.reason === "tryAgain")).map((result) => `${result.op}:${result.id}`),
  );
  return queue.filter((op) => !answered.has(`${op.op}:${op.id}`));
}

/** A person on the check-in list, as the screen knows them (no contact data). */
export type RosterPerson = { memberId: string; nameLatin: string; nameNative: string; partyId: string; partyName: string };
/** A check-in the server holds. */
export type ServerCheckIn = { id: string; memberId: string; checkedInAt: string; by: string | null };

export type PersonState = { state: "in"; id: string; checkedInAt: string; by: string | null; waiting: boolean } | { state: "out" };

/**
 * Each person's state at one checkpoint: the server's check-ins, then this phone's queue on top
 * (a waiting check-in shows as in, a waiting undo as out).
 */
export function personStates(checkpoint: string, server: readonly ServerCheckIn[], queue: readonly QueuedOp[]): Map<string, PersonState> {
  const states = new Map<string, PersonState>();
  for (const row of server) states.set(row.memberId, { state: "in", id: row.id, checkedInAt: row.checkedInAt, by: row.by, waiting: false });
  for (const op of queue) {
    if (op.checkpoint !== checkpoint) continue;
    if (op.op === "checkIn") {
      if (states.get(op.memberId)?.state !== "in") states.set(op.memberId, { state: "in", id: op.id, checkedInAt: op.checkedInAt, by: null, waiting: true });
    } else {
      for (const [memberId, state] of states) if (state.state === "in" && state.id === op.id) states.set(memberId, { state: "out" });
    }
  }
  return states;
}

export type PartyCount = { partyId: string; partyName: string; checkedIn: number; expected: number };

/** Checked in / expected per party, in party-name order (neither side first by accident). */
export function countsByParty(roster: readonly RosterPerson[], isIn: (memberId: string) => boolean): PartyCount[] {
  const counts = new Map<string, PartyCount>();
  for (const person of roster) {
    const count = counts.get(person.partyId) ?? { partyId: person.partyId, partyName: person.partyName, checkedIn: 0, expected: 0 };
    count.expected += 1;
    if (isIn(person.memberId)) count.checkedIn += 1;
    counts.set(person.partyId, count);
  }
  return [...counts.values()].sort((a, b) => a.partyName.localeCompare(b.partyName));
}

/** A personal check-in code as printed in the QR: `rt1.<event id>.<member id>.<signature>`. */
export type ParsedCode = { eventId: string; memberId: string; signature: string };

export function parseCheckInCode(text: string): ParsedCode | null {
  const parts = text.trim().split(".");
  if (parts.length !== 4 || parts[0] !== "rt1") return null;
  const [, eventId = "", memberId = "", signature = ""] = parts;
  if (!UUID.test(eventId) || !UUID.test(memberId) || !/^[A-Za-z0-9_-]{22,64}$/.test(signature)) return null;
  return { eventId: eventId.toLowerCase(), memberId: memberId.toLowerCase(), signature };
}
