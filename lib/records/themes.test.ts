import { describe, expect, it } from "vitest";
import { CUSTOM_THEME_MAX_LENGTH, RECOMMENDATION_THEMES, isThemeKey, normalizeCustomTheme, themeLabel, type RecommendationThemeKey } from "./themes";

describe("isThemeKey", () => {
  it("knows each of the themes", () => {
    for (const key of RECOMMENDATION_THEMES) expect(isThemeKey(key)).toBe(true);
    expect(RECOMMENDATION_THEMES).toHaveLength(7);
  });

  it("takes nothing else for a key: custom text, another case, padding, object keys", () => {
    for (const value of ["", "Trust building", "TRANSPORT", " economy", "economy ", "toString", "__proto__", "constructor"]) {
      expect(isThemeKey(value)).toBe(false);
    }
  });
});

describe("normalizeCustomTheme", () => {
  it("trims and collapses whitespace, line breaks included", () => {
    expect(normalizeCustomTheme("  Water \t and\n\n  energy  ")).toBe("Water and energy");
    expect(normalizeCustomTheme("Водные\u00a0 ресурсы")).toBe("Водные ресурсы");
  });

  it("gives an empty string for nothing but whitespace", () => {
    expect(normalizeCustomTheme("")).toBe("");
    expect(normalizeCustomTheme(" \n\t ")).toBe("");
  });

  it("keeps at most 80 characters, never splitting a character, with no trailing space", () => {
    expect(normalizeCustomTheme("x".repeat(200))).toBe("x".repeat(CUSTOM_THEME_MAX_LENGTH));
    expect(CUSTOM_THEME_MAX_LENGTH).toBe(80);
    const emoji = normalizeCustomTheme("🌉".repeat(100));
    expect(Array.from(emoji)).toHaveLength(80);
    expect(emoji).toBe("🌉".repeat(80));
    expect(normalizeCustomTheme(`${"a".repeat(79)} b`)).toBe("a".repeat(79));
  });

  it("leaves a short theme as it is, in any script", () => {
    expect(normalizeCustomTheme("Կրթական փոխանակում")).toBe("Կրթական փոխանակում");
  });
});

describe("themeLabel", () => {
  const translate = (key: RecommendationThemeKey) => `label:${key}`;

  it("translates a key", () => {
    expect(themeLabel("borders", translate)).toBe("label:borders");
    expect(themeLabel("trust_building", translate)).toBe("label:trust_building");
  });

  it("shows a custom theme as written, without translating it", () => {
    let calls = 0;
    const counting = (key: RecommendationThemeKey) => {
      calls++;
      return key;
    };
    expect(themeLabel("Water and energy", counting)).toBe("Water and energy");
    expect(themeLabel("Borders", counting)).toBe("Borders");
    expect(calls).toBe(0);
  });
});
