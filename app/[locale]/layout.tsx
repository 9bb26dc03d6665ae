import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { SiteDocument } from "@/components/layout/site-document";
import "../globals.css";
import { configuredOrigin } from "@/lib/http/origin";
import { previewMetadata } from "@/lib/seo/preview";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    // Absolute addresses in link previews. Not the request's host: public pages are cached, and
    // one cached copy serves every request.
    metadataBase: new URL(configuredOrigin()),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    ...previewMetadata({ title: t("name"), description: t("tagline"), url: `/${locale}`, siteName: t("name") }),
  };
}

// No page is rendered at build time (they read the database); public pages are rendered on their
// first visit and then served from the cache (see lib/cache/public-pages.ts).
export function generateStaticParams() {
  return [];
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <SiteDocument locale={locale}>{children}</SiteDocument>;
}
