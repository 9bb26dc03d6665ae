// The app's locales, in plain JavaScript: the production server (scripts/server.mjs) reads them
// with Node alone; everything else takes them from i18n/routing.ts, which re-exports this list.
export const locales = Object.freeze(["en", "ru", "az", "hy"]);
