"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextField } from "@/components/ui/form-fields";
import { DoneThenSignIn } from "@/components/ui/done-then-sign-in";
import { idle } from "@/lib/forms/action-state";
import { firstRunSetupAction } from "../actions";

export function FirstRunForm({ token }: { token: string }) {
  const t = useTranslations("firstRun");
  const [state, action] = useActionState(firstRunSetupAction, idle);
  if (state.status === "ok") return <DoneThenSignIn state={state} signInLabel={t("signIn")} />;
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="token" label={t("token")} hint={t("tokenHint")} state={state} defaultValue={token} autoComplete="off" required />
      <TextField name="name" label={t("name")} state={state} autoComplete="name" required />
      <TextField name="email" type="email" label={t("email")} hint={t("emailHint")} state={state} autoComplete="username" required />
      <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} state={state} autoComplete="new-password" required />
      <TextField name="passwordConfirm" type="password" label={t("passwordConfirm")} state={state} autoComplete="new-password" required />
      <SubmitButton pendingLabel={t("creating")}>{t("submit")}</SubmitButton>
    </form>
  );
}
