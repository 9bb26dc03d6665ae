// Pure rules of border crossings: who can be on a manifest, who is on it by default, who is not
// yet on any entry crossing, and which actual times make sense. The queries and pages use these.
import { instantToZonedParts } from "@/lib/time/zoned";

export type MemberStatus = "invited" | "registered" | "confirmed" | "declined" | "withdrawn";
export type Direction = "entry" | "exit";

/** People who declined or withdrew do not cross; everyone else of the delegation may. */
export const MANIFEST_STATUSES: readonly MemberStatus[] = ["invited", "registered", "confirmed"];

/** A new crossing starts with everyone who is actually coming. */
const DEFAULT_STATUSES: readonly MemberStatus[] = ["registered", "confirmed"];

export function canCross(status: MemberStatus): boolean {
  return MANIFEST_STATUSES.includes(status);
}

export function defaultManifest(members: { personId: string; status: MemberStatus }[]): string[] {
  return members.filter((m) => DEFAULT_STATUSES.includes(m.status)).map((m) => m.personId);
}

/** Confirmed members of a delegation who are on none of its entry crossings, in the members' order. */
export function confirmedWithoutEntry<M extends { personId: string; status: MemberStatus }>(
  members: M[],
  crossings: { direction: Direction; personIds: string[] }[],
): M[] {
  const entering = new Set(crossings.filter((c) => c.direction === "entry").flatMap((c) => c.personIds));
  return members.filter((m) => m.status === "confirmed" && !entering.has(m.personId));
}

/**
 * Whether to warn about confirmed people on no entry crossing: always for a visiting delegation;
 * for the host party's only once it plans crossings (an event abroad), as at home nobody crosses.
 */
export function expectsEntryCrossing(delegation: { hostParty: boolean; crossings: unknown[] }): boolean {
  return !delegation.hostParty || delegation.crossings.length > 0;
}

/** How many of the manifest's people there are, and how many of the delegation are confirmed. */
export function manifestCounts(personIds: string[], members: { personId: string; status: MemberStatus }[]) {
  return { onManifest: personIds.length, confirmed: members.filter((m) => m.status === "confirmed").length };
}

/** The database refuses an actual time more than this long before the planned one. */
const EARLIEST_BEFORE_PLANNED_MS = 7 * 24 * 60 * 60 * 1000;
/** Clocks differ a little; more than this ahead of now is a typo, not a crossing. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Why an actual time cannot be right (a catalog key under `errors.`), or null when it can. */
export function actualTimeProblem(plannedAt: Date, actualAt: Date, now: Date): "actualTooEarly" | "actualInFuture" | null {
  if (actualAt.getTime() <= plannedAt.getTime() - EARLIEST_BEFORE_PLANNED_MS) return "actualTooEarly";
  if (actualAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return "actualInFuture";
  return null;
}

/** The manifest's people in the order they are numbered on paper: by Latin name. */
export function manifestPeople<M extends { personId: string; nameLatin: string }>(members: M[], personIds: string[]): M[] {
  const on = new Set(personIds);
  return members.filter((m) => on.has(m.personId)).sort((a, b) => a.nameLatin.localeCompare(b.nameLatin));
}

/** The event-local days ("YYYY-MM-DD") on which crossings are planned, in order. */
export function crossingDays(crossings: { plannedAt: Date }[], zone: string): string[] {
  return [...new Set(crossings.map((c) => instantToZonedParts(c.plannedAt, zone).date))].sort();
}
