// Which of our locales a value names, for the places that read one outside next-intl's routing:
// feeds and calendar files (`?lang=`), and the error pages the proxy and the root error boundary
// draw from the address alone. Every answer is one of `locales`, never a literal list of its own.
import { locales, routing, type Locale } from "./routing";

export function isLocale(value: string | null | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? "");
}

/** `value` when it is one of our locales; the default locale otherwise. */
export function localeOr(value: string | null | undefined): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}

/** The locale an address starts with (`/hy`, `/hy/events/…`); the default locale when none does. */
export function localeOfPath(pathname: string): Locale {
  return localeOr(pathname.split("/")[1]);
}
