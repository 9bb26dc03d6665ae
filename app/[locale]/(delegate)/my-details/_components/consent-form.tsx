"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, RadioGroup, SubmitButton } from "@/components/ui/form-fields";
import { CONSENTS } from "@/lib/delegations/schema";
import { idle } from "@/lib/forms/action-state";
import { updateConsentAction } from "../actions";

export function ConsentForm({ memberId, consent, eventTitle }: { memberId: string; consent: string; eventTitle: string }) {
  const t = useTranslations("myDetails");
  const registration = useTranslations("registration");
  const [state, action] = useActionState(boundAction(updateConsentAction, memberId), idle);
  return (
    <form action={action} className="space-y-3">
      <FormStatus state={state} />
      <RadioGroup
        name="consent"
        legend={t("consentFor", { event: eventTitle })}
        state={state}
        defaultValue={consent}
        options={CONSENTS.map((c) => ({ value: c, label: registration(`consent.${c}`), description: registration(`consentDescription.${c}`) }))}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("saveConsent")}</SubmitButton>
    </form>
  );
}
