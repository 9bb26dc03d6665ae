"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { FormStatus, SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { updateNeedsAction } from "../actions";

type Props = { memberId: string; eventTitle: string; dietaryNeeds: string; accessibilityNeeds: string; version: number };

/** Dietary and accessibility needs for one event: seen by the organizers only. */
export function NeedsForm({ memberId, eventTitle, dietaryNeeds, accessibilityNeeds, version }: Props) {
  const t = useTranslations("myDetails");
  const [state, action] = useActionState(boundAction(updateNeedsAction, memberId), idle);
  const conflict = state.status === "error" ? state.conflict : undefined;
  return (
    <form action={action} className="space-y-3" noValidate aria-label={t("needsFor", { event: eventTitle })}>
      <FormStatus state={state} />
      {conflict && <ConflictNotice id={`needs-conflict-${memberId}`} conflict={conflict} heading={t("savedMeanwhile")} choice={t("conflictChoice")} />}
      <input type="hidden" name="version" value={conflict?.version ?? version} />
      <TextAreaField id={`dietaryNeeds-${memberId}`} name="dietaryNeeds" label={t("dietaryLabel")} state={state} defaultValue={dietaryNeeds} rows={2} />
      <TextAreaField
        id={`accessibilityNeeds-${memberId}`}
        name="accessibilityNeeds"
        label={t("accessibilityLabel")}
        state={state}
        defaultValue={accessibilityNeeds}
        rows={2}
      />
      <SubmitButton pendingLabel={t("saving")}>{conflict ? t("saveMineAnyway") : t("saveNeeds")}</SubmitButton>
    </form>
  );
}
