"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { DOCUMENT_TYPES } from "@/lib/travel-documents/schema";
import { saveTravelDocumentAction } from "../actions";

/** Records a delegate's travel document as they sent it; a second entry for someone replaces the first. */
export function TravelDocumentForm({ eventId, members }: { eventId: string; members: { value: string; label: string }[] }) {
  const t = useTranslations("travelDocuments");
  const [state, action] = useActionState(boundAction(saveTravelDocumentAction, eventId), idle);
  return (
    <form action={action} className="mt-3 space-y-3" noValidate autoComplete="off">
      <FormStatus state={state} />
      <SelectField name="memberId" label={t("member")} hint={t("memberHint")} state={state} placeholder={t("choose")} options={members} required />
      <SelectField
        name="documentType"
        label={t("documentType")}
        state={state}
        defaultValue="passport"
        options={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
      />
      <TextField name="documentNumber" label={t("documentNumber")} state={state} required autoComplete="off" />
      <TextField name="issuingCountry" label={t("issuingCountry")} state={state} required />
      <TextField name="nationality" label={t("nationality")} state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="dateOfBirth" type="date" label={t("dateOfBirth")} state={state} />
        <TextField name="expiresOn" type="date" label={t("expiresOn")} state={state} />
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
