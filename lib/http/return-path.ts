/**
 * Where to go after signing in, from a `next` parameter: only a path of this site under the
 * given locale (never another origin, never `//host`), judged after the URL parser has resolved
 * dot segments and percent-encoded dots (`/en/..//evil.example` is `//evil.example`), else null.
 * Pure; unit-tested.
 */
export function safeReturnPath(value: unknown, locale: string): string | null {
  if (typeof value !== "string" || value.length > 500) return null;
  if (!value.startsWith(`/${locale}/`) || value.startsWith("//") || value.includes("\\")) return null;
  try {
    const url = new URL(value, "http://roundtable.invalid");
    if (url.origin !== "http://roundtable.invalid") return null;
    // The normalised path must still be one of ours.
    if (!url.pathname.startsWith(`/${locale}/`) || url.pathname.startsWith("//") || url.pathname.includes("//")) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}
