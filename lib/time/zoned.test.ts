import { describe, expect, it } from "vitest";
import { eventDays, groupByLocalDay, instantToZonedParts, isValidTimeZone, zonedLocalToInstant, zoneOffsetLabel } from "@/lib/time/zoned";

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("isValidTimeZone", () => {
  it("accepts real IANA zones and UTC", () => {
    expect(isValidTimeZone("Asia/Yerevan")).toBe(true);
    expect(isValidTimeZone("Asia/Baku")).toBe(true);
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("America/New_York")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
  });

  it("rejects made-up zones, garbage and the empty string", () => {
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("Asia/Nowhere")).toBe(false);
    expect(isValidTimeZone("not a zone")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

describe("zonedLocalToInstant", () => {
  it("Asia/Yerevan is UTC+4 all year (no DST)", () => {
    expect(iso(zonedLocalToInstant("2026-02-13", "09:00", "Asia/Yerevan"))).toBe("2026-02-13T05:00:00.000Z");
    expect(iso(zonedLocalToInstant("2026-07-13", "09:00", "Asia/Yerevan"))).toBe("2026-07-13T05:00:00.000Z");
  });

  it("a local time before 04:00 in Yerevan is the previous UTC day", () => {
    expect(iso(zonedLocalToInstant("2026-02-14", "02:15", "Asia/Yerevan"))).toBe("2026-02-13T22:15:00.000Z");
  });

  it("Europe/Berlin uses +1 in winter and +2 in summer", () => {
    expect(iso(zonedLocalToInstant("2026-01-15", "12:00", "Europe/Berlin"))).toBe("2026-01-15T11:00:00.000Z");
    expect(iso(zonedLocalToInstant("2026-07-15", "12:00", "Europe/Berlin"))).toBe("2026-07-15T10:00:00.000Z");
  });

  it("returns null for a time inside the spring-forward gap (Berlin 2026-03-29 02:30)", () => {
    expect(zonedLocalToInstant("2026-03-29", "02:30", "Europe/Berlin")).toBeNull();
    expect(zonedLocalToInstant("2026-03-29", "02:00", "Europe/Berlin")).toBeNull();
    expect(zonedLocalToInstant("2026-03-29", "02:59", "Europe/Berlin")).toBeNull();
  });

  it("accepts the times right around the spring-forward gap", () => {
    expect(iso(zonedLocalToInstant("2026-03-29", "01:59", "Europe/Berlin"))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(zonedLocalToInstant("2026-03-29", "03:00", "Europe/Berlin"))).toBe("2026-03-29T01:00:00.000Z");
  });

  it("returns a valid instant for an ambiguous fall-back time (Berlin 2026-10-25 02:30)", () => {
    const instant = zonedLocalToInstant("2026-10-25", "02:30", "Europe/Berlin");
    expect(instant).toBeInstanceOf(Date);
    // Either occurrence of 02:30 is acceptable: 02:30 CEST (00:30Z) or 02:30 CET (01:30Z).
    expect(["2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"]).toContain(iso(instant));
    // …and whichever it is, the wall clock in Berlin shows 02:30 at that instant.
    expect(instantToZonedParts(instant!, "Europe/Berlin")).toEqual({ date: "2026-10-25", time: "02:30" });
  });

  it("America/New_York: EST (-5) in winter and EDT (-4) in summer", () => {
    expect(iso(zonedLocalToInstant("2026-01-15", "09:00", "America/New_York"))).toBe("2026-01-15T14:00:00.000Z");
    expect(iso(zonedLocalToInstant("2026-07-15", "09:00", "America/New_York"))).toBe("2026-07-15T13:00:00.000Z");
  });

  it("America/New_York spring-forward gap (2026-03-08 02:30) → null", () => {
    expect(zonedLocalToInstant("2026-03-08", "02:30", "America/New_York")).toBeNull();
  });

  it("returns null for an invalid zone", () => {
    expect(zonedLocalToInstant("2026-02-13", "09:00", "Mars/Olympus")).toBeNull();
  });

  it("returns null for a date or time that does not exist on any calendar", () => {
    expect(zonedLocalToInstant("2026-02-30", "09:00", "Asia/Yerevan")).toBeNull();
    expect(zonedLocalToInstant("2026-13-01", "09:00", "Asia/Yerevan")).toBeNull();
    expect(zonedLocalToInstant("2026-02-13", "25:00", "Asia/Yerevan")).toBeNull();
    expect(zonedLocalToInstant("2026-02-13", "24:00", "Asia/Yerevan")).toBeNull();
    expect(zonedLocalToInstant("not-a-date", "09:00", "Asia/Yerevan")).toBeNull();
  });

  it("UTC maps the wall clock 1:1", () => {
    expect(iso(zonedLocalToInstant("2026-12-31", "23:59", "UTC"))).toBe("2026-12-31T23:59:00.000Z");
  });
});

describe("instantToZonedParts", () => {
  it("shows the wall clock of the zone", () => {
    expect(instantToZonedParts(new Date("2026-02-13T05:00:00Z"), "Asia/Yerevan")).toEqual({ date: "2026-02-13", time: "09:00" });
    expect(instantToZonedParts(new Date("2026-02-13T05:00:00Z"), "UTC")).toEqual({ date: "2026-02-13", time: "05:00" });
  });

  it("crosses midnight forward: 22:30 UTC is the next day in Yerevan", () => {
    expect(instantToZonedParts(new Date("2026-02-13T22:30:00Z"), "Asia/Yerevan")).toEqual({ date: "2026-02-14", time: "02:30" });
  });

  it("crosses midnight backward: 02:00 UTC is the previous day in New York", () => {
    expect(instantToZonedParts(new Date("2026-01-01T02:00:00Z"), "America/New_York")).toEqual({
      date: "2025-12-31",
      time: "21:00",
    });
  });

  it("drops seconds (HH:mm)", () => {
    expect(instantToZonedParts(new Date("2026-02-13T05:07:59Z"), "Asia/Yerevan")).toEqual({ date: "2026-02-13", time: "09:07" });
  });

  it("round-trips with zonedLocalToInstant for several zones and times", () => {
    const cases: [string, string, string][] = [
      ["2026-02-13", "09:00", "Asia/Yerevan"],
      ["2026-02-14", "00:00", "Asia/Yerevan"],
      ["2026-02-14", "23:59", "Asia/Baku"],
      ["2026-03-29", "03:30", "Europe/Berlin"],
      ["2026-10-25", "01:30", "Europe/Berlin"],
      ["2026-11-01", "12:00", "America/New_York"],
      ["2026-06-01", "18:45", "Asia/Kolkata"],
    ];
    for (const [date, time, zone] of cases) {
      const instant = zonedLocalToInstant(date, time, zone);
      expect(instant, `${date} ${time} ${zone}`).not.toBeNull();
      expect(instantToZonedParts(instant!, zone)).toEqual({ date, time });
    }
  });
});

describe("eventDays", () => {
  it("a single-day event has one day", () => {
    expect(eventDays("2026-02-13", "2026-02-13")).toEqual(["2026-02-13"]);
  });

  it("lists every day inclusive for a multi-day event", () => {
    expect(eventDays("2026-02-13", "2026-02-15")).toEqual(["2026-02-13", "2026-02-14", "2026-02-15"]);
  });

  it("crosses a month end (including a non-leap February)", () => {
    expect(eventDays("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });

  it("includes 29 February in a leap year", () => {
    expect(eventDays("2028-02-28", "2028-03-01")).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"]);
  });

  it("crosses a year end", () => {
    expect(eventDays("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
  });

  it("is not disturbed by a DST change inside the range", () => {
    const days = eventDays("2026-03-28", "2026-03-30");
    expect(days).toEqual(["2026-03-28", "2026-03-29", "2026-03-30"]);
  });

  it("counts a 31-day range correctly", () => {
    const days = eventDays("2026-01-01", "2026-01-31");
    expect(days).toHaveLength(31);
    expect(days[0]).toBe("2026-01-01");
    expect(days[30]).toBe("2026-01-31");
  });

  it("returns [] when the last day is before the first", () => {
    expect(eventDays("2026-02-15", "2026-02-13")).toEqual([]);
  });

  it("returns [] for invalid dates", () => {
    expect(eventDays("2026-02-30", "2026-03-02")).toEqual([]);
    expect(eventDays("2026-02-13", "garbage")).toEqual([]);
  });
});

describe("zoneOffsetLabel", () => {
  const winter = new Date("2026-01-15T12:00:00Z");
  const summer = new Date("2026-07-15T12:00:00Z");

  it('"GMT+4" for Yerevan, whatever the season', () => {
    expect(zoneOffsetLabel("Asia/Yerevan", winter)).toBe("GMT+4");
    expect(zoneOffsetLabel("Asia/Yerevan", summer)).toBe("GMT+4");
  });

  it('"GMT+5:30" for Asia/Kolkata', () => {
    expect(zoneOffsetLabel("Asia/Kolkata", winter)).toBe("GMT+5:30");
  });

  it('"GMT+5:45" for Asia/Kathmandu (minutes are two digits)', () => {
    expect(zoneOffsetLabel("Asia/Kathmandu", winter)).toBe("GMT+5:45");
  });

  it('"GMT" for UTC (no sign, no zero)', () => {
    expect(zoneOffsetLabel("UTC", winter)).toBe("GMT");
  });

  it("negative zones use the minus sign U+2212, not a hyphen", () => {
    const label = zoneOffsetLabel("America/New_York", winter);
    expect(label).toBe("GMT\u22125");
    expect(label).not.toContain("-");
  });

  it("negative zone with minutes (America/St_Johns)", () => {
    expect(zoneOffsetLabel("America/St_Johns", winter)).toBe("GMT\u22123:30");
  });

  it("follows DST at the given instant", () => {
    expect(zoneOffsetLabel("Europe/Berlin", winter)).toBe("GMT+1");
    expect(zoneOffsetLabel("Europe/Berlin", summer)).toBe("GMT+2");
    expect(zoneOffsetLabel("America/New_York", summer)).toBe("GMT\u22124");
  });
});

describe("groupByLocalDay", () => {
  type Item = { id: string; startsAt: Date };
  const item = (id: string, startsAt: string): Item => ({ id, startsAt: new Date(startsAt) });

  it("returns [] for no items", () => {
    expect(groupByLocalDay([], "Asia/Yerevan")).toEqual([]);
  });

  it("groups by the zone's local day, not the UTC day", () => {
    // 21:00Z on the 13th is 01:00 on the 14th in Yerevan; 19:00Z is 23:00 on the 13th.
    const late = item("late", "2026-02-13T19:00:00Z");
    const afterMidnight = item("afterMidnight", "2026-02-13T21:00:00Z");
    const groups = groupByLocalDay([late, afterMidnight], "Asia/Yerevan");
    expect(groups.map((g) => g.day)).toEqual(["2026-02-13", "2026-02-14"]);
    expect(groups[0]!.items.map((i) => i.id)).toEqual(["late"]);
    expect(groups[1]!.items.map((i) => i.id)).toEqual(["afterMidnight"]);

    // In UTC both are on the 13th.
    const utc = groupByLocalDay([late, afterMidnight], "UTC");
    expect(utc).toHaveLength(1);
    expect(utc[0]!.day).toBe("2026-02-13");
  });

  it("puts an early-morning UTC item on the previous local day west of UTC", () => {
    const groups = groupByLocalDay([item("a", "2026-01-02T03:00:00Z")], "America/New_York");
    expect(groups).toEqual([{ day: "2026-01-01", items: [expect.objectContaining({ id: "a" })] }]);
  });

  it("sorts days and the items within each day by start, whatever the input order", () => {
    const items = [
      item("d2-b", "2026-02-14T10:00:00Z"),
      item("d1-b", "2026-02-13T12:00:00Z"),
      item("d2-a", "2026-02-14T06:00:00Z"),
      item("d1-a", "2026-02-13T05:00:00Z"),
      item("d1-c", "2026-02-13T15:00:00Z"),
    ];
    const groups = groupByLocalDay(items, "Asia/Yerevan");
    expect(groups.map((g) => g.day)).toEqual(["2026-02-13", "2026-02-14"]);
    expect(groups[0]!.items.map((i) => i.id)).toEqual(["d1-a", "d1-b", "d1-c"]);
    expect(groups[1]!.items.map((i) => i.id)).toEqual(["d2-a", "d2-b"]);
  });

  it("sorts days across a month and year boundary", () => {
    const groups = groupByLocalDay(
      [item("jan", "2027-01-01T08:00:00Z"), item("dec", "2026-12-31T08:00:00Z"), item("nov", "2026-11-30T08:00:00Z")],
      "Asia/Yerevan",
    );
    expect(groups.map((g) => g.day)).toEqual(["2026-11-30", "2026-12-31", "2027-01-01"]);
  });

  it("keeps the same item objects and does not mutate the input array", () => {
    const a = item("a", "2026-02-13T10:00:00Z");
    const b = item("b", "2026-02-13T06:00:00Z");
    const input = [a, b];
    const groups = groupByLocalDay(input, "Asia/Yerevan");
    expect(input).toEqual([a, b]);
    expect(input[0]).toBe(a);
    expect(groups[0]!.items[0]).toBe(b);
    expect(groups[0]!.items[1]).toBe(a);
  });

  it("preserves extra fields on the items (generic)", () => {
    const groups = groupByLocalDay([{ startsAt: new Date("2026-02-13T05:00:00Z"), title: "Opening" }], "Asia/Yerevan");
    expect(groups[0]!.items[0]!.title).toBe("Opening");
  });
});
