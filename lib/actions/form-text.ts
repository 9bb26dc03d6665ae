import { hasNoControlCharacters } from "@/lib/forms/fields";

/**
 * The form's text fields that hold NUL or another control character (tab and line breaks aside).
 * PostgreSQL refuses NUL in text and the rest are invisible everywhere: every action refuses them
 * next to the field, whatever its schema says. Files are read by the action that takes them.
 */
export function fieldsWithControlCharacters(form: FormData): string[] {
  const fields = new Set<string>();
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string" && !hasNoControlCharacters(value)) fields.add(key);
  }
  return [...fields];
}
