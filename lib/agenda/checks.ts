// Pure agenda checks: no I/O, unit-tested. Errors block a release (clashes unless the organizer
// states why); the agenda builder runs the same code for what it shows next to each item.
import { DateTime } from "luxon";
import type { agendaItemKind } from "@/db/schema/enums";
import { eventDays, isValidTimeZone } from "@/lib/time/zoned";

export type AgendaKind = (typeof agendaItemKind.enumValues)[number];

/** `notComing`: the person declined or withdrew but is still linked to the item. */
export type CheckPerson = { personId: string; role: "moderator" | "speaker"; partyId: string; notComing?: boolean };
export type CheckItem = {
  id: string;
  title: string;
  kind: AgendaKind;
  place: string;
  startsAt: Date;
  endsAt: Date;
  people: CheckPerson[]; // moderators and speakers
  officialIds: string[]; // officials met (meetings with officials)
};
export type CheckEvent = { firstDay: string; lastDay: string; timeZone: string; partyIds: string[] };
export type FindingCode =
  "outsideEvent" | "endBeforeStart" | "placeOverlap" | "personDoubleBooked" | "meetingWithoutOfficial" | "oneSidedPanel" | "personNotComing";
export type Finding = {
  itemId: string;
  severity: "error" | "warning";
  code: FindingCode;
  otherItemId?: string;
  personId?: string;
  partyId?: string;
};

/** Sessions where the two sides are expected to be heard; breaks, travel and cultural items are not. */
const PARITY_KINDS: ReadonlySet<AgendaKind> = new Set<AgendaKind>(["plenary", "thematic_session", "working_group", "press_conference"]);

/** Codes in the order of the FindingCode union, used to sort findings of one item. */
const CODE_ORDER: Record<FindingCode, number> = {
  outsideEvent: 0,
  endBeforeStart: 1,
  placeOverlap: 2,
  personDoubleBooked: 3,
  meetingWithoutOfficial: 4,
  oneSidedPanel: 5,
  personNotComing: 6,
};

/** Every finding for every item of the agenda, sorted (see `sortFindings`). */
export function checkAgenda(items: CheckItem[], event: CheckEvent): Finding[] {
  const bounds = eventBounds(event);
  const findings: Finding[] = items.flatMap((item) => ownFindings(item, event, bounds));

  // Sweep by start: an item overlaps exactly the earlier-starting items still running when it
  // starts, so only overlapping pairs are compared (O(n log n + overlapping pairs)).
  const timed = items.filter(hasDuration).sort(byStartThenId);
  let running: CheckItem[] = [];
  for (const item of timed) {
    const start = item.startsAt.getTime();
    running = running.filter((other) => other.endsAt.getTime() > start);
    for (const other of running) findings.push(...pairFindings(other, item));
    running.push(item);
  }

  return sortFindings(findings, items);
}

/**
 * The findings of one item (e.g. a draft being edited, possibly not yet saved) against the rest
 * of the agenda. Only findings about `item` are returned; an entry of `others` with the same id
 * (the saved version of the item being edited) is ignored.
 */
export function checkItem(item: CheckItem, others: CheckItem[], event: CheckEvent): Finding[] {
  const rest = others.filter((other) => other.id !== item.id);
  const findings = ownFindings(item, event, eventBounds(event));
  if (hasDuration(item)) {
    for (const other of rest) {
      if (hasDuration(other) && overlaps(item, other)) findings.push(...pairFindings(item, other).filter((f) => f.itemId === item.id));
    }
  }
  return sortFindings(findings, [item, ...rest]);
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}

/**
 * Errors an organizer may release over with a stated reason: two sessions in one place at once, or
 * one person booked in both. Real programmes have them on purpose (a plenary split in one hall, a
 * moderator who opens two panels), so they block a release unless overridden; an item outside the
 * event's days or ending before it starts never goes out.
 */
export const CLASH_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(["placeOverlap", "personDoubleBooked"]);

/** The errors no reason can release over. */
export function blockingErrors(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === "error" && !CLASH_CODES.has(finding.code));
}

