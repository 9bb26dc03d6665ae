"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { acceptTeamInvitationAction } from "../actions";

/** One click for the signed-in invitee; name and a password of their own for someone new. */
export function AcceptForm({ token, newAccount }: { token: string; newAccount: boolean }) {
  const t = useTranslations("teamInvitation");
  const [state, action] = useActionState(boundAction(acceptTeamInvitationAction, token), idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      {newAccount && (
        <fieldset className="space-y-3">
          <legend className="font-medium">{t("newAccount")}</legend>
          <TextField name="name" label={t("name")} state={state} autoComplete="name" required />
          <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} state={state} autoComplete="new-password" required />
          <TextField name="passwordConfirm" type="password" label={t("passwordConfirm")} state={state} autoComplete="new-password" required />
        </fieldset>
      )}
      <SubmitButton pendingLabel={t("accepting")}>{newAccount ? t("createAndAccept") : t("accept")}</SubmitButton>
    </form>
  );
}
