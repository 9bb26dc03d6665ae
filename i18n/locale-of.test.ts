import { describe, expect, it } from "vitest";
import { isLocale, localeOfPath, localeOr } from "./locale-of";
import { locales } from "./routing";

describe("locale of a value", () => {
  it("accepts every routed locale and nothing else", () => {
    for (const locale of locales) expect(isLocale(locale)).toBe(true);
    for (const other of ["", "EN", "de", "hy-AM", null, undefined]) expect(isLocale(other)).toBe(false);
  });

  it("falls back to the default locale", () => {
    for (const locale of locales) expect(localeOr(locale)).toBe(locale);
    expect(localeOr("de")).toBe("en");
    expect(localeOr(null)).toBe("en");
  });

  it("reads the first path segment only", () => {
    for (const locale of locales) {
      expect(localeOfPath(`/${locale}`)).toBe(locale);
      expect(localeOfPath(`/${locale}/events/x`)).toBe(locale);
    }
    expect(localeOfPath("/")).toBe("en");
    expect(localeOfPath("/russia")).toBe("en");
    expect(localeOfPath("/events/ru")).toBe("en");
  });
});
