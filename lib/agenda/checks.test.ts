import { describe, expect, it } from "vitest";
import {
  blockingErrors,
  checkAgenda,
  clashes,
  checkItem,
  findingsByItem,
  hasErrors,
  type AgendaKind,
  type CheckEvent,
  type CheckItem,
  type CheckPerson,
  type Finding,
} from "@/lib/agenda/checks";
import { zonedLocalToInstant } from "@/lib/time/zoned";

// The demo round table: Tsaghkadzor (Asia/Yerevan, UTC+4, no DST), 13–14 February 2026.
const EVENT: CheckEvent = { firstDay: "2026-02-13", lastDay: "2026-02-14", timeZone: "Asia/Yerevan", partyIds: ["az", "am"] };
// Spring forward on Sunday 29 March 2026 at 02:00 CET → 03:00 CEST.
const BERLIN_SPRING: CheckEvent = { firstDay: "2026-03-28", lastDay: "2026-03-29", timeZone: "Europe/Berlin", partyIds: ["az", "am"] };
// Fall back on Sunday 25 October 2026 at 03:00 CEST → 02:00 CET.
const BERLIN_AUTUMN: CheckEvent = { firstDay: "2026-10-24", lastDay: "2026-10-25", timeZone: "Europe/Berlin", partyIds: ["az", "am"] };

/** A wall-clock time in the zone as an instant; fails the test on a time that does not exist. */
function local(day: string, time: string, zone = EVENT.timeZone): Date {
  const instant = zonedLocalToInstant(day, time, zone);
  if (!instant) throw new Error(`${day} ${time} does not exist in ${zone}`);
  return instant;
}

let counter = 0;
function item(overrides: Partial<CheckItem> & { day?: string; from?: string; to?: string; zone?: string } = {}): CheckItem {
  const { day = "2026-02-13", from = "10:00", to = "11:00", zone = EVENT.timeZone, ...rest } = overrides;
  counter += 1;
  return {
    id: `item-${counter}`,
    title: `Item ${counter}`,
    kind: "cultural_social",
    place: "",
    startsAt: local(day, from, zone),
    endsAt: local(day, to, zone),
    people: [],
    officialIds: [],
    ...rest,
  };
}

const speaker = (personId: string, partyId: string): CheckPerson => ({ personId, role: "speaker", partyId });
const moderator = (personId: string, partyId: string): CheckPerson => ({ personId, role: "moderator", partyId });

const codes = (findings: Finding[]) => findings.map((finding) => finding.code);
const ofItem = (findings: Finding[], id: string) => findings.filter((finding) => finding.itemId === id);

describe("checkAgenda: a sound agenda", () => {
  it("finds nothing in an empty agenda", () => {
    expect(checkAgenda([], EVENT)).toEqual([]);
  });

  it("finds nothing in a balanced, non-overlapping two-day programme", () => {
    const items = [
      item({ id: "opening", kind: "plenary", place: "Main hall", from: "10:00", to: "11:30", people: [moderator("p1", "az"), speaker("p2", "am")] }),
      item({ id: "coffee", kind: "break", place: "Main hall", from: "11:30", to: "12:00" }),
      item({ id: "officials", kind: "meeting_with_officials", place: "Ministry", from: "15:00", to: "16:00", officialIds: ["o1"] }),
      item({
        id: "press",
        kind: "press_conference",
        place: "Main hall",
        day: "2026-02-14",
        from: "16:00",
        to: "17:00",
        people: [speaker("p1", "az"), speaker("p2", "am")],
      }),
    ];
    expect(checkAgenda(items, EVENT)).toEqual([]);
  });

  it("does not change the items it checks", () => {
    const a = item({ place: "Hall", people: [speaker("p1", "az")] });
    const b = item({ place: "Hall", from: "10:30", to: "11:30", people: [speaker("p1", "az")] });
    const before = structuredClone([a, b]);
    checkAgenda([a, b], EVENT);
    expect([a, b]).toEqual(before);
  });
});

describe("endBeforeStart", () => {
  it("is an error when the item ends before it starts", () => {
    const bad = item({ id: "bad", from: "11:00", to: "10:00" });
    expect(checkAgenda([bad], EVENT)).toEqual([{ itemId: "bad", severity: "error", code: "endBeforeStart" }]);
  });

  it("is an error when the item ends when it starts (no duration)", () => {
    const empty = item({ id: "empty", from: "10:00", to: "10:00" });
    expect(checkAgenda([empty], EVENT)).toEqual([{ itemId: "empty", severity: "error", code: "endBeforeStart" }]);
  });

  it("is not reported for an item of one minute", () => {
    expect(checkAgenda([item({ from: "10:00", to: "10:01" })], EVENT)).toEqual([]);
  });

  it("an item without a real interval never overlaps anything", () => {
    const backwards = item({ id: "backwards", place: "Hall", from: "12:00", to: "09:00", people: [speaker("p1", "az")] });
    const normal = item({ id: "normal", place: "Hall", from: "10:00", to: "11:00", people: [speaker("p1", "az")] });
    expect(checkAgenda([backwards, normal], EVENT)).toEqual([{ itemId: "backwards", severity: "error", code: "endBeforeStart" }]);
  });
});

