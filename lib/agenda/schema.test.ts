import { describe, expect, it } from "vitest";
import { refusedFields } from "@/tests/helpers/zod";
import { AGENDA_KINDS, agendaItemInput, VISIBILITIES } from "@/lib/agenda/schema";

const valid = {
  kind: "plenary",
  title: "Opening plenary",
  description: "Current stage and future of the relations",
  place: "Main hall",
  day: "2026-02-13",
  startTime: "09:00",
  endTime: "10:30",
  visibility: "public",
};

const fieldErrors = (input: unknown) => refusedFields(agendaItemInput, input);

describe("agendaItemInput", () => {
  it("accepts a valid item", () => {
    expect(agendaItemInput.parse(valid)).toEqual({ ...valid, closedDoor: false });
  });

  it('closedDoor "on" (a checked checkbox) → true', () => {
    expect(agendaItemInput.parse({ ...valid, closedDoor: "on" }).closedDoor).toBe(true);
  });

  it("closedDoor missing (an unchecked checkbox) → false", () => {
    expect(agendaItemInput.parse(valid).closedDoor).toBe(false);
  });

  it('closedDoor "true" or true → true; anything else → false', () => {
    expect(agendaItemInput.parse({ ...valid, closedDoor: "true" }).closedDoor).toBe(true);
    expect(agendaItemInput.parse({ ...valid, closedDoor: true }).closedDoor).toBe(true);
    expect(agendaItemInput.parse({ ...valid, closedDoor: "off" }).closedDoor).toBe(false);
    expect(agendaItemInput.parse({ ...valid, closedDoor: "" }).closedDoor).toBe(false);
    expect(agendaItemInput.parse({ ...valid, closedDoor: null }).closedDoor).toBe(false);
  });

  it("optional description and place default to empty strings", () => {
    const { description: _d, place: _p, ...rest } = valid;
    const parsed = agendaItemInput.parse(rest);
    expect(parsed.description).toBe("");
    expect(parsed.place).toBe("");
  });

  it("trims text", () => {
    const parsed = agendaItemInput.parse({ ...valid, title: "  Opening  ", place: "  Hall  " });
    expect(parsed.title).toBe("Opening");
    expect(parsed.place).toBe("Hall");
  });

  it('bad time "25:00" → "invalidTime"', () => {
    expect(fieldErrors({ ...valid, startTime: "25:00" }).startTime).toEqual(["invalidTime"]);
    expect(fieldErrors({ ...valid, endTime: "25:00" }).endTime).toEqual(["invalidTime"]);
  });

  it('other malformed times → "invalidTime"', () => {
    for (const time of ["24:00", "9:00", "09:60", "0900", "09:00:00", ""]) {
      expect(fieldErrors({ ...valid, startTime: time }).startTime, time).toEqual(["invalidTime"]);
    }
  });

  it("accepts the edges of the clock", () => {
    expect(agendaItemInput.safeParse({ ...valid, startTime: "00:00", endTime: "23:59" }).success).toBe(true);
  });

  it('missing time → "required"', () => {
    const { startTime: _s, ...rest } = valid;
    expect(fieldErrors(rest).startTime).toEqual(["required"]);
  });

  it('empty title → "required"', () => {
    expect(fieldErrors({ ...valid, title: "" }).title).toEqual(["required"]);
    expect(fieldErrors({ ...valid, title: "   " }).title).toEqual(["required"]);
  });

  it('malformed day → "invalidDate"', () => {
    expect(fieldErrors({ ...valid, day: "13/02/2026" }).day).toEqual(["invalidDate"]);
  });

  it('unknown or missing kind and visibility → "required"', () => {
    const errors = fieldErrors({ ...valid, kind: "party", visibility: undefined });
    expect(errors.kind).toEqual(["required"]);
    expect(errors.visibility).toEqual(["required"]);
  });

  it("accepts every kind and visibility", () => {
    for (const kind of AGENDA_KINDS) expect(agendaItemInput.safeParse({ ...valid, kind }).success, kind).toBe(true);
    for (const visibility of VISIBILITIES) {
      expect(agendaItemInput.safeParse({ ...valid, visibility }).success, visibility).toBe(true);
    }
  });

  it('description over 2000 characters → "tooLong"', () => {
    expect(fieldErrors({ ...valid, description: "x".repeat(2001) }).description).toEqual(["tooLong"]);
  });
});
