import { describe, expect, test } from "vitest";
import { languageAlternates, localizedPath, pageSuffix } from "./alternates";

describe("languageAlternates", () => {
  test("names the page itself as canonical and the same page in all four languages, English as x-default", () => {
    expect(languageAlternates("hy", "/events/yerevan-2026")).toEqual({
      canonical: "/hy/events/yerevan-2026",
      languages: {
        en: "/en/events/yerevan-2026",
        ru: "/ru/events/yerevan-2026",
        az: "/az/events/yerevan-2026",
        hy: "/hy/events/yerevan-2026",
        "x-default": "/en/events/yerevan-2026",
      },
    });
  });

  test("the home page is the bare locale", () => {
    expect(localizedPath("az", "/")).toBe("/az");
    expect(languageAlternates("ru", "/").languages).toMatchObject({ en: "/en", ru: "/ru", "x-default": "/en" });
  });

  test("a list's first page has no number; later pages do", () => {
    expect(pageSuffix(1)).toBe("");
    expect(pageSuffix(3)).toBe("/3");
  });
});