describe("outsideEvent", () => {
  it("is an error for an item on the day before the event", () => {
    const early = item({ id: "early", day: "2026-02-12" });
    expect(checkAgenda([early], EVENT)).toEqual([{ itemId: "early", severity: "error", code: "outsideEvent" }]);
  });

  it("is an error for an item on the day after the event", () => {
    const late = item({ id: "late", day: "2026-02-15" });
    expect(codes(checkAgenda([late], EVENT))).toEqual(["outsideEvent"]);
  });

  it("lets an item end exactly at 00:00 after the last day", () => {
    const dinner = item({ day: "2026-02-14", from: "21:00", to: "21:00" });
    dinner.endsAt = local("2026-02-15", "00:00");
    expect(checkAgenda([dinner], EVENT)).toEqual([]);
  });

  it("is an error for an item running past 00:00 after the last day", () => {
    const dinner = item({ id: "dinner", day: "2026-02-14", from: "22:00", to: "22:00" });
    dinner.endsAt = local("2026-02-15", "00:01");
    expect(checkAgenda([dinner], EVENT)).toEqual([{ itemId: "dinner", severity: "error", code: "outsideEvent" }]);
  });

  it("is an error for an item starting at 00:00 after the last day", () => {
    const night = item({ id: "night", day: "2026-02-15", from: "00:00", to: "00:30" });
    expect(codes(checkAgenda([night], EVENT))).toEqual(["outsideEvent"]);
  });

  it("is an error for an item starting before the first day and ending inside it", () => {
    const arrival = item({ id: "arrival", day: "2026-02-12", from: "23:00", to: "23:00" });
    arrival.endsAt = local("2026-02-13", "01:00");
    expect(codes(checkAgenda([arrival], EVENT))).toEqual(["outsideEvent"]);
  });

  it("judges days in the event's time zone, not in UTC", () => {
    // 00:30 in Yerevan on the first day is still the previous day in UTC: inside.
    const earlyMorning = item({ from: "00:30", to: "01:30" });
    expect(earlyMorning.startsAt.toISOString()).toBe("2026-02-12T20:30:00.000Z");
    // 01:00 in Yerevan on the day after the last is still the 14th in UTC (21:00Z), but outside.
    const nightAfter = item({ id: "nightAfter", day: "2026-02-15", from: "01:00", to: "02:00" });
    expect(nightAfter.startsAt.toISOString()).toBe("2026-02-14T21:00:00.000Z");
    expect(checkAgenda([earlyMorning, nightAfter], EVENT)).toEqual([{ itemId: "nightAfter", severity: "error", code: "outsideEvent" }]);
  });

  it("reports both errors for an item outside the event that also ends before it starts", () => {
    const wrong = item({ id: "wrong", day: "2026-02-16", from: "10:00", to: "09:00" });
    expect(checkAgenda([wrong], EVENT)).toEqual([
      { itemId: "wrong", severity: "error", code: "outsideEvent" },
      { itemId: "wrong", severity: "error", code: "endBeforeStart" },
    ]);
  });

  it("treats every item as outside an event without days (last day before first)", () => {
    const backwardsEvent: CheckEvent = { ...EVENT, firstDay: "2026-02-14", lastDay: "2026-02-13" };
    expect(codes(checkAgenda([item()], backwardsEvent))).toEqual(["outsideEvent"]);
  });

  it("does not judge local days when the event's zone is unknown", () => {
    const noZone: CheckEvent = { ...EVENT, timeZone: "Mars/Olympus" };
    expect(checkAgenda([item({ day: "2026-03-01" })], noZone)).toEqual([]);
  });

  it("knows where a day starts and ends in a zone whose clocks skip midnight", () => {
    // America/Santiago springs forward at 24:00 on Saturday 5 September 2026 (−04 → −03): Sunday
    // starts at 01:00, which is 04:00Z.
    const saturday: CheckEvent = { firstDay: "2026-09-05", lastDay: "2026-09-05", timeZone: "America/Santiago", partyIds: ["az", "am"] };
    const lateNight = item({ id: "lateNight", day: "2026-09-05", from: "23:00", to: "23:00", zone: "America/Santiago" });
    lateNight.endsAt = new Date("2026-09-06T04:00:00Z");
    const pastMidnight = item({ id: "pastMidnight", day: "2026-09-05", from: "23:00", to: "23:00", zone: "America/Santiago" });
    pastMidnight.endsAt = new Date("2026-09-06T04:01:00Z");
    expect(checkAgenda([lateNight, pastMidnight], saturday)).toEqual([{ itemId: "pastMidnight", severity: "error", code: "outsideEvent" }]);

    const sunday: CheckEvent = { ...saturday, firstDay: "2026-09-06", lastDay: "2026-09-06" };
    const firstMinute = item({ id: "firstMinute", day: "2026-09-06", from: "01:00", to: "02:00", zone: "America/Santiago" });
    expect(firstMinute.startsAt.toISOString()).toBe("2026-09-06T04:00:00.000Z");
    const saturdayNight = item({ id: "saturdayNight", day: "2026-09-05", from: "23:59", to: "23:59", zone: "America/Santiago" });
    saturdayNight.endsAt = new Date("2026-09-06T04:30:00Z");
    expect(checkAgenda([firstMinute, saturdayNight], sunday)).toEqual([{ itemId: "saturdayNight", severity: "error", code: "outsideEvent" }]);
  });

  it("works for a one-day event", () => {
    const oneDay: CheckEvent = { ...EVENT, lastDay: "2026-02-13" };
    const inside = item({ id: "inside" });
    const nextDay = item({ id: "nextDay", day: "2026-02-14" });
    expect(checkAgenda([inside, nextDay], oneDay)).toEqual([{ itemId: "nextDay", severity: "error", code: "outsideEvent" }]);
  });
});

