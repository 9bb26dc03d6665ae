"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField, FormStatus, SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { confirmDeletionAction, declineDeletionAction } from "@/app/[locale]/(organize)/organize/deletion-requests/actions";

/** Confirm (deletes for good, so a tick first) or decline (with a note the person reads). */
export function DeletionDecisionForms({ requestId }: { requestId: string }) {
  const t = useTranslations("deletionRequests");
  const [confirmState, confirm] = useActionState(boundAction(confirmDeletionAction, requestId), idle);
  const [declineState, decline] = useActionState(boundAction(declineDeletionAction, requestId), idle);
  return (
    <div className="space-y-4">
      <form action={confirm} className="space-y-3" noValidate aria-labelledby="confirm-deletion-heading">
        <h4 id="confirm-deletion-heading" className="font-medium">
          {t("confirmTitle")}
        </h4>
        <FormStatus state={confirmState} />
        <CheckboxField name="understood" label={t("understood")} state={confirmState} />
        <SubmitButton pendingLabel={t("confirming")} variant="danger">
          {t("confirm")}
        </SubmitButton>
      </form>
      <form action={decline} className="space-y-3" noValidate aria-labelledby="decline-deletion-heading">
        <h4 id="decline-deletion-heading" className="font-medium">
          {t("declineTitle")}
        </h4>
        <FormStatus state={declineState} />
        <TextAreaField name="note" label={t("note")} hint={t("noteHint")} state={declineState} rows={3} required />
        <SubmitButton pendingLabel={t("declining")} variant="secondary">
          {t("decline")}
        </SubmitButton>
      </form>
    </div>
  );
}
