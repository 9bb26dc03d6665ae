import { describe, expect, it } from "vitest";
import { isNudgeKey, nudge } from "./nudge";

const days = ["2027-06-10", "2027-06-11"];
const item = { day: "2027-06-10", startTime: "09:00", place: "Main hall", minutes: 60 };

describe("nudging an item with Alt+arrows", () => {
  it("moves 15 minutes earlier or later, same day and place", () => {
    expect(nudge(item, "ArrowUp", { days })).toEqual({ ok: true, to: { day: "2027-06-10", startTime: "08:45", place: "Main hall" } });
    expect(nudge(item, "ArrowDown", { days })).toEqual({ ok: true, to: { day: "2027-06-10", startTime: "09:15", place: "Main hall" } });
  });

  it("moves to the next or previous day, keeping the time", () => {
    expect(nudge(item, "ArrowRight", { days })).toEqual({ ok: true, to: { day: "2027-06-11", startTime: "09:00", place: "Main hall" } });
    expect(nudge({ ...item, day: "2027-06-11" }, "ArrowLeft", { days })).toEqual({
      ok: true,
      to: { day: "2027-06-10", startTime: "09:00", place: "Main hall" },
    });
  });

  it("refuses to leave the event's days", () => {
    expect(nudge(item, "ArrowLeft", { days })).toEqual({ ok: false, reason: "dayOutsideEvent" });
    expect(nudge({ ...item, day: "2027-06-11" }, "ArrowRight", { days })).toEqual({ ok: false, reason: "dayOutsideEvent" });
  });

  it("refuses to start before midnight or end after it", () => {
    expect(nudge({ ...item, startTime: "00:10" }, "ArrowUp", { days })).toEqual({ ok: false, reason: "startsBeforeDay" });
    expect(nudge({ ...item, startTime: "23:00" }, "ArrowDown", { days })).toEqual({ ok: false, reason: "endsAfterDay" });
    // Ending exactly at midnight is still the same day.
    expect(nudge({ ...item, startTime: "22:45" }, "ArrowDown", { days })).toEqual({
      ok: true,
      to: { day: "2027-06-10", startTime: "23:00", place: "Main hall" },
    });
  });

  it("in the By place layout, moves between place columns instead of days", () => {
    const places = ["Main hall", "Room 2", ""];
    expect(nudge(item, "ArrowRight", { days, places })).toEqual({ ok: true, to: { day: "2027-06-10", startTime: "09:00", place: "Room 2" } });
    expect(nudge({ ...item, place: "Room 2" }, "ArrowRight", { days, places })).toEqual({ ok: true, to: { day: "2027-06-10", startTime: "09:00", place: "" } });
    expect(nudge(item, "ArrowLeft", { days, places })).toEqual({ ok: false, reason: "noOtherPlace" });
  });

  it("knows its keys", () => {
    expect(isNudgeKey("ArrowUp")).toBe(true);
    expect(isNudgeKey("Enter")).toBe(false);
  });
});
