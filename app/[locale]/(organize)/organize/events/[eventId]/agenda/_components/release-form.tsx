"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { releaseAgendaAction } from "../actions";

/** Release the draft; over clashes only with a stated reason, which the release keeps. */
export function ReleaseForm({ eventId, nextVersion, clashCount }: { eventId: string; nextVersion: number; clashCount: number }) {
  const t = useTranslations("releases");
  const [state, action] = useActionState(boundAction(releaseAgendaAction, eventId), idle);
  return (
    <form action={action} className="mt-3 space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="expectedVersion" value={nextVersion} />
      <TextField name="note" label={t("note")} hint={t("noteHint")} state={state} />
      {clashCount > 0 && (
        <div className="rounded border border-danger p-2">
          <p className="text-sm font-medium text-danger">{t("clashes", { count: clashCount })}</p>
          <TextAreaField name="clashOverride" label={t("clashOverride")} hint={t("clashOverrideHint")} state={state} rows={2} required />
        </div>
      )}
      <SubmitButton pendingLabel={t("releasing")}>
        {clashCount > 0 ? t("releaseAnyway", { version: nextVersion }) : t("release", { version: nextVersion })}
      </SubmitButton>
    </form>
  );
}
