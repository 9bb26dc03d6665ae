// The page proxy.ts answers while the database is out of reach: 503 with Retry-After, never
// stored, in the language of the address, with the text from the catalogs. Plain HTML with no
// scripts or styles of its own: nothing else of the app is assumed to work.
import { localeOfPath } from "@/i18n/locale-of";
import type { Locale } from "@/i18n/routing";
import az from "@/messages/az/common.json";
import en from "@/messages/en/common.json";
import hy from "@/messages/hy/common.json";
import ru from "@/messages/ru/common.json";
import { OUTAGE_MS } from "@/db/availability";

const CATALOGS: Record<Locale, typeof en.unavailablePage> = {
  en: en.unavailablePage,
  ru: ru.unavailablePage,
  az: az.unavailablePage,
  hy: hy.unavailablePage,
};

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function unavailableResponse(pathname: string): Response {
  const locale = localeOfPath(pathname);
  const t = CATALOGS[locale];
  const html = [
    "<!doctype html>",
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(t.title)}</title></head>`,
    `<body style="font-family: system-ui, sans-serif; margin: 2rem; max-width: 40rem"><main id="main">`,
    `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>`,
    `<p><a href="">${escapeHtml(t.retry)}</a></p>`,
    "</main></body></html>",
  ].join("");
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(Math.ceil(OUTAGE_MS / 1000)),
    },
  });
}