describe("placeOverlap", () => {
  it("is an error on both items, each pointing at the other", () => {
    const a = item({ id: "a", place: "Main hall", from: "10:00", to: "11:00" });
    const b = item({ id: "b", place: "Main hall", from: "10:30", to: "11:30" });
    expect(checkAgenda([a, b], EVENT)).toEqual([
      { itemId: "a", severity: "error", code: "placeOverlap", otherItemId: "b" },
      { itemId: "b", severity: "error", code: "placeOverlap", otherItemId: "a" },
    ]);
  });

  it("warns when one item lies entirely inside the other", () => {
    const long = item({ id: "long", place: "Hall", from: "09:00", to: "13:00" });
    const short = item({ id: "short", place: "Hall", from: "10:00", to: "10:30" });
    expect(codes(checkAgenda([short, long], EVENT))).toEqual(["placeOverlap", "placeOverlap"]);
  });

  it("warns for two items at exactly the same time", () => {
    const a = item({ id: "a", place: "Hall" });
    const b = item({ id: "b", place: "Hall" });
    expect(checkAgenda([a, b], EVENT).map((f) => [f.itemId, f.otherItemId])).toEqual([
      ["a", "b"],
      ["b", "a"],
    ]);
  });

  it("does not treat touching items (one ends when the next starts) as overlapping", () => {
    const a = item({ place: "Hall", from: "10:00", to: "11:00" });
    const b = item({ place: "Hall", from: "11:00", to: "12:00" });
    expect(checkAgenda([a, b], EVENT)).toEqual([]);
  });

  it("does not warn for different places at the same time", () => {
    const a = item({ place: "Main hall" });
    const b = item({ place: "Small hall" });
    expect(checkAgenda([a, b], EVENT)).toEqual([]);
  });

  it("compares places trimmed, case-insensitively and with whitespace collapsed", () => {
    const a = item({ id: "a", place: "  Main   Hall " });
    const b = item({ id: "b", place: "main hall" });
    const c = item({ id: "c", place: "MAIN\tHALL" });
    const findings = checkAgenda([a, b, c], EVENT);
    expect(findings.filter((f) => f.code === "placeOverlap")).toHaveLength(6);
    expect(ofItem(findings, "a").map((f) => f.otherItemId)).toEqual(["b", "c"]);
  });

  it("never treats an empty or blank place as a shared place", () => {
    const a = item({ place: "" });
    const b = item({ place: "" });
    const c = item({ place: "   " });
    expect(checkAgenda([a, b, c], EVENT)).toEqual([]);
  });

  it("finds overlaps across midnight", () => {
    const reception = item({ id: "reception", place: "Terrace", day: "2026-02-13", from: "22:00", to: "22:00" });
    reception.endsAt = local("2026-02-14", "01:00");
    const concert = item({ id: "concert", place: "terrace", day: "2026-02-14", from: "00:30", to: "01:30" });
    expect(checkAgenda([reception, concert], EVENT)).toEqual([
      { itemId: "reception", severity: "error", code: "placeOverlap", otherItemId: "concert" },
      { itemId: "concert", severity: "error", code: "placeOverlap", otherItemId: "reception" },
    ]);
  });

  it("does not flag an item running to midnight and the next one starting at midnight", () => {
    const evening = item({ place: "Terrace", from: "22:00", to: "22:00" });
    evening.endsAt = local("2026-02-14", "00:00");
    const night = item({ place: "Terrace", day: "2026-02-14", from: "00:00", to: "01:00" });
    expect(checkAgenda([evening, night], EVENT)).toEqual([]);
  });

  it("reports every overlapping pair when three items share a place", () => {
    const a = item({ id: "a", place: "Hall", from: "10:00", to: "12:00" });
    const b = item({ id: "b", place: "Hall", from: "10:30", to: "11:00" });
    const c = item({ id: "c", place: "Hall", from: "11:30", to: "12:30" });
    const findings = checkAgenda([c, b, a], EVENT);
    expect(ofItem(findings, "a").map((f) => f.otherItemId)).toEqual(["b", "c"]);
    expect(ofItem(findings, "b").map((f) => f.otherItemId)).toEqual(["a"]);
    expect(ofItem(findings, "c").map((f) => f.otherItemId)).toEqual(["a"]);
  });

  it("still compares a later item with a long-running earlier one after shorter ones ended", () => {
    const allDay = item({ id: "allDay", place: "Hall", from: "09:00", to: "18:00" });
    const short1 = item({ id: "short1", place: "Other", from: "09:00", to: "09:30" });
    const short2 = item({ id: "short2", place: "Other", from: "10:00", to: "10:30" });
    const late = item({ id: "late", place: "Hall", from: "17:00", to: "17:30" });
    const findings = checkAgenda([allDay, short1, short2, late], EVENT);
    expect(findings.map((f) => [f.itemId, f.otherItemId])).toEqual([
      ["allDay", "late"],
      ["late", "allDay"],
    ]);
  });
});

