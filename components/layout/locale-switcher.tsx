"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";

/** Each language named in itself (an autonym), so a reader finds their own whatever the page's language. */
const NAMES: Record<Locale, string> = { en: "English", ru: "Русский", az: "Azərbaycanca", hy: "Հայերեն" };

export function LocaleSwitcher({ label }: { label: string }) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <ul aria-label={label} className="flex gap-2">
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            href={pathname}
            locale={locale}
            lang={locale}
            aria-current={locale === current ? "true" : undefined}
            className={locale === current ? "font-semibold" : "underline-offset-4 hover:underline"}
          >
            {NAMES[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
