"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { publishOutcomeAction } from "../actions";

export function PublishOutcomeForm({ eventId, version, isCorrection }: { eventId: string; version: number; isCorrection: boolean }) {
  const t = useTranslations("outcomeForm");
  const [state, action] = useActionState(publishOutcomeAction.bind(null, eventId), idle);
  return (
    <form action={action} className="mt-4 space-y-3">
      <FormStatus state={state} />
      <p className="text-sm">{isCorrection ? t("correctionHint") : t("publishHint")}</p>
      <input type="hidden" name="version" value={version} />
      {isCorrection && <TextField name="note" label={t("correctionNote")} state={state} />}
      <SubmitButton pendingLabel={t("publishing")}>{isCorrection ? t("publishCorrection") : t("publish")}</SubmitButton>
    </form>
  );
}
