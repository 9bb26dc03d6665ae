import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path of this site under the locale", () => {
    expect(safeReturnPath("/en/records/abc", "en")).toBe("/en/records/abc");
    expect(safeReturnPath("/ru/records/abc?x=1", "ru")).toBe("/ru/records/abc?x=1");
  });

  it("refuses other sites, other locales and odd values", () => {
    for (const bad of [
      "https://evil.example/en/",
      "//evil.example/en/x",
      "/\\evil.example",
      "/en",
      "/ru/records",
      "en/records",
      "/en/\\\\evil",
      42,
      null,
      undefined,
      `/en/${"x".repeat(600)}`,
    ]) {
      expect(safeReturnPath(bad, "en")).toBeNull();
    }
  });

  it("judges the path after normalisation: dot segments cannot climb out of the locale or to another host", () => {
    for (const bad of [
      "/en/..//evil.example",
      "/en/../..//evil.example/x",
      "/en/%2e%2e//evil.example",
      "/en/./..//evil.example",
      "/en/..",
      "/en/../ru/records",
    ]) {
      expect(safeReturnPath(bad, "en"), bad).toBeNull();
    }
    expect(safeReturnPath("/en/records/../schedule", "en")).toBe("/en/schedule");
  });
});
