"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { updateEventStatusAction } from "../actions";

/** Shown when the event's last day is over in its time zone and it is not concluded yet: one button. */
export function ConcludeForm({ eventId, prompt }: { eventId: string; prompt: string }) {
  const t = useTranslations("eventOverview");
  const [state, action] = useActionState(boundAction(updateEventStatusAction, eventId), idle);
  return (
    <form action={action} className="mt-3 space-y-2 rounded border border-line bg-paper p-3" aria-labelledby="conclude-prompt">
      <FormStatus state={state} />
      <p id="conclude-prompt" className="text-sm">
        {prompt}
      </p>
      <input type="hidden" name="status" value="concluded" />
      <SubmitButton pendingLabel={t("saving")}>{t("concludeButton")}</SubmitButton>
    </form>
  );
}
