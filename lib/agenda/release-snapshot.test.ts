import { describe, expect, it } from "vitest";
import { sameSnapshot, type ReleaseSnapshotItem } from "./release-snapshot";

const item: ReleaseSnapshotItem = {
  id: "a",
  kind: "plenary",
  title: "Opening",
  description: "",
  place: "Main hall",
  startsAt: "2026-02-13T08:00:00.000Z",
  endsAt: "2026-02-13T08:45:00.000Z",
  visibility: "public",
  closedDoor: false,
  people: [
    { personId: "p1", role: "moderator" },
    { personId: "p2", role: "speaker" },
  ],
  officialIds: ["o2", "o1"],
};

describe("sameSnapshot", () => {
  it("ignores key order (as jsonb returns it), item order, people order and instant spelling", () => {
    const reordered = Object.fromEntries(Object.entries(item).reverse()) as ReleaseSnapshotItem;
    const respelled = {
      ...reordered,
      startsAt: "2026-02-13T12:00:00+04:00",
      people: [...item.people].reverse(),
      officialIds: ["o1", "o2"],
    };
    const other = { ...item, id: "b" };
    expect(sameSnapshot([item, other], [other, respelled])).toBe(true);
  });

  it("notices every recorded change", () => {
    const changes: Partial<ReleaseSnapshotItem>[] = [
      { title: "Opening plenary" },
      { place: "Hall B" },
      { endsAt: "2026-02-13T09:00:00.000Z" },
      { visibility: "delegates" },
      { closedDoor: true },
      { kind: "thematic_session" },
      { description: "Welcome" },
      { people: [{ personId: "p1", role: "speaker" }] },
      { officialIds: ["o1"] },
    ];
    for (const change of changes) expect(sameSnapshot([item], [{ ...item, ...change }]), JSON.stringify(change)).toBe(false);
    expect(sameSnapshot([item], [])).toBe(false);
  });
});
