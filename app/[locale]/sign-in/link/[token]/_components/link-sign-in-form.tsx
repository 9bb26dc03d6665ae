"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { signInWithLinkAction } from "../../../actions";

export function LinkSignInForm({ token, next }: { token: string; next?: string }) {
  const t = useTranslations("signInLink");
  const [state, action] = useActionState(boundAction(signInWithLinkAction, token), idle);
  return (
    <form action={action} className="mt-6 space-y-4">
      <FormStatus state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      <SubmitButton pendingLabel={t("signingIn")}>{t(next ? "continueNext" : "continue")}</SubmitButton>
    </form>
  );
}
