// Types for locale-list.mjs (plain JavaScript so that Node runs it without a build step).
export declare const locales: readonly ["en", "ru", "az", "hy"];
