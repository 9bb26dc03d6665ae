import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/i18n/routing";
import { publicOrigin } from "@/lib/http/origin";
import { previewMetadata } from "@/lib/seo/preview";
import "../globals.css";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    // Absolute addresses in link previews: the configured public origin, else this request's.
    metadataBase: new URL(await publicOrigin()),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    ...previewMetadata({ title: t("name"), description: t("tagline"), url: `/${locale}`, siteName: t("name") }),
  };
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
        {/* Locale only: forms get their messages through <ClientMessages> where they are used. */}
        <NextIntlClientProvider messages={{}}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-7xl px-4 py-6 sm:py-8">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
