import { describe, expect, it } from "vitest";
import { nowAndNext, unchangedUntil } from "./day-order";

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

describe("unchangedUntil", () => {
  const at = (h: number, m = 0) => new Date(Date.UTC(2026, 1, 13, h, m));
  const entries = [
    { startsAt: at(9), endsAt: at(10) },
    { startsAt: at(9, 30), endsAt: at(11) },
    { startsAt: at(14), endsAt: at(15) },
  ];

  it("ends at the next start or end after now", () => {
    expect(unchangedUntil(entries, at(8), at(20))).toEqual(at(9));
    expect(unchangedUntil(entries, at(9), at(20))).toEqual(at(9, 30));
    expect(unchangedUntil(entries, at(9, 45), at(20))).toEqual(at(10));
    expect(unchangedUntil(entries, at(12), at(20))).toEqual(at(14));
  });

  it("ends at the limit when nothing starts or ends before it", () => {
    expect(unchangedUntil(entries, at(12), at(13))).toEqual(at(13));
    expect(unchangedUntil(entries, at(16), at(17))).toEqual(at(17));
    expect(unchangedUntil([], at(16), at(17))).toEqual(at(17));
  });
});
