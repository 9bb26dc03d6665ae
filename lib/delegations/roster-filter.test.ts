import { describe, expect, it } from "vitest";
import { filterParams, isFiltered, matchesRosterFilter, NO_FILTER, parseRosterFilter, type FilterableMember } from "./roster-filter";

const ARMENIA = "11111111-1111-4111-8111-111111111111";
const AZERBAIJAN = "22222222-2222-4222-8222-222222222222";
const PARTIES = [ARMENIA, AZERBAIJAN];

const member = (overrides: Partial<FilterableMember> = {}): FilterableMember => ({
  partyId: ARMENIA,
  status: "invited",
  consent: "none",
  invitation: "valid",
  ...overrides,
});

describe("parseRosterFilter", () => {
  it("reads empty and missing fields as 'all'", () => {
    expect(parseRosterFilter({}, PARTIES)).toEqual({ filter: NO_FILTER, invalid: [] });
    expect(parseRosterFilter({ party: "", status: "", consent: "", invitation: "" }, PARTIES)).toEqual({ filter: NO_FILTER, invalid: [] });
  });

  it("keeps each valid choice", () => {
    expect(parseRosterFilter({ party: AZERBAIJAN, status: "registered", consent: "public", invitation: "none" }, PARTIES)).toEqual({
      filter: { party: AZERBAIJAN, status: "registered", consent: "public", invitation: "none" },
      invalid: [],
    });
  });

  it("names a value that is no choice here (another event's party, a made-up status) and ignores it", () => {
    const other = "33333333-3333-4333-8333-333333333333";
    expect(parseRosterFilter({ party: other, status: "maybe", consent: "public", invitation: ["used", "valid"] }, PARTIES)).toEqual({
      filter: { party: null, status: null, consent: "public", invitation: "used" },
      invalid: ["party", "status"],
    });
  });
});

describe("matchesRosterFilter", () => {
  it("lets everyone through without a filter", () => {
    expect(matchesRosterFilter(member(), NO_FILTER)).toBe(true);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it("needs every chosen field to match", () => {
    const filter = { ...NO_FILTER, party: ARMENIA, status: "invited" as const };
    expect(isFiltered(filter)).toBe(true);
    expect(matchesRosterFilter(member(), filter)).toBe(true);
    expect(matchesRosterFilter(member({ partyId: AZERBAIJAN }), filter)).toBe(false);
    expect(matchesRosterFilter(member({ status: "confirmed" }), filter)).toBe(false);
    expect(matchesRosterFilter(member({ consent: "public" }), { ...NO_FILTER, consent: "none" })).toBe(false);
  });

  it("reads 'no invitation' as its own state", () => {
    const notInvited = { ...NO_FILTER, invitation: "none" as const };
    expect(matchesRosterFilter(member({ invitation: null }), notInvited)).toBe(true);
    expect(matchesRosterFilter(member({ invitation: "expired" }), notInvited)).toBe(false);
    expect(matchesRosterFilter(member({ invitation: "expired" }), { ...NO_FILTER, invitation: "expired" })).toBe(true);
  });
});

describe("filterParams", () => {
  it("lists only the chosen fields, in a stable order", () => {
    expect(filterParams(NO_FILTER)).toEqual([]);
    expect(filterParams({ party: ARMENIA, status: null, consent: "delegates", invitation: "none" })).toEqual([
      ["party", ARMENIA],
      ["consent", "delegates"],
      ["invitation", "none"],
    ]);
  });
});
