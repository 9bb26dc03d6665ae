import { describe, expect, it } from "vitest";
import { acronymOf, buildScheduleXml, frabDayOf, integerIds, nameBasedUuid, type FrabSchedule } from "./frab-schedule";

describe("integerIds", () => {
  it("derives a positive 31-bit integer from the UUID's first 32 bits", () => {
    const ids = integerIds(["ffffffff-0000-4000-8000-000000000000", "00000000-0000-4000-8000-000000000001", "0000002a-0000-4000-8000-000000000000"]);
    expect(ids.get("ffffffff-0000-4000-8000-000000000000")).toBe(0x7fffffff);
    expect(ids.get("00000000-0000-4000-8000-000000000001")).toBe(1);
    expect(ids.get("0000002a-0000-4000-8000-000000000000")).toBe(42);
  });

  it("tells colliding items apart the same way whatever order they come in", () => {
    const a = "12345678-0000-4000-8000-00000000000a";
    const b = "92345678-0000-4000-8000-00000000000b"; // the same 31 bits once the top bit is cleared
    const one = integerIds([a, b]);
    const other = integerIds([b, a]);
    expect([...one.entries()].sort()).toEqual([...other.entries()].sort());
    expect(one.get(a)).toBe(0x12345678);
    expect(one.get(b)).toBe(0x12345679);
  });
});

describe("nameBasedUuid", () => {
  it("is RFC 9562 version 5 (the RFC's own example namespace and name)", () => {
    expect(nameBasedUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });
});

describe("acronymOf", () => {
  it("keeps to c3voc's acronym characters", () => {
    expect(acronymOf("peace-bridge-tsaghkadzor-2026")).toBe("peace_bridge_tsaghkadzor_2026");
    expect(acronymOf("ab")).toBe("ab_event");
  });
});

describe("frabDayOf", () => {
  it("counts a session before 04:00 local time to the previous day, across a summer-time change", () => {
    expect(frabDayOf(new Date("2026-02-13T20:30:00Z"), "Asia/Yerevan")).toBe("2026-02-13"); // 00:30 on the 14th
    expect(frabDayOf(new Date("2026-02-14T00:00:00Z"), "Asia/Yerevan")).toBe("2026-02-14"); // 04:00 on the 14th
    // Berlin moves to summer time at 02:00 on 29 March 2026: 03:30 is still the 28th's night, 04:30 the 29th.
    expect(frabDayOf(new Date("2026-03-29T01:30:00Z"), "Europe/Berlin")).toBe("2026-03-28");
    expect(frabDayOf(new Date("2026-03-29T02:30:00Z"), "Europe/Berlin")).toBe("2026-03-29");
  });
});

describe("buildScheduleXml", () => {
  const base: FrabSchedule = {
    eventId: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
    slug: "test-event",
    title: "Round <table> & \u0007bell",
    version: 3,
    timeZone: "UTC",
    firstDay: "2026-05-01",
    lastDay: "2026-05-02",
    language: "en",
    eventUrl: "http://localhost/en/events/test-event",
    xmlUrl: "http://localhost/events/test-event/schedule.xml",
    jsonUrl: "http://localhost/events/test-event/schedule.json",
    sessions: [],
  };

  it("escapes text and drops characters XML cannot carry; every event day is a day, sessions or not", () => {
    const xml = buildScheduleXml(base);
    expect(xml).toContain("<title>Round &lt;table&gt; &amp; bell</title>");
    expect(xml.match(/<day /g)).toHaveLength(2);
    expect(xml).toContain('<day index="1" date="2026-05-01" start="2026-05-01T04:00:00Z" end="2026-05-02T03:59:00Z">');
  });
});
