import { describe, expect, it } from "vitest";
import { isCachedViewAddress } from "./cached-view-route";

describe("isCachedViewAddress: a cached copy's own address, which only the proxy's rewrite reaches", () => {
  it("names the copies' addresses however they are spelled", () => {
    for (const path of [
      "/en/schedule-view/a.b",
      "/hy/schedule-view",
      "/en/schedule%2Dview/a.b",
      "/en/SCHEDULE-VIEW/a.b",
      "//en/schedule-view/a",
      "/x/schedule%2dview",
    ]) {
      expect(isCachedViewAddress(path), path).toBe(true);
    }
  });

  it("leaves every other address alone", () => {
    for (const path of [
      "/en/schedule",
      "/en/schedule/parallel",
      "/en/schedule/ics",
      "/en/events/schedule-viewing-2027",
      "/en/events/schedule-view",
      "/en/%E0%A4%A",
    ]) {
      expect(isCachedViewAddress(path), path).toBe(false);
    }
  });
});
