// Pure helpers for a delegate's personal schedule: which released items a delegate reads, which
// items were cancelled (released before, gone from the latest release), and which changed since
// the release the delegate last looked at. No I/O; unit-tested.
import { changelogFor } from "@/lib/agenda/changelog";
import type { ReleaseSnapshotItem } from "@/lib/agenda/release-snapshot";
import { isVisibleTo } from "@/lib/agenda/rules";

export type StoredRelease = { version: number; items: ReleaseSnapshotItem[] };

/** What a delegate may read of a release: public and delegates-only items, organizer-only never. */
export function delegateItems(items: ReleaseSnapshotItem[]): ReleaseSnapshotItem[] {
  return items.filter((item) => isVisibleTo(item.visibility, "delegate"));
}

export type ReleaseEntries = {
  latestVersion: number | null;
  /** The latest release, as delegates read it. */
  live: ReleaseSnapshotItem[];
  /** Items a delegate could read in an earlier release but not in the latest: each as it last appeared. */
  cancelled: ReleaseSnapshotItem[];
  /** Ids of live items added or changed after `lastSeenVersion` (see `changedSinceIds`). */
  changed: Set<string>;
};

/**
 * Splits an event's releases (any order) into what the delegate reads now, what was cancelled
 * and what changed since they last looked.
 */
export function releaseEntries(releases: StoredRelease[], lastSeenVersion: number | null): ReleaseEntries {
  const newestFirst = [...releases].sort((a, b) => b.version - a.version);
  const [latest, ...earlier] = newestFirst;
  if (!latest) return { latestVersion: null, live: [], cancelled: [], changed: new Set() };
  const live = delegateItems(latest.items);
  const liveIds = new Set(live.map((item) => item.id));
  const cancelled = new Map<string, ReleaseSnapshotItem>();
  for (const release of earlier) {
    for (const item of delegateItems(release.items)) {
      // Newest first: the first sighting is the last appearance.
      if (!liveIds.has(item.id) && !cancelled.has(item.id)) cancelled.set(item.id, item);
    }
  }
  return {
    latestVersion: latest.version,
    live,
    cancelled: [...cancelled.values()],
    changed: changedSinceIds(newestFirst, lastSeenVersion),
  };
}

/**
 * Items of the latest release that a delegate would see as new or different compared with the
 * release they last looked at: added, or changed in time, place, title, kind, closed-door flag or
 * description (the agenda changelog's fields), or in who moderates, speaks or is met.
 *
 * `null` (never looked) marks nothing: to someone who has never seen the schedule, every item is
 * new, and flagging all of them would say nothing. The same when they have seen the latest release.
 */
export function changedSinceIds(releases: StoredRelease[], lastSeenVersion: number | null): Set<string> {
  const newestFirst = [...releases].sort((a, b) => b.version - a.version);
  const latest = newestFirst[0];
  if (!latest || lastSeenVersion === null || lastSeenVersion >= latest.version) return new Set();
  // The release they saw: the newest one not after `lastSeenVersion` (none → everything is new).
  const seen = newestFirst.find((release) => release.version <= lastSeenVersion)?.items ?? [];
  const changed = new Set(
    changelogFor(seen, latest.items, "delegate")
      .filter((change) => change.type !== "removed")
      .map((change) => change.item.id),
  );
  const before = new Map(delegateItems(seen).map((item) => [item.id, item]));
  for (const item of delegateItems(latest.items)) {
    const old = before.get(item.id);
    if (old && !sameLinks(old, item)) changed.add(item.id);
  }
  return changed;
}

function sameLinks(a: ReleaseSnapshotItem, b: ReleaseSnapshotItem): boolean {
  const people = (item: ReleaseSnapshotItem) =>
    item.people
      .map((p) => `${p.personId}:${p.role}`)
      .sort()
      .join(",");
  const officials = (item: ReleaseSnapshotItem) => [...item.officialIds].sort().join(",");
  return people(a) === people(b) && officials(a) === officials(b);
}

/** The roles this person has on an item, moderator first. */
export function rolesOf(item: Pick<ReleaseSnapshotItem, "people">, personId: string): ("moderator" | "speaker")[] {
  const roles = new Set(item.people.filter((p) => p.personId === personId).map((p) => p.role));
  return (["moderator", "speaker"] as const).filter((role) => roles.has(role));
}
