"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SelectField, SubmitButton } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

type Party = {
  partyId: string;
  partyName: string;
  signatory: { personId: string; name: string; hasAccount: boolean; designated: boolean } | null;
  candidates: { personId: string; name: string }[];
};

/** Who signs for one party: the head of delegation unless the organizer designates another delegate. */
export function SignatoryForm({ action, party }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; party: Party }) {
  const t = useTranslations("signOff");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <SelectField
        name="signatory"
        // One form per party on the page: each select needs its own id for its label.
        id={`signatory-${party.partyId}`}
        label={t("signatoryFor", { party: party.partyName })}
        state={state}
        defaultValue={party.signatory?.designated ? party.signatory.personId : ""}
        options={[{ value: "", label: t("headOfDelegation") }, ...party.candidates.map((c) => ({ value: c.personId, label: c.name }))]}
      />
      <SubmitButton pendingLabel={t("saving")} variant="secondary">
        {t("saveSignatory")}
      </SubmitButton>
    </form>
  );
}
