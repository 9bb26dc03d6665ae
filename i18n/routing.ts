import { defineRouting } from "next-intl/routing";
import { locales } from "./locale-list.mjs";

export { locales };
export type Locale = (typeof locales)[number];

// No `Link` header of alternates on every response: the public pages name their other languages
// in their head and in the sitemap, on the configured origin (lib/seo/alternates.ts); the header
// repeated that on every page, private ones included, from the request's host, at a cost measured
// in a cached page's time (#14 point 3).
export const routing = defineRouting({ locales, defaultLocale: "en", localePrefix: "always", alternateLinks: false });
