import { describe, expect, it } from "vitest";
import { formatTime, zoneOffsetMinutes } from "./format";

describe("zones for the device-time note", () => {
  it("knows how far a zone is from UTC at an instant, DST included", () => {
    const winter = new Date("2026-02-13T10:00:00Z");
    expect(zoneOffsetMinutes("Asia/Yerevan", winter)).toBe(240);
    expect(zoneOffsetMinutes("Asia/Baku", winter)).toBe(240);
    expect(zoneOffsetMinutes("UTC", winter)).toBe(0);
    expect(zoneOffsetMinutes("America/New_York", winter)).toBe(-300);
    expect(zoneOffsetMinutes("America/New_York", new Date("2026-07-01T10:00:00Z"))).toBe(-240);
  });

  it("formats a time on another zone's clock", () => {
    expect(formatTime(new Date("2026-02-13T10:00:00Z"), "Asia/Yerevan", "ru")).toBe("14:00");
    expect(formatTime(new Date("2026-02-13T10:00:00Z"), "Asia/Yerevan", "en").replace(/\s+/gu, " ")).toBe("2:00 PM");
  });
});
