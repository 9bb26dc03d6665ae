"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { requestDeletionAction, withdrawDeletionAction } from "../data-actions";

type Request = { status: "pending" | "declined"; reason: string; requestedOn: string; decidedOn: string; decisionNote: string };

/** The open request (with a way to withdraw it), or the form to ask; a decline is shown above it. */
export function DeletionRequestForm({ request }: { request: Request | null }) {
  const t = useTranslations("myData.deletion");
  const [askState, ask] = useActionState(requestDeletionAction, idle);
  const [withdrawState, withdraw] = useActionState(withdrawDeletionAction, idle);

  if (request?.status === "pending") {
    return (
      <div className="space-y-3">
        <FormStatus state={withdrawState.status === "error" ? withdrawState : askState} />
        <p className="rounded bg-paper p-3 text-sm">
          {t("pending", { date: request.requestedOn })}
          {request.reason && <span className="block text-muted">{t("yourReason", { reason: request.reason })}</span>}
        </p>
        <form action={withdraw}>
          <SubmitButton pendingLabel={t("withdrawing")} variant="secondary">
            {t("withdraw")}
          </SubmitButton>
        </form>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <FormStatus state={askState.status === "error" || withdrawState.status === "idle" ? askState : withdrawState} />
      {request?.status === "declined" && (
        <p className="rounded bg-paper p-3 text-sm">{t("declined", { date: request.decidedOn, note: request.decisionNote })}</p>
      )}
      <form action={ask} className="space-y-3" noValidate>
        <TextAreaField name="reason" label={t("reason")} hint={t("reasonHint")} state={askState} rows={3} />
        <SubmitButton pendingLabel={t("asking")} variant="danger">
          {t("ask")}
        </SubmitButton>
      </form>
    </div>
  );
}
