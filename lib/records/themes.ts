// The themes a practical recommendation can be filed under. A theme is stored as text: one of
// these keys (shown through the message catalogs, in the reader's language) or a custom theme
// the rapporteur typed (shown as typed). Pure; unit-tested.

export const RECOMMENDATION_THEMES = ["trust_building", "public_diplomacy", "rapprochement", "security", "borders", "transport", "economy"] as const;

export type RecommendationThemeKey = (typeof RECOMMENDATION_THEMES)[number];

/** A short label, not a sentence: it is shown in lists and filters. */
export const CUSTOM_THEME_MAX_LENGTH = 80;

export function isThemeKey(value: string): value is RecommendationThemeKey {
  return (RECOMMENDATION_THEMES as readonly string[]).includes(value);
}

/**
 * A custom theme as stored: trimmed, inner whitespace (line breaks too) as single spaces, at most
 * 80 characters; "" when nothing is left. Cut by code point, so an emoji or other character
 * outside the BMP is never split in half.
 */
export function normalizeCustomTheme(value: string): string {
  const collapsed = value.trim().replace(/\s+/g, " ");
  return Array.from(collapsed).slice(0, CUSTOM_THEME_MAX_LENGTH).join("").trimEnd();
}

/** What a theme reads as: a key's label in the reader's language, or the custom text itself. */
export function themeLabel(theme: string, translate: (key: RecommendationThemeKey) => string): string {
  return isThemeKey(theme) ? translate(theme) : theme;
}
