"use client";

// One field's versions in the event's other working languages, side by side under the field
// itself: each input is labelled with its language and carries `lang`, so spelling checks and
// screen readers use the right language. An empty version means readers get the first language's text.
import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "@/components/ui/form-fields";
import { translationFieldName } from "@/lib/content/translation-form";
import type { ActionState } from "@/lib/forms/action-state";

type Props = {
  field: string;
  /** The field's own label, for the group's legend: "Title in the other languages". */
  label: string;
  /** The event's working languages other than its first, in the event's order. */
  languages: readonly string[];
  state: ActionState;
  /** Saved versions by form name (`title_hy`). */
  values: Record<string, string>;
  multiline?: boolean;
  /** The group's legend when not "X in the other languages" (a shared record's versions in every language). */
  legend?: string;
  /** Keeps the inputs' ids apart when one page has several forms with the same field (one per record). */
  idPrefix?: string;
};

export function TranslationFields({ field, label, languages, state, values, multiline = false, legend, idPrefix }: Props) {
  const t = useTranslations("contentLanguages");
  const names = useTranslations("languages");
  if (languages.length === 0) return null;
  return (
    <fieldset className="@container mt-2 rounded border border-dashed border-line px-3 pb-3">
      <legend className="px-1 text-sm text-muted">{legend ?? t("otherLanguages", { field: label })}</legend>
      <div className={`grid gap-3 ${multiline ? "" : "@md:grid-cols-2"}`}>
        {languages.map((language) => {
          const name = translationFieldName(field, language);
          const common = { name, id: idPrefix ? `${idPrefix}-${name}` : name, label: names(language), state, defaultValue: values[name] ?? "", lang: language };
          return multiline ? <TextAreaField key={language} {...common} rows={3} /> : <TextField key={language} {...common} />;
        })}
      </div>
    </fieldset>
  );
}
