"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/ui/form-fields";
import { ROLES, STATUSES } from "@/lib/delegations/schema";
import { idle } from "@/lib/forms/action-state";
import { changeRoleAction, changeStatusAction, revokeInvitationAction, sendInvitationAction } from "../../actions";

type Props = { eventId: string; memberId: string };

export function StatusForm({ eventId, memberId, status }: Props & { status: string }) {
  const t = useTranslations("member");
  const person = useTranslations("person");
  const [state, action] = useActionState(changeStatusAction.bind(null, eventId, memberId), idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <SelectField name="status" label={t("status")} state={state} defaultValue={status} options={STATUSES.map((s) => ({ value: s, label: person(`statuses.${s}`) }))} />
      <TextField name="reason" label={t("reason")} hint={t("reasonHint")} state={state} />
      <SubmitButton pendingLabel={t("saving")}>{t("saveStatus")}</SubmitButton>
    </form>
  );
}

export function RoleForm({ eventId, memberId, role }: Props & { role: string }) {
  const t = useTranslations("member");
  const person = useTranslations("person");
  const [state, action] = useActionState(changeRoleAction.bind(null, eventId, memberId), idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <SelectField name="role" label={t("role")} hint={t("roleHint")} state={state} defaultValue={role} options={ROLES.map((r) => ({ value: r, label: person(`roles.${r}`) }))} />
      <SubmitButton pendingLabel={t("saving")}>{t("saveRole")}</SubmitButton>
    </form>
  );
}

export function InvitationButtons({ eventId, memberId, canSend, canRevoke, sentBefore }: Props & { canSend: boolean; canRevoke: boolean; sentBefore: boolean }) {
  const t = useTranslations("member");
  const [sendState, send] = useActionState(sendInvitationAction.bind(null, eventId, memberId), idle);
  const [revokeState, revoke] = useActionState(revokeInvitationAction.bind(null, eventId, memberId), idle);
  return (
    <div className="space-y-2">
      <FormStatus state={sendState.status !== "idle" ? sendState : revokeState} />
      <div className="flex flex-wrap gap-2">
        {canSend && (
          <form action={send}>
            <SubmitButton pendingLabel={t("sending")} variant="secondary">
              {sentBefore ? t("resend") : t("send")}
            </SubmitButton>
          </form>
        )}
        {canRevoke && (
          <form action={revoke}>
            <SubmitButton pendingLabel={t("revoking")} variant="danger">
              {t("revoke")}
            </SubmitButton>
          </form>
        )}
      </div>
    </div>
  );
}
