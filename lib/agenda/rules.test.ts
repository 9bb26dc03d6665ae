import { describe, expect, it } from "vitest";
import { isVisibleTo, movedTiming, resolveAgendaTiming, visibilitiesFor, type Audience, type Visibility } from "@/lib/agenda/rules";

const AUDIENCES: Audience[] = ["public", "delegate", "organizer"];
const VISIBILITIES: Visibility[] = ["public", "delegates", "organizers"];

describe("visibilitiesFor", () => {
  it("organizers read everything", () => {
    expect([...visibilitiesFor("organizer")].sort()).toEqual(["delegates", "organizers", "public"]);
  });

  it("delegates read public and delegates-only items, never organizers-only", () => {
    expect([...visibilitiesFor("delegate")].sort()).toEqual(["delegates", "public"]);
    expect(visibilitiesFor("delegate")).not.toContain("organizers");
  });

  it("the public reads only public items", () => {
    expect(visibilitiesFor("public")).toEqual(["public"]);
  });
});

describe("isVisibleTo", () => {
  const expected: Record<Visibility, Record<Audience, boolean>> = {
    public: { public: true, delegate: true, organizer: true },
    delegates: { public: false, delegate: true, organizer: true },
    organizers: { public: false, delegate: false, organizer: true },
  };

  for (const visibility of VISIBILITIES) {
    for (const audience of AUDIENCES) {
      const want = expected[visibility][audience];
      it(`${visibility} item ${want ? "is" : "is not"} visible to ${audience}`, () => {
        expect(isVisibleTo(visibility, audience)).toBe(want);
      });
    }
  }

  it("organizers-only is never visible to a delegate or the public", () => {
    expect(isVisibleTo("organizers", "delegate")).toBe(false);
    expect(isVisibleTo("organizers", "public")).toBe(false);
  });

  it("delegates-only is not public", () => {
    expect(isVisibleTo("delegates", "public")).toBe(false);
  });
});

