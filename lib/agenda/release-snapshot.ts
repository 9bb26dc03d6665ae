// The shape of one item in a released agenda, and the pure helpers to read it back.
import { canonicalVersions } from "@/lib/content/translations";
import type { ReleasedItem } from "./changelog";

export type ReleaseSnapshotItem = ReleasedItem & {
  people: { personId: string; role: "moderator" | "speaker" }[];
  officialIds: string[];
};

/** A released item with real dates, ready for a timetable. */
export function toTimetableEntry(item: ReleasedItem) {
  return { ...item, startsAt: new Date(item.startsAt), endsAt: new Date(item.endsAt) };
}

/**
 * Whether two snapshots record the same agenda. Compared field by field in a fixed order: a
 * snapshot read back from jsonb has its keys reordered, and instants may be spelled differently.
 */
export function sameSnapshot(a: ReleaseSnapshotItem[], b: ReleaseSnapshotItem[]): boolean {
  return canonical(a) === canonical(b);
}

function canonical(items: ReleaseSnapshotItem[]): string {
  return JSON.stringify(
    [...items]
      .sort((x, y) => x.id.localeCompare(y.id))
      .map((item) => [
        item.id,
        item.kind,
        item.title,
        item.description,
        item.place,
        new Date(item.startsAt).toISOString(),
        new Date(item.endsAt).toISOString(),
        item.visibility,
        item.closedDoor,
        item.people.map((p) => `${p.personId}:${p.role}`).sort(),
        [...item.officialIds].sort(),
        // Snapshots from before translations existed have none: the same as no versions.
        canonicalVersions(item.translations),
      ]),
  );
}
