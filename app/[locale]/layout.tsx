import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { configuredOrigin } from "@/lib/http/origin";
import { previewMetadata } from "@/lib/seo/preview";
import "../globals.css";

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
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* The locale, and only the error page's text (error.tsx renders where the page failed):
            forms get their messages through <ClientMessages> where they are used. */}
        {/* Each route group puts its own header (cached or per request) and <main> in. */}
        <NextIntlClientProvider messages={{ errorPage: ((await getMessages()) as Record<string, unknown>).errorPage } as never}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
