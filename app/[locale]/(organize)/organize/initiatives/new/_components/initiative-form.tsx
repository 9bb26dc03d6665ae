"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { createInitiativeAction } from "../actions";

export function InitiativeForm() {
  const t = useTranslations("initiativeForm");
  const [state, action] = useActionState(createInitiativeAction, idle);
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="name" label={t("name")} state={state} required />
      <TextAreaField name="description" label={t("description")} state={state} rows={3} />
      <fieldset className="space-y-3 rounded border border-line p-4">
        <legend className="px-1 font-medium">{t("parties")}</legend>
        <p className="text-sm text-muted">{t("partiesHint")}</p>
        <TextField name="party1" label={t("party", { n: 1 })} state={state} required />
        <TextField name="party2" label={t("party", { n: 2 })} state={state} required />
        <TextField name="party3" label={t("partyOptional", { n: 3 })} state={state} />
        <TextField name="party4" label={t("partyOptional", { n: 4 })} state={state} />
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
