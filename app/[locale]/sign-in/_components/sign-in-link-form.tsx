"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { requestSignInLinkAction } from "../actions";

export function SignInLinkForm() {
  const t = useTranslations("signInLink");
  const [state, action] = useActionState(requestSignInLinkAction, idle);
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <FormStatus state={state} />
      {/* Its own id: the password form on the same page also has an email field. */}
      <TextField name="email" label={t("email")} type="email" state={state} autoComplete="email" required id="link-email" />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
