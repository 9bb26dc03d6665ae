"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";
import type { RapporteurCandidate } from "@/lib/records/assignments";

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; itemTitle: string; current: string; candidates: RapporteurCandidate[] };

/** Who writes the record of one item: an organizer of the initiative or a delegate of the event. */
export function RapporteurForm({ action, itemTitle, current, candidates }: Props) {
  const t = useTranslations("records");
  const errors = useTranslations("errors");
  const [state, formAction] = useActionState(action, idle);
  const id = useId();
  const error = state.status === "error" ? state.fieldErrors?.rapporteur?.[0] : undefined;
  return (
    <form action={formAction} className="space-y-2 md:w-72" noValidate>
      <FormStatus state={state} />
      <label htmlFor={id} className="block text-sm font-medium">
        {t("rapporteurOf", { title: itemTitle })}
      </label>
      <select
        id={id}
        name="rapporteur"
        defaultValue={current}
        aria-invalid={error ? true : undefined}
        className="block w-full rounded border border-line bg-white px-3 py-2"
      >
        <option value="">{t("noRapporteur")}</option>
        <optgroup label={t("candidates.organizer")}>
          {candidates
            .filter((c) => c.kind === "organizer")
            .map((c) => (
              <option key={c.userId} value={c.userId}>
                {c.name}
              </option>
            ))}
        </optgroup>
        <optgroup label={t("candidates.delegate")}>
          {candidates
            .filter((c) => c.kind === "delegate")
            .map((c) => (
              <option key={c.userId} value={c.userId}>
                {c.name}
              </option>
            ))}
        </optgroup>
      </select>
      {error && <p className="text-sm font-medium text-danger">{errors.has(error) ? errors(error) : errors("invalid")}</p>}
      <SubmitButton pendingLabel={t("assigning")} variant="secondary">
        {t("assign")}
      </SubmitButton>
    </form>
  );
}