/** The clashes of an agenda, each pair once (the checks report a clash on both of its items). */
export function clashes(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    if (!CLASH_CODES.has(finding.code)) return false;
    const pair = [finding.itemId, finding.otherItemId ?? ""].sort().join(" ");
    const key = `${finding.code} ${pair} ${finding.personId ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Findings grouped by the item they are about, keeping their order. */
export function findingsByItem(findings: Finding[]): Map<string, Finding[]> {
  const byItem = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byItem.get(finding.itemId);
    if (list) list.push(finding);
    else byItem.set(finding.itemId, [finding]);
  }
  return byItem;
}

// ── the rules ────────────────────────────────────────────────────────────────────────────────

/** The event as a half-open range of instants [start, end): first local midnight to the midnight after the last day. */
type Bounds = { start: number; end: number } | "noDays" | "unknownZone";

function eventBounds(event: CheckEvent): Bounds {
  const days = eventDays(event.firstDay, event.lastDay);
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return "noDays";
  if (!isValidTimeZone(event.timeZone)) return "unknownZone";
  // startOf("day") is the real start of the local day, even in a zone whose clocks skip midnight.
  const start = DateTime.fromISO(first, { zone: event.timeZone }).startOf("day");
  const end = DateTime.fromISO(last, { zone: event.timeZone }).plus({ days: 1 }).startOf("day");
  return { start: start.toMillis(), end: end.toMillis() };
}

function isOutside(item: CheckItem, bounds: Bounds): boolean {
  if (bounds === "unknownZone") return false; // cannot judge local days without a zone
  if (bounds === "noDays") return true;
  const start = item.startsAt.getTime();
  const end = item.endsAt.getTime();
  const startInside = start >= bounds.start && start < bounds.end;
  // An item may end exactly at midnight after the last day.
  const endInside = end > bounds.start && end <= bounds.end;
  return !startInside || !endInside;
}

/** The rules about a single item, independent of the rest of the agenda. */
function ownFindings(item: CheckItem, event: CheckEvent, bounds: Bounds): Finding[] {
  const findings: Finding[] = [];
  if (isOutside(item, bounds)) findings.push({ itemId: item.id, severity: "error", code: "outsideEvent" });
  if (!hasDuration(item)) findings.push({ itemId: item.id, severity: "error", code: "endBeforeStart" });
  if (item.kind === "meeting_with_officials" && item.officialIds.length === 0) {
    findings.push({ itemId: item.id, severity: "warning", code: "meetingWithoutOfficial" });
  }
  const oneSide = oneSidedParty(item, event);
  if (oneSide !== null) findings.push({ itemId: item.id, severity: "warning", code: "oneSidedPanel", partyId: oneSide });
  for (const personId of new Set(item.people.filter((p) => p.notComing).map((p) => p.personId))) {
    findings.push({ itemId: item.id, severity: "warning", code: "personNotComing", personId });
  }
  return findings;
}

/** The party every moderator and speaker of a parity-checked session belongs to, when the event has other sides too. */
function oneSidedParty(item: CheckItem, event: CheckEvent): string | null {
  if (!PARITY_KINDS.has(item.kind)) return null;
  if (new Set(event.partyIds).size < 2) return null;
  // People who are not coming do not count towards balance.
  const partyByPerson = new Map(item.people.filter((person) => !person.notComing).map((person) => [person.personId, person.partyId]));
  // A person who both moderates and speaks counts once.
  if (partyByPerson.size < 2) return null;
  const parties = new Set(partyByPerson.values());
  const [only] = parties;
  return parties.size === 1 && only !== undefined ? only : null;
}

/** Findings on both items of an overlapping pair: a shared place, and each person booked in both. */
function pairFindings(a: CheckItem, b: CheckItem): Finding[] {
  const findings: Finding[] = [];
  const place = placeKey(a.place);
  if (place !== "" && place === placeKey(b.place)) {
    findings.push(
      { itemId: a.id, severity: "error", code: "placeOverlap", otherItemId: b.id },
      { itemId: b.id, severity: "error", code: "placeOverlap", otherItemId: a.id },
    );
  }
  // Someone who is not coming cannot be in two places; personNotComing already says what to fix.
  const inB = new Set(b.people.filter((person) => !person.notComing).map((person) => person.personId));
  for (const personId of new Set(a.people.filter((person) => !person.notComing).map((person) => person.personId))) {
    if (!inB.has(personId)) continue;
    findings.push(
      { itemId: a.id, severity: "error", code: "personDoubleBooked", otherItemId: b.id, personId },
      { itemId: b.id, severity: "error", code: "personDoubleBooked", otherItemId: a.id, personId },
    );
  }
  return findings;
}

/** "  Hall   A " and "hall a" are the same place; an empty place is no place. */
function placeKey(place: string): string {
  return place.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A real interval: end after start. Items without one are reported as endBeforeStart and never overlap. */
function hasDuration(item: CheckItem): boolean {
  return item.endsAt.getTime() > item.startsAt.getTime();
}

/** Half-open intervals [start, end): touching items do not overlap. */
function overlaps(a: CheckItem, b: CheckItem): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

function byStartThenId(a: CheckItem, b: CheckItem): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || compareStrings(a.id, b.id);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Like subtraction, but equal infinities compare equal instead of giving NaN. */
function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Deterministic order: by the item's start, then item id, then errors first, then code (in the
 * order of FindingCode), then the other item's start and id, then person and party.
 */
function sortFindings(findings: Finding[], items: CheckItem[]): Finding[] {
  const startById = new Map(items.map((item) => [item.id, item.startsAt.getTime()]));
  const startOf = (id: string | undefined): number => (id === undefined ? -Infinity : (startById.get(id) ?? Infinity));
  return [...findings].sort(
    (a, b) =>
      compareNumbers(startOf(a.itemId), startOf(b.itemId)) ||
      compareStrings(a.itemId, b.itemId) ||
      severityRank(a) - severityRank(b) ||
      CODE_ORDER[a.code] - CODE_ORDER[b.code] ||
      compareNumbers(startOf(a.otherItemId), startOf(b.otherItemId)) ||
      compareStrings(a.otherItemId ?? "", b.otherItemId ?? "") ||
      compareStrings(a.personId ?? "", b.personId ?? "") ||
      compareStrings(a.partyId ?? "", b.partyId ?? ""),
  );
}

function severityRank(finding: Finding): number {
  return finding.severity === "error" ? 0 : 1;
}
