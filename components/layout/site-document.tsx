import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

/**
 * The document every page of a locale is drawn in: <html lang>, the skip link, and the locale for
 * client components with only the error page's text (error.tsx renders where the page failed;
 * forms get their messages through <ClientMessages> where they are used). Used by the locale
 * layout and by the site-wide 404 page (app/global-not-found.tsx), which no layout wraps.
 */
export async function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "site" });
  const messages = (await getMessages({ locale })) as Record<string, unknown>;
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* Each route group puts its own header (cached or per request) and <main> in. */}
        <NextIntlClientProvider locale={locale} messages={{ errorPage: messages.errorPage } as never}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
