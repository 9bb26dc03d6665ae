"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { CONSENTS, ROLES, SECTORS, STATUSES } from "@/lib/delegations/schema";
import { idle } from "@/lib/forms/action-state";
import { changeRoleAction, changeStatusAction, revokeInvitationAction, sendInvitationAction, updateDetailsAction } from "../../actions";

type Props = { eventId: string; memberId: string };

export function StatusForm({ eventId, memberId, status }: Props & { status: string }) {
  const t = useTranslations("member");
  const person = useTranslations("person");
  const [state, action] = useActionState(boundAction(changeStatusAction, eventId, memberId), idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <SelectField
        name="status"
        label={t("status")}
        state={state}
        defaultValue={status}
        options={STATUSES.map((s) => ({ value: s, label: person(`statuses.${s}`) }))}
      />
      <TextField name="reason" label={t("reason")} hint={t("reasonHint")} state={state} />
      <SubmitButton pendingLabel={t("saving")}>{t("saveStatus")}</SubmitButton>
    </form>
  );
}

export function RoleForm({ eventId, memberId, role }: Props & { role: string }) {
  const t = useTranslations("member");
  const person = useTranslations("person");
  const [state, action] = useActionState(boundAction(changeRoleAction, eventId, memberId), idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <SelectField
        name="role"
        label={t("role")}
        hint={t("roleHint")}
        state={state}
        defaultValue={role}
        options={ROLES.map((r) => ({ value: r, label: person(`roles.${r}`) }))}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("saveRole")}</SubmitButton>
    </form>
  );
}

/** `requestKey`: a fresh key per form shown, so a send clicked twice mails the person once (lib/forms/create-once.ts). */
export function InvitationButtons({
  eventId,
  memberId,
  canSend,
  canRevoke,
  sentBefore,
  requestKey,
}: Props & { canSend: boolean; canRevoke: boolean; sentBefore: boolean; requestKey: string }) {
  const t = useTranslations("member");
  const [sendState, send] = useActionState(boundAction(sendInvitationAction, eventId, memberId), idle);
  const [revokeState, revoke] = useActionState(boundAction(revokeInvitationAction, eventId, memberId), idle);
  return (
    <div className="space-y-2">
      <FormStatus state={sendState.status !== "idle" ? sendState : revokeState} />
      <div className="flex flex-wrap gap-2">
        {canSend && (
          <form action={send}>
            <input type="hidden" name="requestKey" value={requestKey} />
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

export type MemberDetails = {
  nameLatin: string;
  nameNative: string;
  organization: string;
  position: string;
  sector: string;
  email: string;
  phone: string;
  consent: string;
  dietaryNeeds: string;
  accessibilityNeeds: string;
  version: number;
};

export function DetailsForm({ eventId, memberId, details }: Props & { details: MemberDetails }) {
  const t = useTranslations("member");
  const form = useTranslations("personForm");
  const person = useTranslations("person");
  const [state, action] = useActionState(boundAction(updateDetailsAction, eventId, memberId), idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      {/* The version the form was loaded at: a save over someone else's change is refused. */}
      <input type="hidden" name="version" value={details.version} />
      <TextField name="nameLatin" label={form("nameLatin")} state={state} defaultValue={details.nameLatin} required />
      <TextField name="nameNative" label={form("nameNative")} state={state} defaultValue={details.nameNative} />
      <TextField name="organization" label={form("organization")} state={state} defaultValue={details.organization} />
      <TextField name="position" label={form("position")} state={state} defaultValue={details.position} />
      <SelectField
        name="sector"
        label={form("sector")}
        state={state}
        defaultValue={details.sector}
        options={SECTORS.map((s) => ({ value: s, label: person(`sectors.${s}`) }))}
      />
      <TextField name="email" type="email" label={form("email")} state={state} defaultValue={details.email} autoComplete="off" />
      <TextField name="phone" type="tel" label={form("phone")} state={state} defaultValue={details.phone} autoComplete="off" />
      <SelectField
        name="consent"
        label={form("consent")}
        hint={t("consentHint")}
        state={state}
        defaultValue={details.consent}
        options={CONSENTS.map((c) => ({ value: c, label: person(`consents.${c}`) }))}
      />
      <TextAreaField name="dietaryNeeds" label={t("dietaryNeeds")} state={state} defaultValue={details.dietaryNeeds} rows={2} />
      <TextAreaField name="accessibilityNeeds" label={t("accessibilityNeeds")} state={state} defaultValue={details.accessibilityNeeds} rows={2} />
      <SubmitButton pendingLabel={t("saving")}>{t("saveDetails")}</SubmitButton>
    </form>
  );
}
