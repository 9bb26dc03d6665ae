import { describe, expect, it } from "vitest";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { suggestNextSlot } from "./defaults";

const ZONE = "Asia/Yerevan";
const DAYS = ["2026-02-13", "2026-02-14"];
const at = (day: string, time: string) => zonedLocalToInstant(day, time, ZONE)!;
const item = (day: string, start: string, end: string, createdMinute: number) => ({
  startsAt: at(day, start),
  endsAt: at(day, end),
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, createdMinute)),
});

describe("suggestNextSlot", () => {
  it("starts an empty agenda on the first day at 09:00 for an hour", () => {
    expect(suggestNextSlot([], DAYS, ZONE)).toEqual({ day: "2026-02-13", startTime: "09:00", endTime: "10:00" });
  });

  it("continues where the last worked-on day ends, with the last item's duration", () => {
    const items = [item("2026-02-13", "09:00", "10:30", 1), item("2026-02-14", "09:30", "10:15", 2), item("2026-02-14", "11:00", "12:00", 0)];
    // Last added is the 45-minute item on the 14th; that day's programme ends at 12:00.
    expect(suggestNextSlot(items, DAYS, ZONE)).toEqual({ day: "2026-02-14", startTime: "12:00", endTime: "12:45" });
  });

  it("ends at midnight rather than spilling into the next day", () => {
    const items = [item("2026-02-13", "22:00", "23:30", 1)];
    expect(suggestNextSlot(items, DAYS, ZONE)).toEqual({ day: "2026-02-13", startTime: "23:30", endTime: "00:00" });
  });

  it("falls back to 09:00 when the day's programme already runs past midnight", () => {
    const late = { startsAt: at("2026-02-13", "22:00"), endsAt: at("2026-02-14", "01:00"), createdAt: new Date(1) };
    expect(suggestNextSlot([late], DAYS, ZONE)).toEqual({ day: "2026-02-13", startTime: "09:00", endTime: "12:00" });
  });

  it("ignores a last day outside the event (e.g. after the event's days changed)", () => {
    const items = [item("2026-02-20", "10:00", "11:00", 1)];
    expect(suggestNextSlot(items, DAYS, ZONE).day).toBe("2026-02-13");
  });
});
