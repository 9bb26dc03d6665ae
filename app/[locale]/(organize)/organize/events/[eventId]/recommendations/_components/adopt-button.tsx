"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

/** Adopt a recommendation for the outcome, or take the adoption back. */
export function AdoptButton({ action, adopted, text }: { action: (state: ActionState) => Promise<ActionState>; adopted: boolean; text: string }) {
  const t = useTranslations("board");
  const [state, formAction] = useActionState(action, idle);
  const short = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return (
    <form action={formAction} className="space-y-1">
      {state.status === "error" && <FormStatus state={state} />}
      <SubmitButton pendingLabel={t("saving")} variant={adopted ? "secondary" : "primary"}>
        <span aria-hidden>{adopted ? t("unadopt") : t("adopt")}</span>
        <span className="sr-only">{adopted ? t("unadoptNamed", { text: short }) : t("adoptNamed", { text: short })}</span>
      </SubmitButton>
    </form>
  );
}
