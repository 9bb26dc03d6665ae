import { describe, expect, it } from "vitest";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { daysWithCounts, defaultDay, isDaySegment, itemsOnDay, startTimesOfDay } from "./programme-days";

const zone = "Asia/Yerevan"; // UTC+4: 00:30 local is 20:30 UTC the day before
const at = (day: string, time: string) => zonedLocalToInstant(day, time, zone)!;
const item = (id: string, day: string, time: string, place = "Hall 1", title = id) => ({ id, startsAt: at(day, time), place, title });

describe("the programme by day", () => {
  it("puts an item on its local day in the event's zone, not its UTC day", () => {
    const items = [item("late", "2026-02-14", "00:30"), item("first", "2026-02-13", "09:00")];
    expect(items[0]!.startsAt.toISOString().slice(0, 10)).toBe("2026-02-13");
    expect(daysWithCounts(items, zone)).toEqual([
      { day: "2026-02-13", count: 1 },
      { day: "2026-02-14", count: 1 },
    ]);
    expect(itemsOnDay(items, zone, "2026-02-14").map((i) => i.id)).toEqual(["late"]);
  });

  it("orders a day's parallel items by start, then place (Hall 2 before Hall 10), then title", () => {
    const items = [item("c", "2026-02-13", "10:00", "Hall 1"), item("b", "2026-02-13", "09:00", "Hall 10"), item("a", "2026-02-13", "09:00", "Hall 2")];
    expect(itemsOnDay(items, zone, "2026-02-13").map((i) => i.id)).toEqual(["a", "b", "c"]);
  });

  it("opens on today while the event runs, else on its first day", () => {
    const days = ["2026-02-13", "2026-02-14"];
    expect(defaultDay(days, at("2026-02-14", "08:00"), zone)).toBe("2026-02-14");
    // 23:00 UTC on the 13th is already the 14th in Yerevan.
    expect(defaultDay(days, new Date("2026-02-13T23:00:00Z"), zone)).toBe("2026-02-14");
    expect(defaultDay(days, at("2026-03-01", "08:00"), zone)).toBe("2026-02-13");
    expect(defaultDay([], new Date(), zone)).toBeNull();
  });

  it("takes only real YYYY-MM-DD days from an address", () => {
    expect(isDaySegment("2026-02-14")).toBe(true);
    for (const bad of ["2026-2-14", "2026-02-30x", "today", "2026-13-01", ""]) expect(isDaySegment(bad), bad).toBe(false);
  });
});

describe("the start times of a day in pages", () => {
  it("gives each start time its count and the page its first session is on", () => {
    const items = [
      ...["Hall 1", "Hall 2", "Hall 3"].map((place, i) => item(`a${i}`, "2026-02-13", "09:00", place)),
      ...["Hall 1", "Hall 2"].map((place, i) => item(`b${i}`, "2026-02-13", "11:00", place)),
      item("c", "2026-02-13", "14:00"),
    ];
    expect(startTimesOfDay(items, 2).map(({ count, page, firstId }) => ({ count, page, firstId }))).toEqual([
      { count: 3, page: 1, firstId: "a0" },
      { count: 2, page: 2, firstId: "b0" },
      { count: 1, page: 3, firstId: "c" },
    ]);
    expect(startTimesOfDay([], 2)).toEqual([]);
  });
});
