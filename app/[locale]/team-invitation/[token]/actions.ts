"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { signIn } from "@/auth";
import { getViewer } from "@/lib/auth/viewer";
import { asForm, failed, failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";
import { acceptTeamInvitation } from "@/lib/teams/queries";
import { acceptTeamInvitationInput } from "@/lib/teams/schema";

/**
 * The token in the URL is the credential (mailed to the invited address). An existing account
 * accepts only while signed in as itself; a new one is created with the name and password typed.
 */
export async function acceptTeamInvitationAction(token: string, _prev: ActionState, input: FormData): Promise<ActionState> {
  const form = asForm(input);
  const viewer = await getViewer();
  const wantsNewAccount = form.has("password");
  const parsed = wantsNewAccount ? acceptTeamInvitationInput.safeParse(formObject(form)) : null;
  if (parsed && !parsed.success) return invalid(parsed.error, form);
  const result = await acceptTeamInvitation(token, viewer, parsed?.data ?? null);
  if (!result.ok) return result.field ? failedWrite(result, form) : failed(result.reason, form);
  const locale = await getLocale();
  if (result.value.accountCreated && parsed?.success) {
    try {
      await signIn("credentials", { email: result.value.email, password: parsed.data.password, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) return { status: "ok", message: "teamInvitation.joined" };
      throw error;
    }
  }
  redirect(`/${locale}/organize`);
}
