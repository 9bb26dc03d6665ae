import { describe, expect, it } from "vitest";
import { pageCount, pageFromSegments, pageHref, slicePage, visiblePages } from "./pagination";

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

  it("links the first, the last and the pages around the current one, marking the gaps", () => {
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(visiblePages(1, 35)).toEqual([1, 2, 3, null, 35]);
    expect(visiblePages(18, 35)).toEqual([1, null, 16, 17, 18, 19, 20, null, 35]);
    expect(visiblePages(35, 35)).toEqual([1, null, 33, 34, 35]);
    expect(visiblePages(4, 35)).toEqual([1, 2, 3, 4, 5, 6, null, 35]);
  });
});
