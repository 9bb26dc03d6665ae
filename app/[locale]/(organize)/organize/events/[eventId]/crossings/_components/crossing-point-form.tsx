"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TranslationFields } from "@/components/content/translation-fields";
import { FormStatus, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { createCrossingPointAction, updateCrossingPointVersionsAction } from "../actions";

/**
 * A new crossing point: its name as written in the event's first language, with versions in the
 * other working languages beside it (the initiative's other events read them too).
 */
export function CrossingPointForm({ eventId, otherLanguages }: { eventId: string; otherLanguages: readonly string[] }) {
  const t = useTranslations("crossings");
  const [state, action] = useActionState(boundAction(createCrossingPointAction, eventId), idle);
  return (
    <form action={action} className="mt-3 space-y-3" noValidate>
      <FormStatus state={state} />
      <div>
        <TextField name="name" label={t("pointName")} hint={t("pointNameHint")} state={state} required />
        <TranslationFields field="name" label={t("pointName")} languages={otherLanguages} state={state} values={{}} />
      </div>
      <TextAreaField name="description" label={t("pointDescription")} state={state} rows={3} />
      <SubmitButton pendingLabel={t("saving")}>{t("addPoint")}</SubmitButton>
    </form>
  );
}

/**
 * The versions of a point's name in every working language, for readers of each: a point serves
 * every event of the initiative, whatever its first language. The last save wins.
 */
export function CrossingPointVersionsForm({
  eventId,
  point,
  languages,
  values,
}: {
  eventId: string;
  point: { id: string; name: string };
  languages: readonly string[];
  /** Saved versions by form name (`name_hy`). */
  values: Record<string, string>;
}) {
  const t = useTranslations("crossings");
  const c = useTranslations("contentLanguages");
  const [state, action] = useActionState(boundAction(updateCrossingPointVersionsAction, eventId, point.id), idle);
  return (
    <form action={action} className="mt-2 space-y-2" noValidate>
      <FormStatus state={state} />
      <p className="text-sm text-muted">{c("sharedNote")}</p>
      <TranslationFields
        field="name"
        label={t("pointName")}
        legend={c("everyLanguage", { field: t("pointName") })}
        idPrefix={`point-${point.id}`}
        languages={languages}
        state={state}
        values={values}
      />
      <SubmitButton pendingLabel={t("saving")} variant="secondary">
        {t("saveVersions")}
      </SubmitButton>
    </form>
  );
}
