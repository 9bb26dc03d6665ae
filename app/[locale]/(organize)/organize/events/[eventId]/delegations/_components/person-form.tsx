"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField, FormStatus, SelectField, SubmitButton, TextField } from "@/components/ui/form-fields";
import { CONSENTS, SECTORS, STATUSES } from "@/lib/delegations/schema";
import { idle } from "@/lib/forms/action-state";
import { addPersonAction } from "../actions";

/** `requestKey`: a fresh key per form shown, so a create sent twice adds the person once (lib/forms/create-once.ts). */
export function PersonForm({ eventId, parties, requestKey }: { eventId: string; parties: { id: string; name: string }[]; requestKey: string }) {
  const t = useTranslations("personForm");
  const person = useTranslations("person");
  const [state, action] = useActionState(boundAction(addPersonAction, eventId), idle);
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <SelectField
        name="partyId"
        label={t("party")}
        state={state}
        placeholder={t("choose")}
        options={parties.map((p) => ({ value: p.id, label: p.name }))}
        required
      />
      <TextField name="nameLatin" label={t("nameLatin")} state={state} required />
      <TextField name="nameNative" label={t("nameNative")} hint={t("nameNativeHint")} state={state} />
      <TextField name="organization" label={t("organization")} state={state} />
      <TextField name="position" label={t("position")} state={state} />
      <SelectField
        name="sector"
        label={t("sector")}
        state={state}
        defaultValue="civil_society"
        options={SECTORS.map((s) => ({ value: s, label: person(`sectors.${s}`) }))}
      />
      <TextField name="email" type="email" label={t("email")} state={state} autoComplete="off" />
      <TextField name="phone" type="tel" label={t("phone")} state={state} autoComplete="off" />
      <SelectField
        name="consent"
        label={t("consent")}
        hint={t("consentHint")}
        state={state}
        defaultValue="none"
        options={CONSENTS.map((c) => ({ value: c, label: person(`consents.${c}`) }))}
      />
      <SelectField
        name="status"
        label={t("status")}
        state={state}
        defaultValue="invited"
        options={STATUSES.map((s) => ({ value: s, label: person(`statuses.${s}`) }))}
      />
      <CheckboxField name="sendInvitation" label={t("sendInvitation")} hint={t("sendInvitationHint")} state={state} defaultChecked />
      <CheckboxField name="head" label={t("head")} hint={t("headHint")} state={state} />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
