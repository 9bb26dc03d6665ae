import { describe, expect, it } from "vitest";
import { pageCount, pageFromSegments, pageHref, slicePage } from "./pagination";

describe("pagination", () => {
  it("counts pages, an empty list having one", () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(3600, 50)).toBe(72);
  });

  it("reads page 1 from no segment and later pages from one number; anything else is not a page", () => {
    expect(pageFromSegments(undefined)).toBe(1);
    expect(pageFromSegments([])).toBe(1);
    expect(pageFromSegments(["2"])).toBe(2);
    expect(pageFromSegments(["72"])).toBe(72);
    for (const bad of [["1"], ["0"], ["02"], ["-1"], ["x"], ["2", "3"], ["1e3"], ["9999999"]]) expect(pageFromSegments(bad), bad.join("/")).toBeNull();
  });

  it("slices a page and links page 1 without a number", () => {
    const rows = Array.from({ length: 7 }, (_, i) => i);
    expect(slicePage(rows, 1, 3)).toEqual([0, 1, 2]);
    expect(slicePage(rows, 3, 3)).toEqual([6]);
    expect(slicePage(rows, 4, 3)).toEqual([]);
    expect(pageHref("/events/x/participants", 1)).toBe("/events/x/participants");
    expect(pageHref("/events/x/participants", 2)).toBe("/events/x/participants/2");
  });
});