describe("resolveAgendaTiming", () => {
  const yerevan = { firstDay: "2026-02-13", lastDay: "2026-02-14", timeZone: "Asia/Yerevan" };
  const berlin = { firstDay: "2026-03-28", lastDay: "2026-03-30", timeZone: "Europe/Berlin" };

  function okTiming(result: ReturnType<typeof resolveAgendaTiming>) {
    if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
    return result;
  }

  it("turns local times in Asia/Yerevan into instants (09:00 local = 05:00Z)", () => {
    const result = okTiming(resolveAgendaTiming({ day: "2026-02-13", startTime: "09:00", endTime: "10:30" }, yerevan));
    expect(result.startsAt.toISOString()).toBe("2026-02-13T05:00:00.000Z");
    expect(result.endsAt.toISOString()).toBe("2026-02-13T06:30:00.000Z");
  });

  it("accepts the first and the last day of the event", () => {
    expect(resolveAgendaTiming({ day: "2026-02-13", startTime: "09:00", endTime: "10:00" }, yerevan).ok).toBe(true);
    expect(resolveAgendaTiming({ day: "2026-02-14", startTime: "09:00", endTime: "10:00" }, yerevan).ok).toBe(true);
  });

  it("refuses a day before the event", () => {
    expect(resolveAgendaTiming({ day: "2026-02-12", startTime: "09:00", endTime: "10:00" }, yerevan)).toEqual({
      ok: false,
      errors: { day: "dayOutsideEvent" },
    });
  });

  it("refuses a day after the event", () => {
    expect(resolveAgendaTiming({ day: "2026-02-15", startTime: "09:00", endTime: "10:00" }, yerevan)).toEqual({
      ok: false,
      errors: { day: "dayOutsideEvent" },
    });
  });

  it("refuses a day that does not exist on the calendar", () => {
    expect(resolveAgendaTiming({ day: "2026-02-30", startTime: "09:00", endTime: "10:00" }, yerevan)).toEqual({
      ok: false,
      errors: { day: "dayOutsideEvent" },
    });
  });

  it("checks the day before the times (a bad day wins over a bad end)", () => {
    expect(resolveAgendaTiming({ day: "2026-02-20", startTime: "10:00", endTime: "09:00" }, yerevan)).toEqual({
      ok: false,
      errors: { day: "dayOutsideEvent" },
    });
  });

  it("refuses an end before the start", () => {
    expect(resolveAgendaTiming({ day: "2026-02-13", startTime: "10:00", endTime: "09:00" }, yerevan)).toEqual({
      ok: false,
      errors: { endTime: "endBeforeStart" },
    });
  });

  it("refuses an end equal to the start", () => {
    expect(resolveAgendaTiming({ day: "2026-02-13", startTime: "10:00", endTime: "10:00" }, yerevan)).toEqual({
      ok: false,
      errors: { endTime: "endBeforeStart" },
    });
  });

  it("accepts a one-minute item", () => {
    const result = okTiming(resolveAgendaTiming({ day: "2026-02-13", startTime: "10:00", endTime: "10:01" }, yerevan));
    expect(result.endsAt.getTime() - result.startsAt.getTime()).toBe(60_000);
  });

  it('end "00:00" means midnight after the day: 23:00–00:00 is a valid one-hour item', () => {
    const result = okTiming(resolveAgendaTiming({ day: "2026-02-13", startTime: "23:00", endTime: "00:00" }, yerevan));
    expect(result.startsAt.toISOString()).toBe("2026-02-13T19:00:00.000Z");
    expect(result.endsAt.toISOString()).toBe("2026-02-13T20:00:00.000Z");
    expect(result.endsAt.getTime() - result.startsAt.getTime()).toBe(60 * 60_000);
  });

  it('end "00:00" on the last day of the event is allowed (midnight is the next calendar day)', () => {
    const result = okTiming(resolveAgendaTiming({ day: "2026-02-14", startTime: "20:00", endTime: "00:00" }, yerevan));
    expect(result.endsAt.toISOString()).toBe("2026-02-14T20:00:00.000Z");
  });

  it('end "00:00" works across a month and a year end', () => {
    const monthEnd = okTiming(
      resolveAgendaTiming({ day: "2026-02-28", startTime: "22:00", endTime: "00:00" }, { ...yerevan, firstDay: "2026-02-28", lastDay: "2026-02-28" }),
    );
    expect(monthEnd.endsAt.toISOString()).toBe("2026-02-28T20:00:00.000Z");
    const yearEnd = okTiming(
      resolveAgendaTiming({ day: "2026-12-31", startTime: "22:00", endTime: "00:00" }, { firstDay: "2026-12-31", lastDay: "2026-12-31", timeZone: "UTC" }),
    );
    expect(yearEnd.endsAt.toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });

  it('start "00:00" to end "00:00" is a whole 24-hour day', () => {
    const result = okTiming(resolveAgendaTiming({ day: "2026-02-13", startTime: "00:00", endTime: "00:00" }, yerevan));
    expect(result.startsAt.toISOString()).toBe("2026-02-12T20:00:00.000Z");
    expect(result.endsAt.getTime() - result.startsAt.getTime()).toBe(24 * 60 * 60_000);
  });

  it("DST: in Europe/Berlin 2026-03-29 from 01:30 to 03:30 lasts exactly one real hour", () => {
    const result = okTiming(resolveAgendaTiming({ day: "2026-03-29", startTime: "01:30", endTime: "03:30" }, berlin));
    expect(result.startsAt.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(result.endsAt.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(result.endsAt.getTime() - result.startsAt.getTime()).toBe(60 * 60_000);
  });

  it("DST: a start inside the gap (02:30) is refused as timeDoesNotExist", () => {
    expect(resolveAgendaTiming({ day: "2026-03-29", startTime: "02:30", endTime: "04:00" }, berlin)).toEqual({
      ok: false,
      errors: { startTime: "timeDoesNotExist" },
    });
  });

  it("DST: an end inside the gap is refused as timeDoesNotExist on endTime", () => {
    expect(resolveAgendaTiming({ day: "2026-03-29", startTime: "01:00", endTime: "02:30" }, berlin)).toEqual({
      ok: false,
      errors: { endTime: "timeDoesNotExist" },
    });
  });

  it("DST: the fall-back day is 25 hours long for a whole-day item", () => {
    const event = { firstDay: "2026-10-25", lastDay: "2026-10-25", timeZone: "Europe/Berlin" };
    const result = okTiming(resolveAgendaTiming({ day: "2026-10-25", startTime: "00:00", endTime: "00:00" }, event));
    expect(result.endsAt.getTime() - result.startsAt.getTime()).toBe(25 * 60 * 60_000);
  });

  it("an invalid event zone refuses the start time", () => {
    expect(resolveAgendaTiming({ day: "2026-02-13", startTime: "09:00", endTime: "10:00" }, { ...yerevan, timeZone: "Mars/Olympus" })).toEqual({
      ok: false,
      errors: { startTime: "timeDoesNotExist" },
    });
  });
});

describe("movedTiming", () => {
  const berlin = { firstDay: "2026-03-28", lastDay: "2026-03-29", timeZone: "Europe/Berlin" };

  it("keeps the length across the clock change and on another day", () => {
    expect(movedTiming({ day: "2026-03-29", startTime: "01:30", minutes: 60 }, berlin)).toEqual({
      ok: true,
      startsAt: new Date("2026-03-29T00:30:00Z"),
      endsAt: new Date("2026-03-29T01:30:00Z"),
    });
  });

  it("refuses a day outside the event, a skipped time, and an end after the midnight after its day", () => {
    expect(movedTiming({ day: "2026-03-30", startTime: "09:00", minutes: 60 }, berlin)).toEqual({ ok: false, errors: { day: "dayOutsideEvent" } });
    expect(movedTiming({ day: "2026-03-29", startTime: "02:15", minutes: 60 }, berlin)).toEqual({ ok: false, errors: { startTime: "timeDoesNotExist" } });
    expect(movedTiming({ day: "2026-03-28", startTime: "23:30", minutes: 45 }, berlin)).toEqual({ ok: false, errors: { endTime: "endsAfterDay" } });
    expect(movedTiming({ day: "2026-03-28", startTime: "23:30", minutes: 30 }, berlin)).toMatchObject({ ok: true, endsAt: new Date("2026-03-28T23:00:00Z") });
  });
});
