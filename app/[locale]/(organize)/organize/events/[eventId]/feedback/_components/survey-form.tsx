"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { CheckboxField, FormStatus, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

type Question = { id: string; kind: string; prompt: string; options: string[]; translations?: Record<string, { prompt?: string; options?: string[] }> };
/** `versions`: the prompt and options typed in another working language, by language. */
type Row = { index: number; id: string; kind: string; prompt: string; options: string; versions: Record<string, { prompt: string; options: string }> };
/** The event's working languages other than its first, with their names in the page's language. */
type Language = { code: string; name: string };

const KINDS = ["rating", "choice", "text"] as const;

/** The rows as the organizer typed them (after a refused save), else the saved questions and one blank row for a new one. */
function rowsToShow(state: ActionState, questions: Question[], languages: Language[]): Row[] {
  if (state.status === "error" && state.values) {
    const values = state.values;
    const indexes = [...new Set(Object.keys(values).flatMap((k) => /^q\.(\d+)\./.exec(k)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
    const text = (key: string) => {
      const v = values[key];
      return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
    };
    if (indexes.length > 0)
      return indexes.map((i) => ({
        index: i,
        id: text(`q.${i}.id`),
        kind: text(`q.${i}.kind`),
        prompt: text(`q.${i}.prompt`),
        options: text(`q.${i}.options`),
        versions: Object.fromEntries(languages.map(({ code }) => [code, { prompt: text(`q.${i}.prompt_${code}`), options: text(`q.${i}.options_${code}`) }])),
      }));
  }
  const saved = questions.map((q, i) => ({
    index: i,
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    options: q.options.join("\n"),
    versions: Object.fromEntries(
      languages.map(({ code }) => [code, { prompt: q.translations?.[code]?.prompt ?? "", options: (q.translations?.[code]?.options ?? []).join("\n") }]),
    ),
  }));
  return [...saved, { index: saved.length, id: "", kind: "rating", prompt: "", options: "", versions: {} }];
}

/**
 * The survey's questions and settings. Works without script: the saved questions, each with a
 * "remove" box, and one blank row that becomes a new question when filled in and saved.
 */
export function SurveyForm({
  action,
  questions,
  anonymous,
  sendAfterLastDay,
  version,
  answered,
  languages = [],
}: {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  questions: Question[];
  anonymous: boolean;
  sendAfterLastDay: boolean;
  version: number;
  answered: boolean;
  languages?: Language[];
}) {
  const t = useTranslations("feedback");
  const [state, formAction] = useActionState(action, idle);
  const rows = rowsToShow(state, questions, languages);
  const savedCount = questions.length;
  const conflict = state.status === "error" ? state.conflict : undefined;
  return (
    <form action={formAction} className="mt-4 space-y-4" noValidate>
      <FormStatus state={state} />
      {conflict && <ConflictNotice conflict={conflict} heading={t("conflictHeading")} choice={t("conflictChoice")} id="feedback-conflict" />}
      <input type="hidden" name="version" value={conflict?.version ?? version} />
      {/* Remounted on each save, so the saved questions (and a fresh blank row) replace the typed ones. */}
      <div key={version} className="space-y-4">
        {rows.map((row, position) => {
          const isNew = position >= savedCount && !row.id;
          const p = `q.${row.index}`;
          return (
            <fieldset key={row.index} className="space-y-3 rounded border border-line bg-white p-4">
              <legend className="px-1 font-semibold">{isNew ? t("newQuestion") : t("questionNumber", { number: position + 1 })}</legend>
              <input type="hidden" name={`${p}.id`} value={row.id} />
              <div className="grid gap-3 md:grid-cols-[12rem_1fr]">
                <SelectField
                  name={`${p}.kind`}
                  label={t("kind")}
                  state={state}
                  defaultValue={row.kind}
                  options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                />
                <TextField name={`${p}.prompt`} label={t("prompt")} state={state} defaultValue={row.prompt} hint={isNew ? t("newQuestionHint") : undefined} />
              </div>
              <TextAreaField name={`${p}.options`} label={t("options")} hint={t("optionsHint")} state={state} defaultValue={row.options} rows={3} />
              {languages.length > 0 && (
                <fieldset className="rounded border border-dashed border-line px-3 pb-3">
                  <legend className="px-1 text-sm text-muted">{t("versionsLegend")}</legend>
                  <div className="grid gap-3 md:grid-cols-2">
                    {languages.map(({ code, name }) => (
                      <div key={code} className="space-y-2">
                        <TextField
                          name={`${p}.prompt_${code}`}
                          label={t("promptIn", { language: name })}
                          state={state}
                          defaultValue={row.versions[code]?.prompt ?? ""}
                          lang={code}
                        />
                        <TextAreaField
                          name={`${p}.options_${code}`}
                          label={t("optionsIn", { language: name })}
                          hint={t("optionsInHint")}
                          state={state}
                          defaultValue={row.versions[code]?.options ?? ""}
                          lang={code}
                          rows={3}
                        />
                      </div>
                    ))}
                  </div>
                </fieldset>
              )}
              {!isNew && <CheckboxField name={`${p}.remove`} label={t("remove")} state={state} />}
            </fieldset>
          );
        })}
      </div>
      <CheckboxField
        name="anonymous"
        label={t("anonymous")}
        hint={answered ? t("anonymousLocked") : t("anonymousHint")}
        state={state}
        defaultChecked={anonymous}
      />
      <CheckboxField name="sendAfterLastDay" label={t("sendAfterLastDay")} hint={t("sendAfterLastDayHint")} state={state} defaultChecked={sendAfterLastDay} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
