import { describe, expect, it } from "vitest";
import { computeParity, type ParityMember } from "./parity";

const parties = [
  { id: "am", name: "Armenia", targetSize: 19 },
  { id: "az", name: "Azerbaijan", targetSize: 19 },
];

function member(partyId: string, personId: string, status: ParityMember["status"], sector: ParityMember["sector"] = "civil_society"): ParityMember {
  return { partyId, personId, status, sector };
}

describe("computeParity", () => {
  it("counts confirmed, awaiting and invited people per party, and confirmed people by sector", () => {
    const members = [
      member("am", "a1", "confirmed", "expert"),
      member("am", "a2", "registered"),
      member("am", "a3", "declined"),
      member("az", "z1", "confirmed", "media"),
      member("az", "z2", "confirmed", "media"),
      member("az", "z3", "invited"),
      member("az", "z4", "withdrawn"),
    ];
    const parity = computeParity(parties, members, new Set());
    expect(parity.parties.map((p) => [p.partyName, p.confirmed, p.awaiting, p.invited])).toEqual([
      ["Armenia", 1, 1, 0],
      ["Azerbaijan", 2, 0, 1],
    ]);
    expect(parity.parties[0]!.confirmedBySector).toEqual({ civil_society: 0, expert: 1, media: 0, other: 0 });
    expect(parity.parties[1]!.confirmedBySector).toEqual({ civil_society: 0, expert: 0, media: 2, other: 0 });
    expect(parity.balanced.confirmed).toBe(false);
  });

  it("counts each speaker once, and only people who are coming", () => {
    const members = [member("am", "a1", "confirmed"), member("am", "a2", "declined"), member("az", "z1", "registered")];
    const parity = computeParity(parties, members, new Set(["a1", "a2", "z1"]));
    expect(parity.parties.map((p) => p.speakers)).toEqual([1, 1]);
    expect(parity.balanced.speakers).toBe(true);
  });

  it("keeps the parties in the order given and reports balance when the sides are equal", () => {
    const parity = computeParity(parties, [member("am", "a1", "confirmed"), member("az", "z1", "confirmed")], new Set());
    expect(parity.parties.map((p) => p.partyId)).toEqual(["am", "az"]);
    expect(parity.balanced).toEqual({ confirmed: true, speakers: true });
  });

  it("counts per party the speakers and moderators of public items whom the public cannot see by name", () => {
    const members: ParityMember[] = [
      { ...member("am", "a1", "confirmed"), consent: "public" },
      { ...member("az", "z1", "confirmed"), consent: "none" },
      { ...member("az", "z2", "invited"), consent: "delegates" },
      { ...member("az", "z3", "withdrawn"), consent: "none" }, // not coming: shown to nobody, not counted
      { ...member("az", "z4", "confirmed"), consent: "none" }, // only on items the public does not see
    ];
    const parity = computeParity(parties, members, new Set(["a1", "z1", "z2", "z3", "z4"]), new Set(["a1", "z1", "z2", "z3"]));
    expect(parity.parties.map((p) => [p.partyName, p.unlistedOnPublicItems])).toEqual([
      ["Armenia", 0],
      ["Azerbaijan", 2],
    ]);
    expect(computeParity(parties, members, new Set()).parties.map((p) => p.unlistedOnPublicItems)).toEqual([0, 0]);
  });
});
