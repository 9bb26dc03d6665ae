"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { createCrossingPointAction } from "../actions";

export function CrossingPointForm({ eventId }: { eventId: string }) {
  const t = useTranslations("crossings");
  const [state, action] = useActionState(createCrossingPointAction.bind(null, eventId), idle);
  return (
    <form action={action} className="mt-3 space-y-3" noValidate>
      <FormStatus state={state} />
      <TextField name="name" label={t("pointName")} hint={t("pointNameHint")} state={state} required />
      <TextAreaField name="description" label={t("pointDescription")} state={state} rows={3} />
      <SubmitButton pendingLabel={t("saving")}>{t("addPoint")}</SubmitButton>
    </form>
  );
}
