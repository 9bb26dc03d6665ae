import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseInvitationCsv } from "@/lib/delegations/csv-import";
import { AZERBAIJANI_DELEGATION } from "./demo-people";
import { SAMPLE_DELEGATION_CSV_PATH, sampleDelegationCsv } from "./sample-csv";

const file = readFileSync(path.join(__dirname, "..", "..", SAMPLE_DELEGATION_CSV_PATH), "utf8");

describe("the sample delegation list", () => {
  it("is the demo's Azerbaijani delegation as generated from the seed (regenerate with npm run samples)", () => {
    expect(file).toBe(sampleDelegationCsv(AZERBAIJANI_DELEGATION));
  });

  it("imports all 19 people with no problem", () => {
    const report = parseInvitationCsv(file, {
      parties: [
        { id: "az", name: "Azerbaijan" },
        { id: "am", name: "Armenia" },
      ],
      existingEmails: new Set(),
    });
    expect(report.problems).toEqual([]);
    expect(report.rows).toHaveLength(19);
    expect(new Set(report.rows.map((r) => r.partyId))).toEqual(new Set(["az"]));
  });
});
