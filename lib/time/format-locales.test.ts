// Dates and times in the two parties' languages come from the platform's Intl data (full ICU in
// Node 20): these pin that they are words of that language and a 24-hour clock, not English.
import { describe, expect, it } from "vitest";
import { formatDay, formatDayRange, formatTime } from "./format";

/** Intl separates parts with no-break and thin spaces; the words are what matters here. */
const plain = (text: string) => text.replace(/\s+/gu, " ");

const friday = "2026-02-13";
const afternoon = new Date("2026-02-13T15:05:00Z");

describe("formatting in Azerbaijani", () => {
  it("names the day and month in Azerbaijani", () => {
    expect(plain(formatDay(friday, "az"))).toBe("13 fevral 2026, cümə");
  });

  it("writes a range within a month and across months", () => {
    expect(plain(formatDayRange("2026-02-13", "2026-02-14", "az"))).toBe("13 – 14 fevral 2026");
    expect(plain(formatDayRange("2026-02-27", "2026-03-02", "az"))).toBe("27 fevral – 2 mart 2026");
  });

  it("uses the 24-hour clock of the zone", () => {
    expect(formatTime(afternoon, "Asia/Baku", "az")).toBe("19:05");
  });
});

describe("formatting in Armenian", () => {
  it("names the day and month in Armenian", () => {
    expect(plain(formatDay(friday, "hy"))).toBe("2026 թ. փետրվարի 13, ուրբաթ");
  });

  it("writes a range within a month and across months", () => {
    expect(plain(formatDayRange("2026-02-13", "2026-02-14", "hy"))).toBe("13–14 փետրվարի, 2026 թ.");
    expect(plain(formatDayRange("2026-02-27", "2026-03-02", "hy"))).toBe("27 փետրվարի – 02 մարտի, 2026 թ.");
  });

  it("uses the 24-hour clock of the zone", () => {
    expect(formatTime(afternoon, "Asia/Yerevan", "hy")).toBe("19:05");
  });
});
