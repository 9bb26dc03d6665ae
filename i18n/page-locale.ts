import "server-only";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing, type Locale } from "./routing";

/**
 * The locale of a page served from the cache, from its URL. Such a page must name it to next-intl
 * itself (reading it from the request would make the page per request), and it renders beside the
 * layout, so it checks the locale too rather than rely on the layout's check.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
