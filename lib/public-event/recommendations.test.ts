import { describe, expect, it } from "vitest";
import { groupByTheme, recommendationsPage, themeSummary } from "./recommendations";

const recs = [
  { theme: "security", text: "s1" },
  { theme: "economy", text: "e1" },
  { theme: "security", text: "s2" },
  { theme: "security", text: "s3" },
  { theme: "economy", text: "e2" },
  { theme: "borders", text: "b1" },
];

describe("adopted recommendations by theme", () => {
  it("groups by theme in the order themes first come, keeping the published order inside each", () => {
    expect(groupByTheme(recs)).toEqual([
      { theme: "security", texts: ["s1", "s2", "s3"] },
      { theme: "economy", texts: ["e1", "e2"] },
      { theme: "borders", texts: ["b1"] },
    ]);
  });

  it("summarises each theme: its count, its first ones, the page of the full list it starts on", () => {
    expect(themeSummary(recs, 2, 2)).toEqual([
      { theme: "security", count: 3, preview: ["s1", "s2"], page: 1 },
      { theme: "economy", count: 2, preview: ["e1", "e2"], page: 2 },
      { theme: "borders", count: 1, preview: ["b1"], page: 3 },
    ]);
  });

  it("cuts the full list into pages, a theme cut by a page break going on on the next page", () => {
    expect(recommendationsPage(recs, 1, 4)).toEqual({
      total: 6,
      pages: 2,
      from: 1,
      groups: [
        { theme: "security", texts: ["s1", "s2", "s3"] },
        { theme: "economy", texts: ["e1"] },
      ],
    });
    expect(recommendationsPage(recs, 2, 4).groups).toEqual([
      { theme: "economy", texts: ["e2"] },
      { theme: "borders", texts: ["b1"] },
    ]);
    // Every recommendation is on exactly one page.
    const all = [1, 2].flatMap((p) => recommendationsPage(recs, p, 4).groups.flatMap((g) => g.texts));
    expect(all.sort()).toEqual(recs.map((r) => r.text).sort());
    expect(recommendationsPage([], 1, 4)).toEqual({ total: 0, pages: 1, from: 1, groups: [] });
  });
});

describe("recommendations shown in another language than the reader's", () => {
  const mixed = [
    { theme: "security", text: "s1" },
    { theme: "economy", text: "e1 (in English)", shownIn: "en" },
    { theme: "security", text: "s2 (in English)", shownIn: "en" },
    { theme: "security", text: "s3" },
  ];

  it("keep their mark through the grouping, the summary and the pages, by position", () => {
    expect(groupByTheme(mixed)).toEqual([
      { theme: "security", texts: ["s1", "s2 (in English)", "s3"], shownIn: { 1: "en" } },
      { theme: "economy", texts: ["e1 (in English)"], shownIn: { 0: "en" } },
    ]);
    expect(themeSummary(mixed, 100, 1)).toEqual([
      { theme: "security", count: 3, preview: ["s1"], page: 1 },
      { theme: "economy", count: 1, preview: ["e1 (in English)"], previewShownIn: { 0: "en" }, page: 1 },
    ]);
    expect(recommendationsPage(mixed, 1, 2).groups).toEqual([{ theme: "security", texts: ["s1", "s2 (in English)"], shownIn: { 1: "en" } }]);
    expect(recommendationsPage(mixed, 2, 2).groups).toEqual([
      { theme: "security", texts: ["s3"] },
      { theme: "economy", texts: ["e1 (in English)"], shownIn: { 0: "en" } },
    ]);
  });
});
