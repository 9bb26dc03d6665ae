"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SelectField, SubmitButton } from "@/components/ui/form-fields";
import { EVENT_STATUSES } from "@/lib/events/schema";
import { idle } from "@/lib/forms/action-state";
import { updateEventStatusAction } from "../actions";

export function StatusForm({ eventId, status }: { eventId: string; status: string }) {
  const t = useTranslations("eventOverview");
  const names = useTranslations("eventStatus");
  const [state, action] = useActionState(boundAction(updateEventStatusAction, eventId), idle);
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormStatus state={state} />
      <SelectField
        name="status"
        label={t("statusLabel")}
        state={state}
        defaultValue={status}
        options={EVENT_STATUSES.map((s) => ({ value: s, label: names(s) }))}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("saveStatus")}</SubmitButton>
    </form>
  );
}
