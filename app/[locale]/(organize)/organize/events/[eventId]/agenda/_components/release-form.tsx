"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { releaseAgendaAction } from "../actions";

export function ReleaseForm({ eventId, nextVersion }: { eventId: string; nextVersion: number }) {
  const t = useTranslations("releases");
  const [state, action] = useActionState(releaseAgendaAction.bind(null, eventId), idle);
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormStatus state={state} />
      <input type="hidden" name="expectedVersion" value={nextVersion} />
      <TextField name="note" label={t("note")} hint={t("noteHint")} state={state} />
      <SubmitButton pendingLabel={t("releasing")}>{t("release", { version: nextVersion })}</SubmitButton>
    </form>
  );
}
