"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

/** Mails each signatory whose party has versions waiting: "please sign off". */
export function RequestSignOffsButton({ action }: { action: () => Promise<ActionState> }) {
  const t = useTranslations("outcomeForm");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="mt-3 space-y-2">
      <FormStatus state={state} />
      <SubmitButton pendingLabel={t("saving")} variant="secondary">
        {t("requestSignOffs")}
      </SubmitButton>
    </form>
  );
}
