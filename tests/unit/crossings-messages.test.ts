// Every message of the crossings catalogs formats in every locale (an ICU slip in one language
// would otherwise show up only as a broken page in that language).
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl";
import { loadMessages } from "@/i18n/messages";
import { locales } from "@/i18n/routing";

const NAMESPACES = ["crossings", "travelDocuments", "travelDocumentSettings"];
const VALUES = {
  zone: "Asia/Yerevan (GMT+4)",
  party: "Armenia",
  confirmed: 3,
  entering: 2,
  count: 2,
  names: "A, B",
  onManifest: 2,
  crossing: "Entry · Voskepar",
  when: "13 February",
  direction: "Entry",
  point: "Voskepar",
  date: "16 March",
  day: "Friday, 13 February 2026",
  max: 365,
  ended: "no",
};

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

describe.each(locales)("crossings messages in %s", (locale) => {
  it("all format without errors", async () => {
    const messages = await loadMessages(locale);
    const errors: string[] = [];
    for (const namespace of NAMESPACES) {
      const t = createTranslator({ locale, messages, namespace, onError: (error) => errors.push(`${namespace}: ${error.message}`) }) as unknown as (
        key: string,
        values: typeof VALUES,
      ) => string;
      for (const key of leafKeys(messages[namespace])) {
        for (const count of [0, 1, 2, 5]) t(key, { ...VALUES, count, onManifest: count, confirmed: count });
        t(key, { ...VALUES, ended: "yes" });
      }
    }
    expect(errors).toEqual([]);
  });
});
