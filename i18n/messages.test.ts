import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { icuShape } from "./icu-shape";
import { MESSAGE_AREAS, loadMessages, mergeCatalogs } from "./messages";
import { locales } from "./routing";

const root = path.join(__dirname, "..", "messages");

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function leafValue(catalog: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalog);
}

/** Messages that are the same in every language: the product's and other products' names, a shell command, bare placeholders. */
const SAME_IN_EVERY_LANGUAGE = [
  "common: site.name",
  "public-site: publicFeed.author",
  "public-site: publicOutcome.place",
  "crossings: crossings.crossingTitle",
  "calendar: calendar.google.title",
  "calendar: calendar.apple.title",
  "calendar: calendar.outlook.title",
  "setup: setupLink.command",
  "check-in: checkIn.venueOn",
  "check-in: checkIn.partyCount",
  "check-in: checkInAttendance.party",
];
/** Words a language spells as English does (Azerbaijani "Status", "Format"…), checked by a native speaker. */
const SAME_AS_ENGLISH_IN: Record<string, string[]> = {
  ru: [],
  az: [
    "agenda: participants.moderator",
    "delegations: person.status",
    "delegations: person.sectors.media",
    "delegations: member.statusTitle",
    "events: event.format",
    "events: event.status",
    "events: eventForm.format",
    "events: eventForm.status",
    "events: eventOverview.format",
    "events: eventOverview.status",
    "invitations: import.problem",
  ],
  hy: ["calendar: calendar.google.title", "calendar: calendar.apple.title"],
};
/** A letter of the language's own script, which every message but the shared ones must contain. */
const SCRIPT_OF: Record<string, RegExp> = { ru: /[\u0400-\u04FF]/u, hy: /[\u0531-\u058F]/u };

function mergeCatalogsOf(locale: string) {
  return mergeCatalogs(MESSAGE_AREAS.map((area) => readArea(locale, area)));
}

const argumentNames = (args: string[]) => [...new Set(args.map((a) => a.split(":")[0]))];
const isSelect = (arg: string) => arg.includes(":select(");

function readArea(locale: string, area: string) {
  return JSON.parse(readFileSync(path.join(root, locale, `${area}.json`), "utf8")) as Record<string, Record<string, unknown>>;
}

describe("message catalogs", () => {
  it("loads every area file that exists, and no other", () => {
    for (const locale of locales) {
      const files = readdirSync(path.join(root, locale))
        .map((f) => f.replace(/\.json$/, ""))
        .sort();
      expect(files).toEqual([...MESSAGE_AREAS].sort());
    }
  });

  it("has the same keys in every locale, area by area", () => {
    for (const area of MESSAGE_AREAS) {
      const english = leafKeys(readArea("en", area)).sort();
      for (const locale of locales) expect(leafKeys(readArea(locale, area)).sort(), `${locale}/${area}`).toEqual(english);
    }
  });

  it("takes the same ICU arguments and tags as English in every message, and valid plural forms", () => {
    for (const area of MESSAGE_AREAS) {
      const english = readArea("en", area);
      for (const locale of locales) {
        const catalog = readArea(locale, area);
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
        for (const key of leafKeys(english)) {
          const where = `${locale}/${area}: ${key}`;
          const expected = icuShape(leafValue(english, key) as string);
          const actual = icuShape(leafValue(catalog, key) as string);
          // The same values by the same names. How a language uses a number (a plural, or "words
          // added: {added}") is its own affair; a select's options are not.
          expect(argumentNames(actual.arguments), where).toEqual(argumentNames(expected.arguments));
          expect(actual.arguments.filter(isSelect), where).toEqual(expected.arguments.filter(isSelect));
          expect(actual.tags, where).toEqual(expected.tags);
          for (const [argument, options] of Object.entries(actual.pluralOptions)) {
            expect(options, `${where} {${argument}}`).toContain("other");
            expect(
              options.filter((option) => !option.startsWith("=") && !categories.includes(option)),
              `${where} {${argument}}: forms ${locale} does not have`,
            ).toEqual([]);
          }
        }
      }
    }
  });

  it("translates every message: none is left in English but names, commands and bare placeholders", () => {
    for (const locale of locales.filter((l) => l !== "en")) {
      const sameAsEnglish: string[] = [];
      for (const area of MESSAGE_AREAS) {
        const english = readArea("en", area);
        const catalog = readArea(locale, area);
        for (const key of leafKeys(english)) {
          if (leafValue(catalog, key) === leafValue(english, key)) sameAsEnglish.push(`${area}: ${key}`);
        }
      }
      const allowed = [...SAME_IN_EVERY_LANGUAGE, ...(SAME_AS_ENGLISH_IN[locale] ?? [])];
      expect(
        sameAsEnglish.filter((key) => !allowed.includes(key)),
        locale,
      ).toEqual([]);
    }
  });

  it("writes each language in its own script", () => {
    for (const [locale, script] of Object.entries(SCRIPT_OF)) {
      const catalog = mergeCatalogsOf(locale);
      const outside = leafKeys(catalog).filter((key) => {
        // Words only: "{name}, {event}" or "№" has none to write in any script.
        const words = (leafValue(catalog, key) as string).replace(/\{\s*\w+\s*\}/g, "");
        if (!/\p{L}{2}/u.test(words)) return false;
        return !script.test(words) && !SAME_IN_EVERY_LANGUAGE.some((allowed) => allowed.endsWith(`: ${key}`));
      });
      expect(outside, locale).toEqual([]);
    }
    // And no Cyrillic or Armenian copied into the Azerbaijani catalog.
    const az = mergeCatalogsOf("az");
    expect(leafKeys(az).filter((key) => /[\u0400-\u04FF\u0531-\u058F]/u.test(leafValue(az, key) as string))).toEqual([]);
  });

  it("never defines the same key in two areas (a merge would silently drop one)", () => {
    const owners = new Map<string, string>();
    for (const area of MESSAGE_AREAS) {
      for (const key of leafKeys(readArea("en", area))) {
        expect(owners.get(key), `${key} in ${area}`).toBeUndefined();
        owners.set(key, area);
      }
    }
  });

  it("has no empty strings", async () => {
    for (const locale of locales) {
      const catalog = await loadMessages(locale);
      const empty = leafKeys(catalog).filter((key) => leafValue(catalog, key) === "");
      expect(empty, locale).toEqual([]);
    }
  });

  it("merges namespaces one level deep", () => {
    expect(mergeCatalogs([{ errors: { a: "A" } }, { errors: { b: "B" }, x: { c: "C" } }])).toEqual({
      errors: { a: "A", b: "B" },
      x: { c: "C" },
    });
  });
});
