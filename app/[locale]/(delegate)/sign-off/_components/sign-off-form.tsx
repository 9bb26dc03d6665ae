"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

/** Sign off one language version exactly as shown: the hash of the text on screen goes with it. */
export function SignOffForm({
  action,
  language,
  languageName,
  hash,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  language: string;
  languageName: string;
  hash: string;
}) {
  const t = useTranslations("signOff");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="hash" value={hash} />
      <SubmitButton pendingLabel={t("signing")}>{t("signVersion", { language: languageName })}</SubmitButton>
    </form>
  );
}
