// Issue #19, point 9: one time format per locale. Azerbaijani, Armenian and Russian read the
// 24-hour clock; English keeps its own (12-hour); a time shown on its own names its zone.
import { describe, expect, it } from "vitest";
import {
  formatClockTime,
  formatDateTime,
  formatDateTimeInZone,
  formatLocalDateTime,
  formatLocalTimeWithSeconds,
  formatTime,
  hourCycleFor,
  uses24HourClock,
  withZone,
} from "./format";

/** Intl separates parts with no-break and thin spaces; the words are what matters here. */
const plain = (text: string) => text.replace(/\s+/gu, " ");

// 14:30 in Yerevan and Baku (UTC+4).
const afternoon = new Date("2026-02-13T10:30:00Z");
const morning = new Date("2026-02-13T05:05:00Z");

describe("the clock of each locale", () => {
  it("is 24-hour for az, hy and ru, and English's own for en", () => {
    expect(["az", "hy", "ru", "en", "en-GB"].map((l) => [l, uses24HourClock(l), hourCycleFor(l)])).toEqual([
      ["az", true, "h23"],
      ["hy", true, "h23"],
      ["ru", true, "h23"],
      ["en", false, undefined],
      ["en-GB", false, undefined],
    ]);
  });

  it.each([
    ["az", "Asia/Baku"],
    ["hy", "Asia/Yerevan"],
    ["ru", "Asia/Yerevan"],
  ])("formats times and dates with times on the 24-hour clock in %s", (locale, zone) => {
    expect(formatTime(afternoon, zone, locale)).toBe("14:30");
    expect(formatTime(morning, zone, locale)).toBe("09:05");
    expect(plain(formatDateTime(afternoon, zone, locale))).toContain("14:30");
    expect(formatDateTime(afternoon, zone, locale)).not.toMatch(/PM|AM/);
  });

  it("formats times and dates with times on the 12-hour clock in en, both alike", () => {
    expect(plain(formatTime(afternoon, "Asia/Yerevan", "en"))).toBe("2:30 PM");
    expect(plain(formatTime(morning, "Asia/Yerevan", "en"))).toBe("9:05 AM");
    expect(plain(formatDateTime(afternoon, "Asia/Yerevan", "en"))).toBe("February 13, 2026 at 2:30 PM");
  });
});

describe("a wall-clock time as typed", () => {
  it("reads on the same clock as every other time", () => {
    expect(["az", "hy", "ru"].map((l) => formatClockTime("07:05", l))).toEqual(["07:05", "07:05", "07:05"]);
    expect(formatClockTime("19:30", "ru")).toBe("19:30");
    expect(plain(formatClockTime("07:05", "en"))).toBe("7:05 AM");
    expect(plain(formatClockTime("19:30", "en"))).toBe("7:30 PM");
  });
});

describe("a time on its own names its zone", () => {
  it("in every locale, after the date and time", () => {
    expect(plain(formatDateTimeInZone(afternoon, "Asia/Yerevan", "en"))).toBe("February 13, 2026 at 2:30 PM (Asia/Yerevan)");
    expect(plain(formatDateTimeInZone(afternoon, "Asia/Yerevan", "ru"))).toBe("13 февраля 2026 г. в 14:30 (Asia/Yerevan)");
    expect(plain(formatDateTimeInZone(afternoon, "Asia/Baku", "az"))).toMatch(/^13 fevral 2026.*14:30 \(Asia\/Baku\)$/);
    expect(plain(formatDateTimeInZone(afternoon, "Asia/Yerevan", "hy"))).toMatch(/^13 փետրվարի, 2026 թ\..*14:30 \(Asia\/Yerevan\)$/);
  });

  it("on the device's clock too (another editor's save), naming the device's zone", () => {
    expect(plain(formatLocalDateTime(afternoon, "ru", "Europe/Moscow"))).toBe("13 февр. 2026 г., 13:30 (Europe/Moscow)");
    expect(plain(formatLocalDateTime(afternoon, "en", "Europe/Moscow"))).toBe("Feb 13, 2026, 1:30 PM (Europe/Moscow)");
    expect(formatLocalTimeWithSeconds(afternoon, "hy", "Asia/Yerevan")).toBe("14:30:00");
  });

  it("beside a range's end", () => {
    expect(withZone(formatTime(afternoon, "Asia/Baku", "az"), "Asia/Baku")).toBe("14:30 (Asia/Baku)");
  });
});