describe("personDoubleBooked", () => {
  it("is an error on both items with the person and the other item", () => {
    const a = item({ id: "a", place: "Hall A", people: [speaker("p1", "az"), speaker("p2", "am")] });
    const b = item({ id: "b", place: "Hall B", from: "10:30", to: "11:30", people: [moderator("p1", "az")] });
    expect(checkAgenda([a, b], EVENT)).toEqual([
      { itemId: "a", severity: "error", code: "personDoubleBooked", otherItemId: "b", personId: "p1" },
      { itemId: "b", severity: "error", code: "personDoubleBooked", otherItemId: "a", personId: "p1" },
    ]);
  });

  it("does not warn when the person's items only touch", () => {
    const a = item({ people: [speaker("p1", "az")], from: "10:00", to: "11:00" });
    const b = item({ people: [speaker("p1", "az")], from: "11:00", to: "12:00" });
    expect(checkAgenda([a, b], EVENT)).toEqual([]);
  });

  it("does not warn for different people at the same time", () => {
    const a = item({ people: [speaker("p1", "az")] });
    const b = item({ people: [speaker("p2", "az")] });
    expect(checkAgenda([a, b], EVENT)).toEqual([]);
  });

  it("gives one finding per person per other item, even for someone both moderating and speaking", () => {
    const a = item({ id: "a", people: [moderator("p1", "az"), speaker("p1", "az"), speaker("p2", "am")] });
    const b = item({ id: "b", people: [speaker("p1", "az"), speaker("p2", "am")] });
    const c = item({ id: "c", from: "10:30", to: "12:00", people: [speaker("p1", "az")] });
    const findings = checkAgenda([a, b, c], EVENT);
    expect(ofItem(findings, "a").map((f) => [f.otherItemId, f.personId])).toEqual([
      ["b", "p1"],
      ["b", "p2"],
      ["c", "p1"],
    ]);
    expect(ofItem(findings, "b").map((f) => [f.otherItemId, f.personId])).toEqual([
      ["a", "p1"],
      ["a", "p2"],
      ["c", "p1"],
    ]);
    expect(ofItem(findings, "c").map((f) => [f.otherItemId, f.personId])).toEqual([
      ["a", "p1"],
      ["b", "p1"],
    ]);
  });

  it("finds a person double-booked across midnight", () => {
    const late = item({ id: "late", people: [speaker("p1", "az")], from: "23:00", to: "23:00" });
    late.endsAt = local("2026-02-14", "00:30");
    const night = item({ id: "night", day: "2026-02-14", from: "00:15", to: "01:00", people: [moderator("p1", "az")] });
    expect(checkAgenda([night, late], EVENT).map((f) => [f.itemId, f.code, f.personId, f.otherItemId])).toEqual([
      ["late", "personDoubleBooked", "p1", "night"],
      ["night", "personDoubleBooked", "p1", "late"],
    ]);
  });

  it("reports a shared place and a shared person separately for the same pair", () => {
    const a = item({ id: "a", place: "Hall", people: [speaker("p1", "az")] });
    const b = item({ id: "b", place: "Hall", people: [speaker("p1", "az")] });
    expect(codes(ofItem(checkAgenda([a, b], EVENT), "a"))).toEqual(["placeOverlap", "personDoubleBooked"]);
  });
});

describe("meetingWithoutOfficial", () => {
  it("warns for a meeting with officials that names no official", () => {
    const meeting = item({ id: "meeting", kind: "meeting_with_officials" });
    expect(checkAgenda([meeting], EVENT)).toEqual([{ itemId: "meeting", severity: "warning", code: "meetingWithoutOfficial" }]);
  });

  it("does not warn once an official is named", () => {
    expect(checkAgenda([item({ kind: "meeting_with_officials", officialIds: ["secretary"] })], EVENT)).toEqual([]);
  });

  it("does not ask other kinds for officials", () => {
    const kinds: AgendaKind[] = ["plenary", "thematic_session", "working_group", "cultural_social", "press_conference", "travel", "break"];
    expect(
      checkAgenda(
        kinds.map((kind) => item({ kind })),
        EVENT,
      ),
    ).toEqual([]);
  });
});

