"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { saveOutcomeDraftAction } from "../actions";

export function OutcomeDraftForm({
  eventId,
  languages,
  texts,
  version,
}: {
  eventId: string;
  languages: string[];
  texts: Record<string, string>;
  version: number;
}) {
  const t = useTranslations("outcomeForm");
  const names = useTranslations("languages");
  const [state, action] = useActionState(boundAction(saveOutcomeDraftAction, eventId), idle);
  const statementsError = state.status === "error" ? state.fieldErrors?.statements?.[0] : undefined;
  const errors = useTranslations("errors");
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <FormStatus state={state} />
      {statementsError && (
        <p role="alert" className="font-medium text-danger">
          {errors(statementsError)}
        </p>
      )}
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 lg:grid-cols-2">
        {languages.map((language) => (
          <TextAreaField
            key={language}
            name={`statement_${language}`}
            label={t("statementIn", { language: names(language) })}
            state={state}
            defaultValue={texts[language] ?? ""}
            rows={10}
          />
        ))}
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
