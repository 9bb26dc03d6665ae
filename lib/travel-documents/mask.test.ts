import { describe, expect, it } from "vitest";
import { maskDocumentNumber } from "./mask";

describe("maskDocumentNumber", () => {
  it("keeps only the last four characters of a usual passport number", () => {
    expect(maskDocumentNumber("C01234567")).toBe("•••••4567");
    expect(maskDocumentNumber("AZE12345678")).toBe("•••••5678");
  });

  it("ignores spaces and dashes in what it shows", () => {
    expect(maskDocumentNumber("AB 123-4567")).toBe("•••••4567");
  });

  it("uses the same mask whatever the length, so the length does not leak", () => {
    expect(maskDocumentNumber("12345678901234567890").startsWith("•••••")).toBe(true);
    expect(maskDocumentNumber("12345678901234567890")).toHaveLength(9);
  });

  it("shows at most half of a short number", () => {
    expect(maskDocumentNumber("1234567")).toBe("•••••567");
    expect(maskDocumentNumber("123456")).toBe("•••••456");
    expect(maskDocumentNumber("1234")).toBe("•••••34");
    expect(maskDocumentNumber("123")).toBe("•••••3");
    expect(maskDocumentNumber("1")).toBe("•••••");
  });

  it("never contains the whole number", () => {
    for (const value of ["1", "12", "123", "1234", "12345", "AB1234567", "P-998877"]) {
      expect(maskDocumentNumber(value)).not.toContain(value.replace(/-/g, ""));
    }
  });

  it("gives nothing for an empty value", () => {
    expect(maskDocumentNumber("")).toBe("");
    expect(maskDocumentNumber("   ")).toBe("");
  });
});
