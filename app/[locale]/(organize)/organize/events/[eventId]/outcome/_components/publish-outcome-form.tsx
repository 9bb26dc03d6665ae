"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField, FormStatus, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { publishOutcomeAction } from "../actions";

type Props = {
  eventId: string;
  version: number;
  isCorrection: boolean;
  jointlySigned: boolean;
  zone: string;
  /**
   * Embargo until the press conference: always offered, taken only while it is to come. `note` is
   * when it is, or why it cannot be taken (passed, or no time yet).
   */
  pressEmbargo: { available: boolean; note: string };
};

/** Publish now or at a set time (the embargo); without every sign-off only deliberately, with a reason. */
export function PublishOutcomeForm({ eventId, version, isCorrection, jointlySigned, zone, pressEmbargo }: Props) {
  const t = useTranslations("outcomeForm");
  const [state, action] = useActionState(boundAction(publishOutcomeAction, eventId), idle);
  return (
    <form action={action} className="mt-4 space-y-3" noValidate>
      <FormStatus state={state} />
      <p className="text-sm">{isCorrection ? t("correctionHint") : t("publishHint")}</p>
      <input type="hidden" name="version" value={version} />
      {isCorrection && <TextField name="note" label={t("correctionNote")} state={state} />}
      <TextField
        name="publishAt"
        type="datetime-local"
        label={t("publishAt", { zone })}
        hint={`${t("clockHint", { zone })} ${t("publishAtHint")}`}
        state={state}
      />
      <CheckboxField name="untilPressConference" label={t("embargoUntilPress")} hint={pressEmbargo.note} state={state} disabled={!pressEmbargo.available} />
      {!jointlySigned && (
        <div className="space-y-2 rounded border border-warn bg-amber-50 p-3">
          <p className="text-sm font-medium">{t("notAllSigned")}</p>
          <CheckboxField name="anyway" label={t("publishAnyway")} state={state} />
          <TextAreaField name="reason" label={t("unsignedReason")} hint={t("unsignedReasonHint")} state={state} rows={2} />
        </div>
      )}
      <SubmitButton pendingLabel={t("publishing")}>{isCorrection ? t("publishCorrection") : t("publish")}</SubmitButton>
    </form>
  );
}
