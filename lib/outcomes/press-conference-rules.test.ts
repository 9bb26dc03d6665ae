import { describe, expect, it } from "vitest";
import { effectivePressConference, embargoChoice, lastPressConference, pressConferenceFromItem } from "./press-conference-rules";

const item = (
  id: string,
  kind: string,
  startsAt: string,
  endsAt = startsAt.replace(/T(\d\d)/, (_m, h: string) => `T${String(Number(h) + 1).padStart(2, "0")}`),
) => ({
  id,
  kind,
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
});

describe("the agenda's press conference", () => {
  it("is none when the agenda has no press-conference item", () => {
    expect(lastPressConference([item("a", "plenary", "2026-05-13T10:00:00Z"), item("b", "meeting_with_officials", "2026-05-13T12:00:00Z")])).toBeNull();
  });

  it("is the one press-conference item, whatever else the agenda holds", () => {
    const press = item("p", "press_conference", "2026-05-13T12:00:00Z");
    expect(lastPressConference([item("a", "plenary", "2026-05-14T10:00:00Z"), press])).toEqual({ item: press, count: 1 });
  });

  it("is the last of several, by start, and counts them", () => {
    const early = item("z", "press_conference", "2026-05-12T12:00:00Z");
    const late = item("a", "press_conference", "2026-05-13T12:00:00Z");
    expect(lastPressConference([late, early])).toEqual({ item: late, count: 2 });
    expect(lastPressConference([early, late])).toEqual({ item: late, count: 2 });
  });

  it("breaks a tie of starts by the later end, then by id, the same way every time", () => {
    const short = item("b", "press_conference", "2026-05-13T12:00:00Z", "2026-05-13T12:30:00Z");
    const long = item("a", "press_conference", "2026-05-13T12:00:00Z", "2026-05-13T13:30:00Z");
    expect(lastPressConference([short, long])?.item).toBe(long);
    const x = item("x", "press_conference", "2026-05-13T12:00:00Z");
    const y = item("y", "press_conference", "2026-05-13T12:00:00Z");
    expect(lastPressConference([x, y])?.item).toBe(y);
    expect(lastPressConference([y, x])?.item).toBe(y);
  });

  it("gives the outcome the item's start, place and speakers (each once)", () => {
    expect(pressConferenceFromItem({ startsAt: new Date("2026-05-13T12:00:00Z"), place: "Press room" }, ["p1", "p2", "p1"])).toEqual({
      startsAt: "2026-05-13T12:00:00.000Z",
      place: "Press room",
      speakerIds: ["p1", "p2"],
    });
  });

  it("takes the agenda's over the outcome's own fields, which stand in only without one", () => {
    const typed = { startsAt: "2026-05-01T10:00:00.000Z", place: "Typed", speakerIds: ["t"] };
    const agenda = { startsAt: "2026-05-13T12:00:00.000Z", place: "Agenda", speakerIds: [] };
    expect(effectivePressConference(agenda, typed)).toBe(agenda);
    expect(effectivePressConference(null, typed)).toBe(typed);
  });
});

describe("embargo until the press conference", () => {
  const now = new Date("2026-05-13T11:00:00Z");

  it("is available while the press conference is to come", () => {
    expect(embargoChoice("2026-05-13T12:00:00.000Z", now)).toEqual({ state: "available", at: new Date("2026-05-13T12:00:00Z") });
  });

  it("has passed at or after its time", () => {
    expect(embargoChoice(new Date("2026-05-13T11:00:00Z"), now)).toEqual({ state: "passed", at: now });
    expect(embargoChoice("2026-05-12T12:00:00.000Z", now).state).toBe("passed");
  });

  it("is unknown without a time", () => {
    expect(embargoChoice(null, now)).toEqual({ state: "unknown" });
    expect(embargoChoice("", now)).toEqual({ state: "unknown" });
    expect(embargoChoice("not a date", now)).toEqual({ state: "unknown" });
  });
});
