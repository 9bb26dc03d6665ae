// Where calendar files live. The feed is outside the locale prefix (calendar apps fetch it without
// cookies); the single-entry download is a signed-in delegate's page route.
import { routing, type Locale } from "@/i18n/routing";

/** The feed's path for a token; `lang` picks the language of titles and labels. */
export function feedPath(token: string, lang: Locale): string {
  return `/calendar/${token}${lang === routing.defaultLocale ? "" : `?lang=${lang}`}`;
}

/** One entry of the signed-in delegate's own schedule as an .ics download. */
export function entryIcsPath(locale: string, uid: string): string {
  return `/${locale}/schedule/ics?uid=${encodeURIComponent(uid)}`;
}

/** The same address for calendar apps that register the webcal: scheme (Apple Calendar, Outlook). */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:\/\//, "webcal://");
}
