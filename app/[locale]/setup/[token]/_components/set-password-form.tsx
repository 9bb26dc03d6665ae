"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextField } from "@/components/ui/form-fields";
import { DoneThenSignIn } from "@/components/ui/done-then-sign-in";
import { idle } from "@/lib/forms/action-state";
import { setPasswordAction } from "../../actions";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("setupLink");
  const [state, action] = useActionState(boundAction(setPasswordAction, token), idle);
  if (state.status === "ok") return <DoneThenSignIn state={state} signInLabel={t("signIn")} />;
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} state={state} autoComplete="new-password" required />
      <TextField name="passwordConfirm" type="password" label={t("passwordConfirm")} state={state} autoComplete="new-password" required />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
