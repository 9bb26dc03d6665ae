"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

export function CancelScheduleButton({ action }: { action: () => Promise<ActionState> }) {
  const t = useTranslations("outcomeForm");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="mt-2 space-y-2">
      <FormStatus state={state} />
      <SubmitButton pendingLabel={t("publishing")} variant="danger">
        {t("cancelSchedule")}
      </SubmitButton>
    </form>
  );
}
