import { describe, expect, it } from "vitest";
import { chooseDay, dayBounds, foldedSlots } from "./day-choice";

describe("chooseDay", () => {
  it("shows the day asked for when it is a day of the event", () => {
    expect(chooseDay("2026-02-13", "2026-02-15", "2026-02-14", "2026-02-13")).toBe("2026-02-14");
  });

  it("shows today while the event is on, whatever else was asked for", () => {
    expect(chooseDay("2026-02-13", "2026-02-15", null, "2026-02-15")).toBe("2026-02-15");
    expect(chooseDay("2026-02-13", "2026-02-15", "2026-03-01", "2026-02-14")).toBe("2026-02-14");
    expect(chooseDay("2026-02-13", "2026-02-15", "not-a-day", "2026-02-14")).toBe("2026-02-14");
  });

  it("shows the first day with sessions before and after the event", () => {
    const withSessions = new Set(["2026-02-14", "2026-02-15"]);
    expect(chooseDay("2026-02-13", "2026-02-15", null, "2026-12-04", withSessions)).toBe("2026-02-14");
    expect(chooseDay("2026-02-13", "2026-02-15", null, "2026-01-01", withSessions)).toBe("2026-02-14");
    // While the event is on, today all the same (an arrival day without sessions).
    expect(chooseDay("2026-02-13", "2026-02-15", null, "2026-02-13", withSessions)).toBe("2026-02-13");
  });

  it("shows the first day before and after an event without sessions", () => {
    expect(chooseDay("2026-02-13", "2026-02-15", null, "2026-01-01")).toBe("2026-02-13");
    expect(chooseDay("2026-02-13", "2026-02-15", undefined, "2026-12-04")).toBe("2026-02-13");
  });
});

describe("dayBounds", () => {
  it("spans the local day in the event's zone", () => {
    const { start, end } = dayBounds("2026-02-13", "Asia/Yerevan");
    expect(start.toISOString()).toBe("2026-02-12T20:00:00.000Z");
    expect(end.toISOString()).toBe("2026-02-13T20:00:00.000Z");
  });

  it("is 23 hours on the day the clocks go forward, and crosses month ends", () => {
    const { start, end } = dayBounds("2026-03-29", "Europe/Berlin");
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
    expect(dayBounds("2026-01-31", "UTC").end.toISOString()).toBe("2026-02-01T00:00:00.000Z");
  });

  it("starts at the first existing minute when midnight falls in a DST gap", () => {
    // America/Santiago moves its clocks at midnight: 2026-09-06 00:00 does not exist.
    const { start } = dayBounds("2026-09-06", "America/Santiago");
    expect(start.toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });
});

describe("foldedSlots", () => {
  const at = (hour: number) => new Date(Date.UTC(2026, 1, 13, hour));

  it("lists only the slots with sessions left out, with how many", () => {
    const rows = [
      { startsAt: at(10), slotSize: 6 },
      { startsAt: at(10), slotSize: 6 },
      { startsAt: at(12), slotSize: 1 },
      { startsAt: at(8), slotSize: 3 },
    ];
    expect(foldedSlots(rows)).toEqual([
      { startsAt: at(8), shown: 1, hidden: 2 },
      { startsAt: at(10), shown: 2, hidden: 4 },
    ]);
  });

  it("is empty when every session is shown", () => {
    expect(foldedSlots([{ startsAt: at(10), slotSize: 1 }])).toEqual([]);
  });
});
