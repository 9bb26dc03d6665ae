"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { restoreAgendaItemAction } from "../actions";

export function UndoDeleteButton({ eventId, itemId, title }: { eventId: string; itemId: string; title: string }) {
  const t = useTranslations("agendaForm");
  const [state, action] = useActionState(boundAction(restoreAgendaItemAction, eventId, itemId), idle);
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <button type="submit" className="rounded border border-line px-2 py-1 hover:bg-paper" aria-label={t("undoDeleteOf", { title })}>
        {t("undoDelete")}
      </button>
      {state.status === "error" && <FormStatus state={state} />}
    </form>
  );
}
