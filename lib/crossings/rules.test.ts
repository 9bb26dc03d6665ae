import { describe, expect, it } from "vitest";
import {
  actualTimeProblem,
  canCross,
  confirmedWithoutEntry,
  crossingDays,
  defaultManifest,
  expectsEntryCrossing,
  manifestCounts,
  manifestPeople,
  type MemberStatus,
} from "./rules";

const member = (personId: string, status: MemberStatus) => ({ personId, status });
const members = [
  member("head", "confirmed"),
  member("expert", "confirmed"),
  member("journalist", "registered"),
  member("maybe", "invited"),
  member("no", "declined"),
  member("gone", "withdrawn"),
];

describe("who crosses", () => {
  it("leaves out people who declined or withdrew", () => {
    expect(members.filter((m) => canCross(m.status)).map((m) => m.personId)).toEqual(["head", "expert", "journalist", "maybe"]);
  });

  it("starts a manifest with the confirmed and registered people", () => {
    expect(defaultManifest(members)).toEqual(["head", "expert", "journalist"]);
  });
});

describe("confirmedWithoutEntry", () => {
  it("lists confirmed members on no entry crossing; exits and unconfirmed people do not count", () => {
    const crossings = [
      { direction: "entry" as const, personIds: ["head", "journalist"] },
      { direction: "exit" as const, personIds: ["expert"] },
    ];
    expect(confirmedWithoutEntry(members, crossings).map((m) => m.personId)).toEqual(["expert"]);
  });

  it("is everyone confirmed when nothing is planned, and nobody when all entered", () => {
    expect(confirmedWithoutEntry(members, []).map((m) => m.personId)).toEqual(["head", "expert"]);
    expect(
      confirmedWithoutEntry(members, [
        { direction: "entry", personIds: ["expert"] },
        { direction: "entry", personIds: ["head"] },
      ]),
    ).toEqual([]);
  });
});

describe("expectsEntryCrossing", () => {
  it("expects visiting delegations to enter, and the host's only once it plans a crossing", () => {
    expect(expectsEntryCrossing({ hostParty: false, crossings: [] })).toBe(true);
    expect(expectsEntryCrossing({ hostParty: true, crossings: [] })).toBe(false);
    expect(expectsEntryCrossing({ hostParty: true, crossings: [{ direction: "exit" }] })).toBe(true);
  });
});

describe("manifestCounts", () => {
  it("counts the manifest against the confirmed members", () => {
    expect(manifestCounts(["head", "journalist"], members)).toEqual({ onManifest: 2, confirmed: 2 });
  });
});

describe("actualTimeProblem", () => {
  const planned = new Date("2026-02-13T04:00:00Z");
  const now = new Date("2026-02-13T05:00:00Z");
  it("accepts a time around the planned one, late or a little early", () => {
    expect(actualTimeProblem(planned, new Date("2026-02-13T04:20:00Z"), now)).toBeNull();
    expect(actualTimeProblem(planned, new Date("2026-02-12T04:00:00Z"), now)).toBeNull();
  });

  it("refuses a time a week or more before the plan", () => {
    expect(actualTimeProblem(planned, new Date("2026-02-06T04:00:00Z"), now)).toBe("actualTooEarly");
  });

  it("refuses a time in the future beyond a few minutes of clock drift", () => {
    expect(actualTimeProblem(planned, new Date("2026-02-13T05:04:00Z"), now)).toBeNull();
    expect(actualTimeProblem(planned, new Date("2026-02-13T06:00:00Z"), now)).toBe("actualInFuture");
  });
});

describe("manifestPeople", () => {
  it("keeps the people on the manifest, by Latin name", () => {
    const people = [
      { personId: "1", nameLatin: "Tural Babayev" },
      { personId: "2", nameLatin: "Aygun Mammadova" },
      { personId: "3", nameLatin: "Elnur Gasimov" },
    ];
    expect(manifestPeople(people, ["1", "2", "unknown"]).map((p) => p.nameLatin)).toEqual(["Aygun Mammadova", "Tural Babayev"]);
  });
});

describe("crossingDays", () => {
  it("lists each local day once, in order, on the event's clock", () => {
    const crossings = [
      { plannedAt: new Date("2026-02-14T15:30:00Z") },
      { plannedAt: new Date("2026-02-12T21:00:00Z") }, // 01:00 on the 13th in Yerevan
      { plannedAt: new Date("2026-02-13T04:00:00Z") },
    ];
    expect(crossingDays(crossings, "Asia/Yerevan")).toEqual(["2026-02-13", "2026-02-14"]);
  });
});
