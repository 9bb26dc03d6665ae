import { describe, expect, it } from "vitest";
import { travelDocumentInput, travelDocumentSettingsInput } from "./schema";

const valid = {
  memberId: "3f0c8a4e-1d2b-4c3a-9e8f-0a1b2c3d4e5f",
  documentType: "passport",
  documentNumber: " c01 234567 ",
  issuingCountry: "Azerbaijan",
};

describe("travelDocumentInput", () => {
  it("trims and upper-cases the number; empty dates are none", () => {
    expect(travelDocumentInput.parse({ ...valid, dateOfBirth: "", expiresOn: "2030-01-31" })).toMatchObject({
      documentNumber: "C01 234567",
      dateOfBirth: null,
      expiresOn: "2030-01-31",
      nationality: "",
    });
  });

  it("refuses a number with other characters, and an impossible date", () => {
    const result = travelDocumentInput.safeParse({ ...valid, documentNumber: "12/34", expiresOn: "2030-02-30" });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["documentNumber", "invalidDocumentNumber"],
        ["expiresOn", "invalidDate"],
      ]),
    );
  });
});

describe("travelDocumentSettingsInput", () => {
  it("reads the checkbox and the days from a form", () => {
    expect(travelDocumentSettingsInput.parse({ collectTravelDocuments: "on", travelDocumentRetentionDays: "0" })).toEqual({
      collectTravelDocuments: true,
      travelDocumentRetentionDays: 0,
    });
    expect(travelDocumentSettingsInput.parse({ travelDocumentRetentionDays: "365" }).collectTravelDocuments).toBe(false);
  });

  it("keeps the retention between 0 and 365 whole days", () => {
    for (const days of ["-1", "366", "1.5", "", "abc"]) {
      const result = travelDocumentSettingsInput.safeParse({ travelDocumentRetentionDays: days });
      expect(result.success, days).toBe(false);
      expect(result.error!.issues[0]!.message, days).toBe("retentionRange");
    }
  });
});
