// Which changes of a new release concern one delegate. Pure, unit-tested: the release computes a
// notice per delegate and mails it; nobody hears of items they cannot see.
import { changelogFor, releaseFor, type Change, type ReleasedItem } from "./changelog";
import type { ReleaseSnapshotItem } from "./release-snapshot";

export type RoleChange = { item: ReleasedItem; role: "moderator" | "speaker"; type: "added" | "removed" };
export type DelegateNotice = { changes: Change[]; roleChanges: RoleChange[] };

function rolesOf(items: ReleaseSnapshotItem[], personId: string): Map<string, { item: ReleasedItem; roles: Set<"moderator" | "speaker"> }> {
  const visible = new Set(releaseFor(items, "delegate").map((item) => item.id));
  return new Map(
    items
      .filter((item) => visible.has(item.id))
      .map((item) => [item.id, { item, roles: new Set(item.people.filter((p) => p.personId === personId).map((p) => p.role)) }]),
  );
}

/**
 * A delegate's schedule is the programme as delegates read it, so every change delegates can see
 * touches it; on top, the moderator and speaker roles this person gained or lost. Null when
 * nothing concerns them (e.g. only organizer-only items changed).
 */
export function noticeFor(previous: ReleaseSnapshotItem[], next: ReleaseSnapshotItem[], personId: string): DelegateNotice | null {
  const changes = changelogFor(previous, next, "delegate");
  const before = rolesOf(previous, personId);
  const after = rolesOf(next, personId);
  const roleChanges: RoleChange[] = [];
  for (const [id, { item, roles }] of after) {
    const had = before.get(id)?.roles ?? new Set();
    for (const role of roles) if (!had.has(role)) roleChanges.push({ item: strip(item), role, type: "added" });
    for (const role of had) if (!roles.has(role)) roleChanges.push({ item: strip(item), role, type: "removed" });
  }
  for (const [id, { item, roles }] of before) {
    if (after.has(id)) continue;
    for (const role of roles) roleChanges.push({ item: strip(item), role, type: "removed" });
  }
  if (changes.length === 0 && roleChanges.length === 0) return null;
  return { changes, roleChanges };
}

/** The item without its people: a notice never carries other people's ids. */
function strip(item: ReleasedItem): ReleasedItem {
  const { id, kind, title, description, place, startsAt, endsAt, visibility, closedDoor } = item;
  return { id, kind, title, description, place, startsAt, endsAt, visibility, closedDoor };
}
