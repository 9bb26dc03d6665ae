// Pure release helpers: no I/O, unit-tested. A release is a frozen snapshot of the agenda; its
// changelog is computed against the previous release, separately for each audience, so nobody
// learns from a changelog what their release does not show them.
import type { AgendaKind } from "@/lib/agenda/checks";
import { isVisibleTo, type Audience, type Visibility } from "@/lib/agenda/rules";

export type ReleasedItem = {
  id: string;
  kind: AgendaKind;
  title: string;
  description: string;
  place: string;
  startsAt: string; // ISO instant
  endsAt: string; // ISO instant
  visibility: Visibility;
  closedDoor: boolean;
};
export type ChangeField = "time" | "place" | "title" | "visibility" | "kind" | "closedDoor" | "description";
export type Change =
  | { type: "added"; item: ReleasedItem }
  | { type: "removed"; item: ReleasedItem }
  | { type: "changed"; item: ReleasedItem; before: ReleasedItem; fields: ChangeField[] };

/** Each field with how to tell whether it changed, in the order fields are listed in a change. */
const FIELD_CHECKS: readonly [ChangeField, (a: ReleasedItem, b: ReleasedItem) => boolean][] = [
  ["time", (a, b) => !sameInstant(a.startsAt, b.startsAt) || !sameInstant(a.endsAt, b.endsAt)],
  ["place", (a, b) => a.place !== b.place],
  ["title", (a, b) => a.title !== b.title],
  ["visibility", (a, b) => a.visibility !== b.visibility],
  ["kind", (a, b) => a.kind !== b.kind],
  ["closedDoor", (a, b) => a.closedDoor !== b.closedDoor],
  ["description", (a, b) => a.description !== b.description],
];

/** What changed from one release to the next, items matched by id, ordered by start then id. */
export function diffReleases(previous: ReleasedItem[], next: ReleasedItem[]): Change[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  const nextIds = new Set(next.map((item) => item.id));
  const changes: Change[] = [];
  for (const item of next) {
    const old = before.get(item.id);
    if (!old) {
      changes.push({ type: "added", item });
      continue;
    }
    const fields = FIELD_CHECKS.filter(([, changed]) => changed(old, item)).map(([field]) => field);
    if (fields.length > 0) changes.push({ type: "changed", item, before: old, fields });
  }
  for (const item of previous) {
    if (!nextIds.has(item.id)) changes.push({ type: "removed", item });
  }
  return changes.sort((a, b) => compareInstants(a.item.startsAt, b.item.startsAt) || compareStrings(a.item.id, b.item.id));
}

/**
 * The release as one audience may read it: organizers read everything, delegates public and
 * delegates-only items, the public only public items, and a closed-door item only as its kind and
 * time (title, description and place blanked). Keeps the given order; never mutates the input.
 */
export function releaseFor(items: ReleasedItem[], audience: Audience): ReleasedItem[] {
  return items
    .filter((item) => isVisibleTo(item.visibility, audience))
    .map((item) => (audience === "public" && item.closedDoor ? { ...item, title: "", description: "", place: "" } : { ...item }));
}

/**
 * What changed for that audience: the diff of the two releases as that audience reads them. An
 * item that becomes visible to it is "added", one hidden from it "removed", and a change only to
 * parts it cannot see does not appear.
 */
export function changelogFor(previous: ReleasedItem[], next: ReleasedItem[], audience: Audience): Change[] {
  return diffReleases(releaseFor(previous, audience), releaseFor(next, audience));
}

/** Two ISO strings naming the same instant are the same time, however they are spelled. */
function sameInstant(a: string, b: string): boolean {
  if (a === b) return true;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return !Number.isNaN(ta) && ta === tb;
}

function compareInstants(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  // An unreadable instant sorts after every readable one, so the order stays total.
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Number.isNaN(ta) && Number.isNaN(tb) ? compareStrings(a, b) : Number.isNaN(ta) ? 1 : -1;
  return ta - tb;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
