import { describe, expect, it } from "vitest";
import { parallelSessionsHref, parseParallelQuery, parseScheduleQuery, scheduleDayHref, scheduleDayParam } from "./paths";

const EVENT = "6f1c1f62-5a0e-4a57-9a4e-0d1f4b1c2d3e";

describe("schedule addresses", () => {
  it("reads a calendar day from ?day= and ignores anything else", () => {
    expect(scheduleDayParam("2026-02-14")).toBe("2026-02-14");
    for (const value of [undefined, "", "14.02.2026", "2026-02-14x", ["2026-02-14", "2026-02-13"], "2026-02-14\u0000"]) {
      expect(scheduleDayParam(value)).toBeNull();
    }
    expect(scheduleDayHref("2026-02-14")).toBe("/schedule?day=2026-02-14");
  });

  it("round-trips a day link that keeps marking changes from an earlier release", () => {
    const href = scheduleDayHref("2026-02-14", { eventId: EVENT, version: 3 });
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseScheduleQuery(query)).toEqual({ day: "2026-02-14", since: { eventId: EVENT, version: 3 } });
    expect(parseScheduleQuery({ day: "2026-02-14" })).toEqual({ day: "2026-02-14", since: null });
    expect(parseScheduleQuery({})).toEqual({ day: null, since: null });
    for (const bad of [{ event: "x", since: "3" }, { event: EVENT, since: "-1" }, { event: EVENT, since: "two" }, { event: EVENT }]) {
      expect(parseScheduleQuery({ day: "2026-02-14", ...bad })).toEqual({ day: "2026-02-14", since: null });
    }
  });

  it("round-trips the parallel-sessions address", () => {
    const at = new Date("2026-02-14T06:00:00Z");
    const href = parallelSessionsHref(EVENT, at, 2);
    expect(href).toBe(`/schedule/parallel?event=${EVENT}&at=2026-02-14T06%3A00%3A00.000Z&page=2`);
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseParallelQuery(query)).toEqual({ event: EVENT, at, page: 2 });
    expect(parallelSessionsHref(EVENT, at)).not.toContain("page=");
    expect(parseParallelQuery({ event: EVENT, at: at.toISOString() })).toEqual({ event: EVENT, at, page: 1 });
  });

  it("refuses a parallel-sessions query the app would never link to", () => {
    const at = "2026-02-14T06:00:00.000Z";
    for (const query of [
      {},
      { event: "x", at },
      { event: EVENT, at: "yesterday" },
      { event: EVENT, at, page: "0" },
      { event: EVENT, at, page: "1.5" },
      { event: EVENT, at, page: ["1", "2"] },
    ]) {
      expect(parseParallelQuery(query)).toBeNull();
    }
  });
});
