// The translations of a record as form fields: one optional text field per working language and
// field, named `title_hy`, validated like the source field (length, no control characters) and
// refused next to itself.
import { z } from "zod";
import { WORKING_LANGUAGES } from "@/lib/events/schema";
import { hasNoControlCharacters } from "@/lib/forms/fields";
import { cleanSharedTranslations, cleanTranslations, type ContentTranslations } from "./translations";

export type WorkingLanguage = (typeof WORKING_LANGUAGES)[number];

export function translationFieldName(field: string, language: string): string {
  return `${field}_${language}`;
}

/** One version: optional (a form without it, or for another language, leaves it out), checked like its source. */
const version = (max: number) =>
  z.string({ error: "invalid" }).trim().max(max, { error: "tooLong" }).refine(hasNoControlCharacters, { error: "controlCharacters" }).optional();

/** The zod shape of every language's version of the given fields, each as long as `limits` allows. */
export function translationInputs<F extends string>(limits: Record<F, number>): { [K in `${F}_${WorkingLanguage}`]: ReturnType<typeof version> } {
  const shape: Record<string, ReturnType<typeof version>> = {};
  for (const field of Object.keys(limits) as F[]) {
    for (const language of WORKING_LANGUAGES) shape[translationFieldName(field, language)] = version(limits[field]);
  }
  return shape as { [K in `${F}_${WorkingLanguage}`]: ReturnType<typeof version> };
}

/** The versions a parsed form carries, kept only for the event's languages other than its first. */
export function translationsFromInput<F extends string>(
  input: Record<string, unknown>,
  fields: readonly F[],
  languages: readonly string[],
): ContentTranslations<F> {
  return cleanTranslations(versionsIn(input, fields), fields, languages);
}

/**
 * The versions a parsed form carries of a record the initiative shares (a crossing point, an
 * official), kept for any of `languages`: all four working languages by default.
 */
export function sharedTranslationsFromInput<F extends string>(
  input: Record<string, unknown>,
  fields: readonly F[],
  languages: readonly string[] = WORKING_LANGUAGES,
): ContentTranslations<F> {
  return cleanSharedTranslations(versionsIn(input, fields), fields, languages);
}

/** Every `field_language` value a parsed form carries, as sent (cleaned by the callers). */
function versionsIn(input: Record<string, unknown>, fields: readonly string[]): ContentTranslations {
  const raw: ContentTranslations = {};
  for (const language of WORKING_LANGUAGES) {
    raw[language] = {};
    for (const field of fields) {
      const value = input[translationFieldName(field, language)];
      if (typeof value === "string") raw[language][field] = value;
    }
  }
  return raw;
}

/** The working languages but the event's first: a new shared record's versions, its own text written in that first one. */
export function otherWorkingLanguages(eventLanguages: readonly string[]): WorkingLanguage[] {
  return WORKING_LANGUAGES.filter((language) => language !== eventLanguages[0]);
}

/** Every working language, the event's own first (in its order), then the rest: where a shared record's versions are edited. */
export function workingLanguagesFor(eventLanguages: readonly string[]): WorkingLanguage[] {
  const known = WORKING_LANGUAGES as readonly string[];
  const ordered = [
    ...eventLanguages.filter((language) => known.includes(language)),
    ...WORKING_LANGUAGES.filter((language) => !eventLanguages.includes(language)),
  ];
  return ordered as WorkingLanguage[];
}

/** A record's versions as the form's values: `{ title_hy: "…" }`. */
export function translationFormValues(translations: ContentTranslations | null | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [language, version] of Object.entries(translations ?? {})) {
    for (const [field, text] of Object.entries(version ?? {})) if (text) values[translationFieldName(field, language)] = text;
  }
  return values;
}
