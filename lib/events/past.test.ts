import { describe, expect, it } from "vitest";
import { eventIsOver, offerConclusion } from "./past";

describe("an event's days are over in its own time zone", () => {
  // 21:00 UTC on 3 December is already 4 December in Baku (UTC+4), still 3 December in Los Angeles.
  const now = new Date("2026-12-03T21:00:00Z");

  it("once the last day has ended there", () => {
    expect(eventIsOver({ lastDay: "2026-12-03", timeZone: "Asia/Baku" }, now)).toBe(true);
    expect(eventIsOver({ lastDay: "2026-12-03", timeZone: "America/Los_Angeles" }, now)).toBe(false);
    expect(eventIsOver({ lastDay: "2026-12-02", timeZone: "America/Los_Angeles" }, now)).toBe(true);
    expect(eventIsOver({ lastDay: "2027-01-10", timeZone: "Asia/Yerevan" }, now)).toBe(false);
  });

  it("offers the move to concluded only to an event that is over and not concluded yet", () => {
    const over = { lastDay: "2026-11-20", timeZone: "Asia/Yerevan" };
    expect(offerConclusion({ ...over, status: "announced" }, now)).toBe(true);
    expect(offerConclusion({ ...over, status: "in_progress" }, now)).toBe(true);
    expect(offerConclusion({ ...over, status: "draft" }, now)).toBe(true);
    expect(offerConclusion({ ...over, status: "concluded" }, now)).toBe(false);
    expect(offerConclusion({ lastDay: "2026-12-03", timeZone: "America/Los_Angeles", status: "announced" }, now)).toBe(false);
  });
});
