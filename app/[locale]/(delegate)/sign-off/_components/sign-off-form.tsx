"use client";

import { useActionState } from "react";
import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { failed, idle, type ActionState } from "@/lib/forms/action-state";

/**
 * Sign off one language version exactly as shown: the hash of the text on screen goes with it.
 * Each version has a form, a pending state and a message of its own: while one is being signed
 * its button is disabled (a second click does nothing), and the other versions can be signed
 * meanwhile. A refusal or a failure is said next to the version it concerns.
 */
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
  const [state, formAction, pending] = useActionState(async (previous: ActionState, form: FormData) => {
    try {
      return await action(previous, form);
    } catch (error) {
      // A redirect (e.g. to sign in again) goes on; a request that never came back is said here.
      unstable_rethrow(error);
      return failed("signOff.failed");
    }
  }, idle);
  return (
    <form action={formAction} aria-busy={pending} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="hash" value={hash} />
      <SubmitButton pendingLabel={t("signing")}>{t("signVersion", { language: languageName })}</SubmitButton>
    </form>
  );
}
