"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

/** Organizers only: a final record back to draft, with the reason kept in its history. */
export function ReopenForm({ action }: { action: (state: ActionState, form: FormData) => Promise<ActionState> }) {
  const t = useTranslations("records");
  const [state, formAction] = useActionState(action, idle);
  return (
    <section aria-labelledby="reopen-heading" className="rounded border border-line bg-white p-4">
      <h2 id="reopen-heading" className="text-lg font-semibold">
        {t("reopen.heading")}
      </h2>
      <form action={formAction} className="mt-2 space-y-3" noValidate>
        <FormStatus state={state} />
        <TextField name="reason" label={t("reopen.reason")} hint={t("reopen.hint")} state={state} required />
        <SubmitButton pendingLabel={t("reopen.pending")} variant="secondary">
          {t("reopen.submit")}
        </SubmitButton>
      </form>
    </section>
  );
}
