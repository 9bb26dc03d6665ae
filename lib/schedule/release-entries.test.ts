import { describe, expect, it } from "vitest";
import type { ReleaseSnapshotItem } from "@/lib/agenda/release-snapshot";
import { changedSinceIds, releaseEntries, rolesOf, type StoredRelease } from "./release-entries";

function item(id: string, overrides: Partial<ReleaseSnapshotItem> = {}): ReleaseSnapshotItem {
  return {
    id,
    kind: "plenary",
    title: `Item ${id}`,
    description: "",
    place: "",
    startsAt: "2026-02-13T06:00:00.000Z",
    endsAt: "2026-02-13T07:00:00.000Z",
    visibility: "delegates",
    closedDoor: false,
    people: [],
    officialIds: [],
    ...overrides,
  };
}

const release = (version: number, items: ReleaseSnapshotItem[]): StoredRelease => ({ version, items });

describe("releaseEntries", () => {
  it("reads the latest release only, without organizer-only items, closed-door items included", () => {
    const split = releaseEntries(
      [
        release(2, [item("a"), item("org", { visibility: "organizers" }), item("closed", { closedDoor: true }), item("pub", { visibility: "public" })]),
        release(1, [item("old")]),
      ],
      null,
    );
    expect(split.latestVersion).toBe(2);
    expect(split.live.map((i) => i.id)).toEqual(["a", "closed", "pub"]);
  });

  it("lists each item gone from the latest release once, as it last appeared", () => {
    const split = releaseEntries(
      [
        release(1, [item("gone", { title: "First title" }), item("kept")]),
        release(3, [item("kept")]),
        release(2, [item("gone", { title: "Last title" }), item("kept"), item("hidden", { visibility: "organizers" })]),
      ],
      null,
    );
    expect(split.cancelled.map((i) => [i.id, i.title])).toEqual([["gone", "Last title"]]);
  });

  it("counts an item turned organizer-only as cancelled for delegates, and never shows an organizer-only one", () => {
    const split = releaseEntries(
      [release(1, [item("x"), item("secret", { visibility: "organizers" })]), release(2, [item("x", { visibility: "organizers" }), item("y")])],
      null,
    );
    expect(split.live.map((i) => i.id)).toEqual(["y"]);
    expect(split.cancelled.map((i) => i.id)).toEqual(["x"]);
  });

  it("has nothing before the first release", () => {
    expect(releaseEntries([], 3)).toEqual({ latestVersion: null, live: [], cancelled: [], changed: new Set() });
  });
});

describe("changedSinceIds", () => {
  const v1 = release(1, [item("same"), item("moved"), item("people"), item("gone")]);
  const v2 = release(2, [
    item("same"),
    item("moved", { startsAt: "2026-02-13T08:00:00.000Z", endsAt: "2026-02-13T09:00:00.000Z" }),
    item("people", { people: [{ personId: "p", role: "speaker" }] }),
    item("new"),
    item("org", { visibility: "organizers" }),
  ]);

  it("marks items added or changed (fields or people) after the release last seen", () => {
    expect([...changedSinceIds([v1, v2], 1)].sort()).toEqual(["moved", "new", "people"]);
  });

  it("marks nothing for someone who never looked, or who saw the latest release", () => {
    expect(changedSinceIds([v1, v2], null)).toEqual(new Set());
    expect(changedSinceIds([v1, v2], 2)).toEqual(new Set());
  });

  it("compares with the newest release not after the one seen, or with nothing", () => {
    expect([...changedSinceIds([v1, v2], 0)].sort()).toEqual(["moved", "new", "people", "same"]);
  });
});

describe("rolesOf", () => {
  it("gives the person's roles, moderator first, once each", () => {
    const links = {
      people: [
        { personId: "me", role: "speaker" as const },
        { personId: "other", role: "moderator" as const },
        { personId: "me", role: "moderator" as const },
      ],
    };
    expect(rolesOf(links, "me")).toEqual(["moderator", "speaker"]);
    expect(rolesOf(links, "nobody")).toEqual([]);
  });
});