describe("oneSidedPanel (parity)", () => {
  it("does not warn for a single person", () => {
    expect(checkAgenda([item({ kind: "plenary", people: [speaker("p1", "az")] })], EVENT)).toEqual([]);
  });

  it("does not warn for a session without moderators or speakers", () => {
    expect(checkAgenda([item({ kind: "plenary" })], EVENT)).toEqual([]);
  });

  it("warns when two people all come from one side, naming that side", () => {
    const panel = item({ id: "panel", kind: "thematic_session", people: [moderator("p1", "am"), speaker("p2", "am")] });
    expect(checkAgenda([panel], EVENT)).toEqual([{ itemId: "panel", severity: "warning", code: "oneSidedPanel", partyId: "am" }]);
  });

  it("does not warn when the two people come from two sides", () => {
    expect(checkAgenda([item({ kind: "thematic_session", people: [moderator("p1", "am"), speaker("p2", "az")] })], EVENT)).toEqual([]);
  });

  it("does not warn when one side only moderates and the other only speaks", () => {
    const panel = item({ kind: "plenary", people: [moderator("p1", "am"), speaker("p2", "az"), speaker("p3", "az")] });
    expect(checkAgenda([panel], EVENT)).toEqual([]);
  });

  it("does not warn in a single-party event", () => {
    const single: CheckEvent = { ...EVENT, partyIds: ["am"] };
    expect(checkAgenda([item({ kind: "plenary", people: [speaker("p1", "am"), speaker("p2", "am")] })], single)).toEqual([]);
    const repeated: CheckEvent = { ...EVENT, partyIds: ["am", "am"] };
    expect(checkAgenda([item({ kind: "plenary", people: [speaker("p1", "am"), speaker("p2", "am")] })], repeated)).toEqual([]);
  });

  it("warns in an event of three parties", () => {
    const trilateral: CheckEvent = { ...EVENT, partyIds: ["az", "am", "ge"] };
    const panel = item({ kind: "working_group", people: [speaker("p1", "ge"), speaker("p2", "ge")] });
    expect(checkAgenda([panel], trilateral).map((f) => [f.code, f.partyId])).toEqual([["oneSidedPanel", "ge"]]);
  });

  it("counts someone who both moderates and speaks once", () => {
    const solo = item({ kind: "plenary", people: [moderator("p1", "az"), speaker("p1", "az")] });
    expect(checkAgenda([solo], EVENT)).toEqual([]);
  });

  it.each<AgendaKind>(["plenary", "thematic_session", "working_group", "press_conference"])("checks parity of a %s", (kind) => {
    const session = item({ id: "session", kind, people: [speaker("p1", "az"), speaker("p2", "az")] });
    expect(checkAgenda([session], EVENT)).toEqual([{ itemId: "session", severity: "warning", code: "oneSidedPanel", partyId: "az" }]);
  });

  it.each<AgendaKind>(["break", "travel", "cultural_social"])("never checks parity of a %s", (kind) => {
    const oneSided = item({ kind, people: [speaker("p1", "az"), speaker("p2", "az"), moderator("p3", "az")] });
    expect(checkAgenda([oneSided], EVENT)).toEqual([]);
  });

  it("does not check parity of a meeting with officials", () => {
    const meeting = item({ kind: "meeting_with_officials", officialIds: ["o1"], people: [speaker("p1", "az"), speaker("p2", "az")] });
    expect(checkAgenda([meeting], EVENT)).toEqual([]);
  });
});

