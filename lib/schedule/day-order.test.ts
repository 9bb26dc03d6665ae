import { describe, expect, it } from "vitest";
import { nowAndNext } from "./day-order";

describe("nowAndNext", () => {
  const at = (h: number, m = 0) => new Date(Date.UTC(2026, 1, 13, h, m));
  const entries = [
    { uid: "a", startsAt: at(9), endsAt: at(10) },
    { uid: "b", startsAt: at(9, 30), endsAt: at(11) },
    { uid: "c", startsAt: at(11), endsAt: at(12) },
    { uid: "d", startsAt: at(14), endsAt: at(15) },
  ];

  it("finds everything running now and the first thing after", () => {
    const result = nowAndNext(entries, at(9, 45));
    expect([...result.now].sort()).toEqual(["a", "b"]);
    expect(result.next).toBe("c");
  });

  it("treats the end as exclusive and the start as inclusive", () => {
    expect([...nowAndNext(entries, at(11)).now]).toEqual(["c"]);
    expect(nowAndNext(entries, at(11)).next).toBe("d");
  });

  it("has nothing next after the last entry, and nothing now between entries", () => {
    expect(nowAndNext(entries, at(16))).toEqual({ now: new Set(), next: null });
    expect(nowAndNext(entries, at(13))).toEqual({ now: new Set(), next: "d" });
  });
});
