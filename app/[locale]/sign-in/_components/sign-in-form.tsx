"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { signInAction } from "../actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("signIn");
  const [state, action] = useActionState(signInAction, idle);
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField name="email" type="email" label={t("email")} state={state} autoComplete="username" required />
      <TextField name="password" type="password" label={t("password")} state={state} autoComplete="current-password" required />
      <SubmitButton pendingLabel={t("signingIn")}>{t("submit")}</SubmitButton>
    </form>
  );
}
