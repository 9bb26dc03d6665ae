"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, RadioGroup, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { CONSENTS, SECTORS } from "@/lib/delegations/schema";
import { idle } from "@/lib/forms/action-state";
import { DOCUMENT_TYPES } from "@/lib/travel-documents/schema";
import { declineAction, registerAction } from "../actions";

export type RegistrationDefaults = {
  nameLatin: string;
  nameNative: string;
  organization: string;
  position: string;
  sector: string;
  phone: string;
  dietaryNeeds: string;
  accessibilityNeeds: string;
};

type Props = {
  token: string;
  defaults: RegistrationDefaults;
  email: string;
  hasAccount: boolean;
  collectTravelDocuments: boolean;
  retentionDays: number;
};

const fieldset = "space-y-4 rounded border border-line bg-white p-4";
const legend = "px-1 text-lg font-semibold";

export function RegistrationForm({ token, defaults, email, hasAccount, collectTravelDocuments, retentionDays }: Props) {
  const t = useTranslations("registration");
  const person = useTranslations("person");
  const [state, action] = useActionState(boundAction(registerAction, token), idle);
  const [declineState, decline] = useActionState(boundAction(declineAction, token), idle);

  if (declineState.status === "ok") {
    return (
      <p role="status" className="rounded bg-green-50 p-4 text-ok">
        {t("declinedDone")}
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-6" noValidate>
        <FormStatus state={state} />
        <fieldset className={fieldset}>
          <legend className={legend}>{t("aboutYou")}</legend>
          <p className="text-sm">
            {t("email")}: <span className="font-medium">{email}</span>
          </p>
          <TextField
            name="nameLatin"
            label={t("nameLatin")}
            hint={t("nameLatinHint")}
            state={state}
            defaultValue={defaults.nameLatin}
            autoComplete="name"
            required
          />
          <TextField name="nameNative" label={t("nameNative")} hint={t("nameNativeHint")} state={state} defaultValue={defaults.nameNative} />
          <TextField name="organization" label={t("organization")} state={state} defaultValue={defaults.organization} autoComplete="organization" />
          <TextField name="position" label={t("position")} state={state} defaultValue={defaults.position} autoComplete="organization-title" />
          <SelectField
            name="sector"
            label={t("sector")}
            state={state}
            defaultValue={defaults.sector}
            options={SECTORS.map((s) => ({ value: s, label: person(`sectors.${s}`) }))}
          />
          <TextField name="phone" type="tel" label={t("phone")} hint={t("phoneHint")} state={state} defaultValue={defaults.phone} autoComplete="tel" />
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t("consentTitle")}</legend>
          <RadioGroup
            name="consent"
            legend={t("consentQuestion")}
            hint={t("consentHint")}
            state={state}
            options={CONSENTS.map((c) => ({ value: c, label: t(`consent.${c}`), description: t(`consentDescription.${c}`) }))}
          />
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t("needsTitle")}</legend>
          <p className="text-sm text-muted">{t("needsHint")}</p>
          <TextAreaField name="dietaryNeeds" label={t("dietaryNeeds")} state={state} defaultValue={defaults.dietaryNeeds} rows={2} />
          <TextAreaField name="accessibilityNeeds" label={t("accessibilityNeeds")} state={state} defaultValue={defaults.accessibilityNeeds} rows={2} />
        </fieldset>

        {collectTravelDocuments && (
          <fieldset className={fieldset}>
            <legend className={legend}>{t("travelTitle")}</legend>
            <p className="text-sm text-muted">{t("travelHint", { days: retentionDays })}</p>
            <SelectField
              name="documentType"
              label={t("documentType")}
              state={state}
              defaultValue="passport"
              options={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`documentTypes.${d}`) }))}
            />
            <TextField name="documentNumber" label={t("documentNumber")} state={state} autoComplete="off" required />
            <TextField name="issuingCountry" label={t("issuingCountry")} state={state} autoComplete="off" required />
            <TextField name="nationality" label={t("nationality")} state={state} autoComplete="off" />
            <TextField name="dateOfBirth" type="date" label={t("dateOfBirth")} state={state} autoComplete="off" />
            <TextField name="expiresOn" type="date" label={t("expiresOn")} hint={t("expiresOnHint")} state={state} autoComplete="off" />
          </fieldset>
        )}

        {hasAccount ? (
          <p className="rounded border border-line bg-white p-4 text-sm">{t("hasAccount")}</p>
        ) : (
          <fieldset className={fieldset}>
            <legend className={legend}>{t("accountTitle")}</legend>
            <p className="text-sm text-muted">{t("accountHint")}</p>
            <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} state={state} autoComplete="new-password" required />
            <TextField name="passwordConfirm" type="password" label={t("passwordConfirm")} state={state} autoComplete="new-password" required />
          </fieldset>
        )}
        <SubmitButton pendingLabel={t("registering")}>{t("register")}</SubmitButton>
      </form>

      <form action={decline} className="space-y-2 border-t border-line pt-4">
        <FormStatus state={declineState} />
        <p className="text-sm text-muted">{t("declineHint")}</p>
        <SubmitButton pendingLabel={t("declining")} variant="danger">
          {t("decline")}
        </SubmitButton>
      </form>
    </div>
  );
}
