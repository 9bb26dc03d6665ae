import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path of this site under the locale", () => {
    expect(safeReturnPath("/en/records/abc", "en")).toBe("/en/records/abc");
    expect(safeReturnPath("/ru/records/abc?x=1", "ru")).toBe("/ru/records/abc?x=1");
  });

  it("refuses other sites, other locales and odd values", () => {
    for (const bad of ["https://evil.example/en/", "//evil.example/en/x", "/\\evil.example", "/en", "/ru/records", "en/records", "/en/\\\\evil", 42, null, undefined, `/en/${"x".repeat(600)}`]) {
      expect(safeReturnPath(bad, "en")).toBeNull();
    }
  });
});
