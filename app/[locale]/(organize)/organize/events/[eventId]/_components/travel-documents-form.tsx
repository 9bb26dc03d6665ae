"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField, FormStatus, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { MAX_RETENTION_DAYS } from "@/lib/travel-documents/schema";
import { updateTravelDocumentSettingsAction } from "../actions";

export function TravelDocumentsForm({ eventId, collect, retentionDays }: { eventId: string; collect: boolean; retentionDays: number }) {
  const t = useTranslations("travelDocumentSettings");
  const [state, action] = useActionState(boundAction(updateTravelDocumentSettingsAction, eventId), idle);
  return (
    <form action={action} className="mt-3 space-y-3" noValidate>
      <FormStatus state={state} />
      <CheckboxField name="collectTravelDocuments" label={t("collect")} hint={t("collectHint")} state={state} defaultChecked={collect} />
      <TextField
        name="travelDocumentRetentionDays"
        type="number"
        label={t("retentionDays")}
        hint={t("retentionHint", { max: MAX_RETENTION_DAYS })}
        state={state}
        defaultValue={String(retentionDays)}
        required
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
