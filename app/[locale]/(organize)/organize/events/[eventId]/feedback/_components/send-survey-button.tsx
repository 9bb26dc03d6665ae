"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

/** "Send to confirmed delegates now": mails those not mailed yet, and says how many. */
export function SendSurveyButton({ action }: { action: (previous: ActionState, form: FormData) => Promise<ActionState> }) {
  const t = useTranslations("feedback");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="mt-3 space-y-2">
      <FormStatus state={state} />
      <SubmitButton pendingLabel={t("sending")} variant="secondary">
        {t("sendNow")}
      </SubmitButton>
    </form>
  );
}
