// A stand-in for next-intl/server in integration tests that call actions and route handlers:
// the locale is English, and translations come from the real catalogs.
import { vi } from "vitest";
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";

export const intlServer = {
  getLocale: vi.fn(async () => "en"),
  getTranslations: vi.fn(async (options: { locale?: Locale; namespace?: string } | string = {}) => {
    const { locale = "en", namespace } = typeof options === "string" ? { namespace: options } : options;
    return createTranslator({ locale, messages: await loadMessages(locale), namespace });
  }),
};
