// The translations of a record as form fields: one optional text field per working language and
// field, named `title_hy`, validated like the source field (length, no control characters) and
// refused next to itself.
import { z } from "zod";
import { WORKING_LANGUAGES } from "@/lib/events/schema";
import { hasNoControlCharacters } from "@/lib/forms/fields";
import { cleanTranslations, type ContentTranslations } from "./translations";

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
  const raw: ContentTranslations = {};
  for (const language of WORKING_LANGUAGES) {
    raw[language] = {};
    for (const field of fields) {
      const value = input[translationFieldName(field, language)];
      if (typeof value === "string") raw[language][field] = value;
    }
  }
  return cleanTranslations(raw, fields, languages);
}

/** A record's versions as the form's values: `{ title_hy: "…" }`. */
export function translationFormValues(translations: ContentTranslations | null | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [language, version] of Object.entries(translations ?? {})) {
    for (const [field, text] of Object.entries(version ?? {})) if (text) values[translationFieldName(field, language)] = text;
  }
  return values;
}