describe("a daylight-saving change inside the event (Europe/Berlin)", () => {
  it("neither flags nor shifts an item spanning the spring-forward hour", () => {
    const night = item({ id: "night", kind: "plenary", place: "Hall", day: "2026-03-29", from: "01:30", to: "03:30", zone: "Europe/Berlin" });
    const startsAt = night.startsAt.toISOString();
    const endsAt = night.endsAt.toISOString();
    expect(night.endsAt.getTime() - night.startsAt.getTime()).toBe(60 * 60 * 1000); // one real hour
    expect(checkAgenda([night], BERLIN_SPRING)).toEqual([]);
    expect(checkItem(night, [], BERLIN_SPRING)).toEqual([]);
    expect(night.startsAt.toISOString()).toBe(startsAt);
    expect(night.endsAt.toISOString()).toBe(endsAt);
  });

  it("sees 01:00–02:00 and 03:00–04:00 on the night clocks spring forward as consecutive", () => {
    // 02:00 CET is the instant the clocks jump to 03:00 CEST: the first item ends when the second starts.
    const first = item({ id: "first", place: "Hall", day: "2026-03-29", from: "01:00", to: "01:00", zone: "Europe/Berlin", people: [speaker("p1", "az")] });
    first.endsAt = new Date("2026-03-29T02:00:00+01:00");
    const second = item({ id: "second", place: "Hall", day: "2026-03-29", from: "03:00", to: "04:00", zone: "Europe/Berlin", people: [speaker("p1", "az")] });
    expect(first.endsAt.getTime()).toBe(second.startsAt.getTime());
    expect(checkAgenda([first, second], BERLIN_SPRING)).toEqual([]);
    expect(checkItem(second, [first], BERLIN_SPRING)).toEqual([]);
  });

  it("still finds a real overlap across the spring-forward hour", () => {
    const first = item({ id: "first", place: "Hall", day: "2026-03-29", from: "01:00", to: "03:30", zone: "Europe/Berlin" });
    const second = item({ id: "second", place: "Hall", day: "2026-03-29", from: "03:00", to: "04:00", zone: "Europe/Berlin" });
    expect(codes(checkAgenda([first, second], BERLIN_SPRING))).toEqual(["placeOverlap", "placeOverlap"]);
  });

  it("judges the event's days in local time on both sides of the change", () => {
    // The first day starts at 00:00 CET (23:00Z the day before), the last ends at 00:00 CEST (22:00Z).
    const firstMinute = item({ id: "firstMinute", day: "2026-03-28", from: "00:00", to: "01:00", zone: "Europe/Berlin" });
    expect(firstMinute.startsAt.toISOString()).toBe("2026-03-27T23:00:00.000Z");
    const lastEvening = item({ id: "lastEvening", day: "2026-03-29", from: "22:00", to: "22:00", zone: "Europe/Berlin" });
    lastEvening.endsAt = local("2026-03-30", "00:00", "Europe/Berlin");
    expect(lastEvening.endsAt.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    const tooLate = item({ id: "tooLate", day: "2026-03-29", from: "23:30", to: "23:30", zone: "Europe/Berlin" });
    tooLate.endsAt = local("2026-03-30", "00:30", "Europe/Berlin");
    const tooEarly = item({ id: "tooEarly", day: "2026-03-27", from: "23:30", to: "23:45", zone: "Europe/Berlin" });
    expect(checkAgenda([firstMinute, lastEvening, tooLate, tooEarly], BERLIN_SPRING)).toEqual([
      { itemId: "tooEarly", severity: "error", code: "outsideEvent" },
      { itemId: "tooLate", severity: "error", code: "outsideEvent" },
    ]);
  });

  it("tells the two 02:30s of the night clocks fall back apart", () => {
    const summerTime = item({ id: "summerTime", place: "Hall", day: "2026-10-25", from: "00:00", to: "00:00", zone: "Europe/Berlin" });
    summerTime.startsAt = new Date("2026-10-25T02:15:00+02:00");
    summerTime.endsAt = new Date("2026-10-25T02:45:00+02:00");
    const winterTime = item({ id: "winterTime", place: "Hall", day: "2026-10-25", from: "00:00", to: "00:00", zone: "Europe/Berlin" });
    winterTime.startsAt = new Date("2026-10-25T02:15:00+01:00");
    winterTime.endsAt = new Date("2026-10-25T02:45:00+01:00");
    expect(checkAgenda([summerTime, winterTime], BERLIN_AUTUMN)).toEqual([]);

    const spanning = item({ id: "spanning", place: "Hall", day: "2026-10-25", from: "00:00", to: "00:00", zone: "Europe/Berlin" });
    spanning.startsAt = new Date("2026-10-25T02:30:00+02:00");
    spanning.endsAt = new Date("2026-10-25T02:30:00+01:00"); // one real hour
    expect(checkAgenda([spanning, winterTime], BERLIN_AUTUMN).map((f) => [f.itemId, f.otherItemId])).toEqual([
      ["spanning", "winterTime"],
      ["winterTime", "spanning"],
    ]);
  });
});

describe("order of findings", () => {
  it("sorts by item start, then item id, then errors first, then code", () => {
    const late = item({ id: "late", kind: "meeting_with_officials", from: "15:00", to: "16:00" });
    const zed = item({ id: "zed", kind: "plenary", place: "Hall", from: "09:00", to: "10:30", people: [speaker("p1", "az"), speaker("p2", "az")] });
    const alpha = item({ id: "alpha", kind: "meeting_with_officials", place: "hall", from: "09:00", to: "10:00", people: [speaker("p1", "az")] });
    const broken = item({ id: "broken", day: "2026-02-13", from: "12:00", to: "11:00" });
    const outside = item({ id: "outside", kind: "meeting_with_officials", day: "2026-02-12", from: "12:00", to: "13:00" });

    const expected: Finding[] = [
      { itemId: "outside", severity: "error", code: "outsideEvent" },
      { itemId: "outside", severity: "warning", code: "meetingWithoutOfficial" },
      { itemId: "alpha", severity: "error", code: "placeOverlap", otherItemId: "zed" },
      { itemId: "alpha", severity: "error", code: "personDoubleBooked", otherItemId: "zed", personId: "p1" },
      { itemId: "alpha", severity: "warning", code: "meetingWithoutOfficial" },
      { itemId: "zed", severity: "error", code: "placeOverlap", otherItemId: "alpha" },
      { itemId: "zed", severity: "error", code: "personDoubleBooked", otherItemId: "alpha", personId: "p1" },
      { itemId: "zed", severity: "warning", code: "oneSidedPanel", partyId: "az" },
      { itemId: "broken", severity: "error", code: "endBeforeStart" },
      { itemId: "late", severity: "warning", code: "meetingWithoutOfficial" },
    ];
    expect(checkAgenda([late, zed, alpha, broken, outside], EVENT)).toEqual(expected);
    expect(checkAgenda([broken, outside, alpha, late, zed], EVENT)).toEqual(expected);
  });

  it("orders findings against several other items by the other item's start", () => {
    const main = item({ id: "main", place: "Hall", from: "09:00", to: "13:00" });
    const third = item({ id: "a-third", place: "Hall", from: "12:00", to: "12:30" });
    const first = item({ id: "z-first", place: "Hall", from: "10:00", to: "10:30" });
    expect(ofItem(checkAgenda([third, main, first], EVENT), "main").map((f) => f.otherItemId)).toEqual(["z-first", "a-third"]);
  });
});

describe("checkItem", () => {
  const existing = [
    item({ id: "opening", kind: "plenary", place: "Main hall", from: "10:00", to: "11:00", people: [moderator("p1", "az"), speaker("p2", "am")] }),
    item({ id: "lunch", kind: "break", place: "Restaurant", from: "13:00", to: "14:00" }),
    item({ id: "security", kind: "thematic_session", place: "Small hall", from: "10:30", to: "12:00", people: [speaker("p3", "az"), speaker("p4", "am")] }),
  ];

  it("checks a new, unsaved item against the saved ones and reports only about the new item", () => {
    const draft = item({ id: "", kind: "working_group", place: " main HALL", from: "10:45", to: "11:15", people: [speaker("p2", "am"), speaker("p4", "am")] });
    expect(checkItem(draft, existing, EVENT)).toEqual([
      { itemId: "", severity: "error", code: "placeOverlap", otherItemId: "opening" },
      { itemId: "", severity: "error", code: "personDoubleBooked", otherItemId: "opening", personId: "p2" },
      { itemId: "", severity: "error", code: "personDoubleBooked", otherItemId: "security", personId: "p4" },
      { itemId: "", severity: "warning", code: "oneSidedPanel", partyId: "am" },
    ]);
  });

  it("finds nothing for a new item in a free slot", () => {
    const draft = item({ id: "draft", kind: "plenary", place: "Main hall", from: "14:00", to: "15:00", people: [speaker("p1", "az"), speaker("p2", "am")] });
    expect(checkItem(draft, existing, EVENT)).toEqual([]);
  });

  it("does not compare an item being edited with its own saved version", () => {
    const saved = existing[0];
    if (!saved) throw new Error("fixture");
    const edited: CheckItem = { ...saved, startsAt: local("2026-02-13", "10:15"), endsAt: local("2026-02-13", "10:30") };
    expect(checkItem(edited, existing, EVENT)).toEqual([]);
  });

  it("reports the item's own errors and warnings", () => {
    const draft = item({ id: "draft", kind: "meeting_with_officials", day: "2026-02-20", from: "10:00", to: "09:00" });
    const findings = checkItem(draft, existing, EVENT);
    expect(codes(findings)).toEqual(["outsideEvent", "endBeforeStart", "meetingWithoutOfficial"]);
    expect(hasErrors(findings)).toBe(true);
  });

  it("agrees with checkAgenda for every item of an agenda", () => {
    const agenda = [
      ...existing,
      item({ id: "clash", place: "Small hall", from: "11:30", to: "13:30", people: [speaker("p3", "az")] }),
      item({ id: "meeting", kind: "meeting_with_officials", place: "Restaurant", from: "13:30", to: "14:30" }),
    ];
    const all = checkAgenda(agenda, EVENT);
    for (const one of agenda) {
      const others = agenda.filter((other) => other !== one);
      expect(checkItem(one, others, EVENT)).toEqual(ofItem(all, one.id));
    }
  });
});

describe("checkAgenda against a brute-force reference", () => {
  // A tiny deterministic pseudo-random generator, so the test is reproducible.
  function generator(seed: number) {
    let state = seed;
    return (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
  }

  function naive(items: CheckItem[]): Finding[] {
    const found: Finding[] = [];
    for (const a of items) {
      for (const b of items) {
        if (a === b) continue;
        const overlap = a.startsAt < b.endsAt && b.startsAt < a.endsAt && a.startsAt < a.endsAt && b.startsAt < b.endsAt;
        if (!overlap) continue;
        const key = (place: string) => place.trim().replace(/\s+/g, " ").toLowerCase();
        if (key(a.place) !== "" && key(a.place) === key(b.place)) found.push({ itemId: a.id, severity: "error", code: "placeOverlap", otherItemId: b.id });
        for (const personId of new Set(a.people.map((p) => p.personId))) {
          if (b.people.some((p) => p.personId === personId)) {
            found.push({ itemId: a.id, severity: "error", code: "personDoubleBooked", otherItemId: b.id, personId });
          }
        }
      }
    }
    return found;
  }

  const canonical = (findings: Finding[]) =>
    findings
      .filter((f) => f.code === "placeOverlap" || f.code === "personDoubleBooked")
      .map((f) => `${f.itemId}|${f.code}|${f.otherItemId}|${f.personId ?? ""}`)
      .sort();

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("finds exactly the overlapping pairs (seed %i)", (seed) => {
    const random = generator(seed);
    const places = ["Hall", "hall ", "Terrace", "", "Small hall"];
    const people = ["p1", "p2", "p3", "p4", "p5", "p6"];
    const base = local("2026-02-13", "08:00").getTime();
    const items: CheckItem[] = Array.from({ length: 30 }, (_, index) => {
      const start = base + random(48) * 15 * 60_000;
      const end = start + (random(10) - 1) * 15 * 60_000; // sometimes empty or backwards
      return {
        id: `i${index}`,
        title: "",
        kind: "plenary",
        place: places[random(places.length)] ?? "",
        startsAt: new Date(start),
        endsAt: new Date(end),
        people: Array.from({ length: random(3) }, () => speaker(people[random(people.length)] ?? "p1", "az")),
        officialIds: [],
      };
    });
    const findings = checkAgenda(items, EVENT);
    expect(canonical(findings)).toEqual(canonical(naive(items)));
    expect(findings.length).toBeGreaterThan(0);
  });
});

describe("hasErrors", () => {
  it("is false for no findings", () => {
    expect(hasErrors([])).toBe(false);
  });

  it("is false when there are only warnings: warnings never block saving", () => {
    expect(hasErrors([{ itemId: "a", severity: "warning", code: "placeOverlap", otherItemId: "b" }])).toBe(false);
  });

  it("is true when any finding is an error", () => {
    expect(
      hasErrors([
        { itemId: "a", severity: "warning", code: "oneSidedPanel", partyId: "az" },
        { itemId: "b", severity: "error", code: "endBeforeStart" },
      ]),
    ).toBe(true);
  });
});

describe("findingsByItem", () => {
  it("is empty for no findings", () => {
    expect(findingsByItem([]).size).toBe(0);
  });

  it("groups findings by item, keeping their order", () => {
    const a = item({ id: "a", place: "Hall", kind: "meeting_with_officials" });
    const b = item({ id: "b", place: "Hall" });
    const c = item({ id: "c", from: "12:00", to: "11:00" });
    const grouped = findingsByItem(checkAgenda([a, b, c], EVENT));
    expect([...grouped.keys()]).toEqual(["a", "b", "c"]);
    expect(codes(grouped.get("a") ?? [])).toEqual(["placeOverlap", "meetingWithoutOfficial"]);
    expect(codes(grouped.get("b") ?? [])).toEqual(["placeOverlap"]);
    expect(codes(grouped.get("c") ?? [])).toEqual(["endBeforeStart"]);
    expect(grouped.get("missing")).toBeUndefined();
  });
});

describe("personNotComing", () => {
  const person = (personId: string, partyId: string, notComing = false): CheckPerson => ({ personId, role: "speaker", partyId, notComing });

  it("warns once per person who declined or withdrew but is still on the item", () => {
    const panel = item({
      id: "panel",
      kind: "plenary",
      people: [person("p1", "am", true), { ...person("p1", "am", true), role: "moderator" }, person("p2", "az")],
    });
    expect(checkAgenda([panel], EVENT).filter((f) => f.code === "personNotComing")).toEqual([
      { itemId: "panel", severity: "warning", code: "personNotComing", personId: "p1" },
    ]);
  });

  it("does not count them towards balance or double-booking", () => {
    const panel = item({ id: "panel", kind: "plenary", people: [person("p1", "am"), person("p3", "am"), person("p2", "az", true)] });
    expect(codes(checkAgenda([panel], EVENT))).toEqual(["oneSidedPanel", "personNotComing"]);
    const other = item({ id: "other", people: [person("p2", "az", true)] });
    expect(checkAgenda([panel, other], EVENT).filter((f) => f.code === "personDoubleBooked")).toEqual([]);
  });
});

describe("clashes and the errors that block a release", () => {
  const at = (h: number) => new Date(Date.UTC(2026, 1, 13, h));
  const item = (id: string, overrides: Partial<CheckItem> = {}): CheckItem => ({
    id,
    title: id,
    kind: "thematic_session",
    place: "Hall A",
    startsAt: at(8),
    endsAt: at(9),
    people: [{ personId: "p1", role: "speaker", partyId: "az" }],
    officialIds: [],
    ...overrides,
  });

  it("lists each clash once, though the checks report it on both items", () => {
    const findings = checkAgenda([item("a"), item("b")], EVENT);
    expect(clashes(findings).map((f) => f.code)).toEqual(["placeOverlap", "personDoubleBooked"]);
    expect(blockingErrors(findings)).toEqual([]);
    expect(hasErrors(findings)).toBe(true);
  });

  it("keeps an item outside the event's days a blocking error, which no reason releases", () => {
    const findings = checkAgenda([item("late", { startsAt: new Date(Date.UTC(2027, 0, 1, 8)), endsAt: new Date(Date.UTC(2027, 0, 1, 9)) })], EVENT);
    expect(blockingErrors(findings).map((f) => f.code)).toEqual(["outsideEvent"]);
    expect(clashes(findings)).toEqual([]);
  });
});
