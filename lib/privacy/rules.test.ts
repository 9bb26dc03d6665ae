import { describe, expect, it } from "vitest";
import { exportFileName, exportableAuditDetails, pseudonymCode, pseudonymFor } from "./rules";

describe("pseudonymFor", () => {
  const id = "3f0c2a7e-1b2d-4c5e-8f90-123456789abc";

  it("is stable for one person and different for another", () => {
    expect(pseudonymFor(id)).toBe(pseudonymFor(id));
    expect(pseudonymFor(id.toUpperCase())).toBe(pseudonymFor(id));
    expect(pseudonymFor(id)).not.toBe(pseudonymFor("3f0c2a7e-1b2d-4c5e-8f90-123456789abd"));
  });

  it("reads 'Former participant' and a short code that does not contain the id", () => {
    expect(pseudonymFor(id)).toMatch(/^Former participant [0-9A-F]{8}$/);
    expect(id.toUpperCase()).not.toContain(pseudonymCode(id));
  });
});

describe("exportableAuditDetails", () => {
  it("keeps states and kinds, drops ids, names, free text and token hints", () => {
    expect(
      exportableAuditDetails({
        from: "invited",
        to: "confirmed",
        reason: "Replaced by Jane Doe",
        personId: "someone-else",
        crossingId: "x",
        tokenHint: "abcd",
        consent: "public",
        head: true,
        languages: ["en", "ru"],
        nested: { name: "Jane" },
      }),
    ).toEqual({ from: "invited", to: "confirmed", consent: "public", head: true, languages: ["en", "ru"] });
  });

  it("copes with no details", () => {
    expect(exportableAuditDetails(null)).toEqual({});
    expect(exportableAuditDetails({ from: { object: 1 } })).toEqual({});
  });
});

describe("exportFileName", () => {
  it("names the day of the download in UTC", () => {
    expect(exportFileName(new Date("2026-02-13T23:30:00Z"))).toBe("roundtable-my-data-2026-02-13.json");
    expect(exportFileName(new Date("2026-02-13T23:30:00-02:00"))).toBe("roundtable-my-data-2026-02-14.json");
  });
});
