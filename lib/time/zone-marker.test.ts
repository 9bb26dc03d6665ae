// Point 9: each time in an agenda-style list carries its zone, in the reader's locale and on the
// locale's clock (24-hour for az, hy, ru; English's own).
import { describe, expect, it } from "vitest";
import { formatTimeRangeWithZone, formatTimeWithZone, zoneMarker } from "./zone-marker";

const plain = (text: string) => text.replace(/\s+/gu, " ");
const nine = new Date("2027-06-10T05:00:00Z"); // 09:00 in Yerevan
const halfTen = new Date("2027-06-10T06:30:00Z");

describe("a range with its zone, per locale", () => {
  it.each([
    ["az", "09:00–10:30 GMT+4"],
    ["hy", "09:00–10:30 GMT+4"],
    ["ru", "09:00–10:30 GMT+4"],
    ["en", "9:00 AM–10:30 AM GMT+4"],
  ])("%s: %s", (locale, expected) => {
    expect(plain(formatTimeRangeWithZone(nine, halfTen, "Asia/Yerevan", locale))).toBe(expected);
  });

  it("names the zone's offset at that moment, not the reader's", () => {
    expect(zoneMarker(nine, "Europe/London", "en")).toBe("GMT+1");
    expect(zoneMarker(new Date("2027-01-10T05:00:00Z"), "Europe/London", "en")).toBe("GMT+0");
    expect(zoneMarker(nine, "Asia/Baku", "ru")).toBe("GMT+4");
  });

  it("gives each end its own marker when the clocks change within the range", () => {
    // Europe/London springs forward at 01:00 UTC on 28 March 2027.
    const start = new Date("2027-03-28T00:30:00Z");
    const end = new Date("2027-03-28T02:00:00Z");
    expect(plain(formatTimeRangeWithZone(start, end, "Europe/London", "ru"))).toBe("00:30 GMT+0–03:00 GMT+1");
  });

  it("writes a single time with its marker", () => {
    expect(plain(formatTimeWithZone(halfTen, "Asia/Yerevan", "hy"))).toBe("10:30 GMT+4");
    expect(plain(formatTimeWithZone(halfTen, "Asia/Yerevan", "en"))).toBe("10:30 AM GMT+4");
  });
});
