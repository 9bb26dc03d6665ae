"use client";

// The shipped fonts, as every other page has them (this page renders without the root layout and
// its stylesheet): Armenian and Azerbaijani letters never fall to a system font that lacks them.
import "@fontsource-variable/noto-sans/wght.css";
import "@fontsource-variable/noto-sans-armenian/wght.css";
import { localeOfPath } from "@/i18n/locale-of";
import type { Locale } from "@/i18n/routing";
import az from "@/messages/az/common.json";
import en from "@/messages/en/common.json";
import hy from "@/messages/hy/common.json";
import ru from "@/messages/ru/common.json";

const CATALOGS: Record<Locale, typeof en.errorPage> = { en: en.errorPage, ru: ru.errorPage, az: az.errorPage, hy: hy.errorPage };

/**
 * When even the root layout fails: its own <html>, the text from the catalogs in the locale the
 * address names (no provider can run here), and no error message or stack.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOfPath(typeof window !== "undefined" ? window.location.pathname : "/");
  const t = CATALOGS[locale];
  return (
    <html lang={locale}>
      <body style={{ fontFamily: '"Noto Sans Variable", "Noto Sans Armenian Variable", system-ui, sans-serif', margin: "2rem", maxWidth: "40rem" }}>
        <main id="main">
          <h1>{t.title}</h1>
          <p>{t.body}</p>
          {error.digest && <p>{t.reference.replace("{digest}", error.digest)}</p>}
          <p>
            <button type="button" onClick={reset}>
              {t.retry}
            </button>{" "}
            {/* A full load on purpose: the app around this page has failed. */}
            <a href={`/${locale}`}>{t.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
