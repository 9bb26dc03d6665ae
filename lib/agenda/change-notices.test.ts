import { describe, expect, it } from "vitest";
import { noticeFor } from "./change-notices";
import type { ReleaseSnapshotItem } from "./release-snapshot";

function item(id: string, overrides: Partial<ReleaseSnapshotItem> = {}): ReleaseSnapshotItem {
  return {
    id,
    kind: "plenary",
    title: `Item ${id}`,
    description: "",
    place: "Hall A",
    startsAt: "2026-02-13T06:00:00.000Z",
    endsAt: "2026-02-13T07:00:00.000Z",
    visibility: "delegates",
    closedDoor: false,
    people: [],
    officialIds: [],
    ...overrides,
  };
}

describe("noticeFor", () => {
  it("is null when nothing a delegate can see changed", () => {
    const before = [item("a"), item("secret", { visibility: "organizers" })];
    const after = [item("a"), item("secret", { visibility: "organizers", place: "Room 9" })];
    expect(noticeFor(before, after, "p1")).toBeNull();
  });

  it("lists the changes delegates can see", () => {
    const before = [item("a"), item("b")];
    const after = [item("a", { startsAt: "2026-02-13T08:00:00.000Z", endsAt: "2026-02-13T09:00:00.000Z" }), item("c")];
    const notice = noticeFor(before, after, "p1")!;
    // In programme order: by start, then id.
    expect(notice.changes.map((c) => [c.type, c.item.id])).toEqual([
      ["removed", "b"],
      ["added", "c"],
      ["changed", "a"],
    ]);
    expect(notice.roleChanges).toEqual([]);
  });

  it("tells a person the roles they gained and lost, and nobody else's", () => {
    const before = [item("a", { people: [{ personId: "p1", role: "speaker" }] }), item("b", { people: [{ personId: "p1", role: "moderator" }] })];
    const after = [
      item("a", {
        people: [
          { personId: "p1", role: "moderator" },
          { personId: "p2", role: "speaker" },
        ],
      }),
      item("c", { people: [{ personId: "p2", role: "speaker" }] }),
    ];
    const notice = noticeFor(before, after, "p1")!;
    expect(notice.roleChanges.map((r) => [r.item.id, r.role, r.type])).toEqual([
      ["a", "moderator", "added"],
      ["a", "speaker", "removed"],
      ["b", "moderator", "removed"],
    ]);
    expect(JSON.stringify(notice.roleChanges)).not.toContain("p2");
    // p2 only gained roles: the same programme changes, their own roles.
    expect(noticeFor(before, after, "p2")!.roleChanges.map((r) => [r.item.id, r.type])).toEqual([
      ["a", "added"],
      ["c", "added"],
    ]);
  });

  it("ignores roles on items delegates cannot see", () => {
    const before = [item("s", { visibility: "organizers" })];
    const after = [item("s", { visibility: "organizers", people: [{ personId: "p1", role: "speaker" }] })];
    expect(noticeFor(before, after, "p1")).toBeNull();
  });
});
