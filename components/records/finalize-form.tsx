"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

/** Draft → final, on the version saved now: offered only when nothing typed is waiting to be saved. */
export function FinalizeForm({
  action,
  version,
  ready,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  version: number;
  ready: boolean;
}) {
  const t = useTranslations("recordEditor.finalize");
  const [state, formAction] = useActionState(action, idle);
  return (
    <section aria-labelledby="finalize-heading" className="rounded border border-line bg-white p-4">
      <h2 id="finalize-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-muted">{ready ? t("hint") : t("waitForSave")}</p>
      <form action={formAction} className="mt-2 space-y-2">
        <FormStatus state={state} />
        <input type="hidden" name="version" value={version} />
        {ready && <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>}
      </form>
    </section>
  );
}
