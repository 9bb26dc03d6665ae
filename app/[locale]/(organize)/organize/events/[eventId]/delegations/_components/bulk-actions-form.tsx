"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { bulkMembersAction } from "../actions";

export const BULK_FORM_ID = "roster-bulk";

/**
 * The bar that acts on the people ticked in the roster tables below. The checkboxes live in the
 * table rows and join this form through their `form` attribute. `requestKey`: a fresh key per form
 * shown, so invitations sent twice (a double click, a replay) go out once (lib/forms/create-once.ts).
 */
export function BulkActionsForm({ eventId, requestKey }: { eventId: string; requestKey: string }) {
  const t = useTranslations("delegations");
  const [state, action, pending] = useActionState(bulkMembersAction.bind(null, eventId), idle);
  const button = "rounded border border-line bg-white px-3 py-2 text-sm font-medium hover:bg-paper disabled:opacity-60";
  return (
    <form id={BULK_FORM_ID} action={action} className="space-y-3 rounded border border-line bg-white p-4" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading" className="text-lg font-semibold">
        {t("bulkTitle")}
      </h2>
      <p className="text-sm text-muted">{t("bulkHint")}</p>
      <input type="hidden" name="requestKey" value={requestKey} />
      <FormStatus state={state} />
      <TextField name="reason" label={t("reason")} hint={t("reasonHint")} state={state} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="confirm" disabled={pending} className={button}>
          {t("confirmSelected")}
        </button>
        <button type="submit" name="intent" value="decline" disabled={pending} className={button}>
          {t("declineSelected")}
        </button>
        <button type="submit" name="intent" value="invite" disabled={pending} className={button}>
          {t("inviteSelected")}
        </button>
      </div>
    </form>
  );
}
