// Pure release helpers: no I/O, unit-tested. A release is a frozen snapshot of the agenda; its
// changelog is computed against the previous release, separately for each audience, so nobody
// learns from a changelog what their release does not show them.
import type { AgendaKind } from "@/lib/agenda/checks";
import { isVisibleTo, type Audience, type Visibility } from "@/lib/agenda/rules";
import { localizeFields, sameVersions, type ContentTranslations } from "@/lib/content/translations";

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
  /** Title, description and place in the event's other languages; absent in releases made before translations. */
  translations?: ContentTranslations<"title" | "description" | "place">;
};
export type ChangeField = "time" | "place" | "title" | "visibility" | "kind" | "closedDoor" | "description";
export type Change =
  | { type: "added"; item: ReleasedItem }
  | { type: "removed"; item: ReleasedItem }
  | { type: "changed"; item: ReleasedItem; before: ReleasedItem; fields: ChangeField[] };

/** Each field with how to tell whether it changed, in the order fields are listed in a change. */
const FIELD_CHECKS: readonly [ChangeField, (a: ReleasedItem, b: ReleasedItem) => boolean][] = [
  ["time", (a, b) => !sameInstant(a.startsAt, b.startsAt) || !sameInstant(a.endsAt, b.endsAt)],
  // A text field changed when any language's version of it changed: a new or corrected
  // translation is news to the readers of that language.
  ["place", (a, b) => a.place !== b.place || !sameVersions(a.translations, b.translations, "place")],
  ["title", (a, b) => a.title !== b.title || !sameVersions(a.translations, b.translations, "title")],
  ["visibility", (a, b) => a.visibility !== b.visibility],
  ["kind", (a, b) => a.kind !== b.kind],
  ["closedDoor", (a, b) => a.closedDoor !== b.closedDoor],
  ["description", (a, b) => a.description !== b.description || !sameVersions(a.translations, b.translations, "description")],
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
 * time (title, description and place blanked, in every language). Keeps the given order; never mutates the input.
 */
export function releaseFor(items: ReleasedItem[], audience: Audience): ReleasedItem[] {
  return items
    .filter((item) => isVisibleTo(item.visibility, audience))
    .map((item) => {
      if (audience !== "public" || !item.closedDoor) return { ...item };
      const { translations: _versions, ...kindAndTime } = item;
      return { ...kindAndTime, title: "", description: "", place: "" };
    });
}

/**
 * What changed for that audience: the diff of the two releases as that audience reads them. An
 * item that becomes visible to it is "added", one hidden from it "removed", and a change only to
 * parts it cannot see does not appear.
 */
export function changelogFor(previous: ReleasedItem[], next: ReleasedItem[], audience: Audience): Change[] {
  return diffReleases(releaseFor(previous, audience), releaseFor(next, audience));
}

const TEXT_FIELDS = ["title", "description", "place"] as const;

/**
 * The changes as one reader reads them: titles, places and descriptions in their language, and a
 * text field listed only where their version of it changed (a new Armenian title is no change to
 * a reader of English; a change with nothing left for this reader is dropped).
 */
export function changesInLanguage(changes: Change[], reader: string, languages: readonly string[]): Change[] {
  const localize = (item: ReleasedItem): ReleasedItem => localizeFields(item, TEXT_FIELDS, reader, languages);
  return changes.flatMap((change): Change[] => {
    const item = localize(change.item);
    if (change.type !== "changed") return [{ ...change, item }];
    const before = localize(change.before);
    const fields = change.fields.filter(
      (field) =>
        !(TEXT_FIELDS as readonly string[]).includes(field) || item[field as (typeof TEXT_FIELDS)[number]] !== before[field as (typeof TEXT_FIELDS)[number]],
    );
    return fields.length > 0 ? [{ type: "changed", item, before, fields }] : [];
  });
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
