import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { NotFoundView } from "@/components/layout/not-found-view";
import { SiteDocument } from "@/components/layout/site-document";
import { routing, type Locale } from "@/i18n/routing";
import "./globals.css";

/**
 * An address no route matches (/en/no-such-page, /ru/…, /api/…): the real 404 page in the HTML,
 * readable without JavaScript, in the locale the address names (proxy.ts's locale routing passes
 * it on; the default one outside every locale). A page of its own (next.config.ts
 * `globalNotFound`), outside every page's tree: it reads the request without making cached pages
 * dynamic, as a root not-found.tsx would.
 */
async function addressLocale(): Promise<Locale> {
  const requested = await getLocale();
  return hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await addressLocale();
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: "notFound" }), getTranslations({ locale, namespace: "site" })]);
  return { title: `${t("title")} · ${site("name")}` };
}

export default async function GlobalNotFound() {
  const locale = await addressLocale();
  setRequestLocale(locale);
  return (
    <SiteDocument locale={locale}>
      <NotFoundView />
    </SiteDocument>
  );
}
