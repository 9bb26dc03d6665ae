"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { signIn } from "@/auth";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { asForm, failed, failedWrite, formObject, type ActionState } from "@/lib/forms/action-state";
import { registrationInput, registrationTravelDocumentInput } from "@/lib/invitations/registration-schema";
import { declineInvitation, registerFromInvitation } from "@/lib/invitations/registration";
import { z } from "zod";

const TRAVEL_FIELDS = ["documentType", "documentNumber", "issuingCountry", "nationality", "dateOfBirth", "expiresOn"];

/**
 * No session here: the token in the URL is the credential, checked (hash, expiry, single use) in
 * the data layer. Whether travel-document fields count is decided there too, from the event.
 */
export async function registerAction(token: string, _prev: ActionState, input: FormData): Promise<ActionState> {
  const form = asForm(input);
  const raw = formObject(form);
  const parsed = registrationInput.safeParse(raw);
  const hasTravelFields = TRAVEL_FIELDS.some((f) => form.has(f));
  const travel = hasTravelFields ? registrationTravelDocumentInput.safeParse(raw) : null;
  if (!parsed.success || (travel && !travel.success)) {
    const fieldErrors = {
      ...(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors),
      ...(travel && !travel.success ? z.flattenError(travel.error).fieldErrors : {}),
    };
    return failed("errors.form", form, fieldErrors);
  }
  const result = await registerFromInvitation(token, parsed.data, travel?.success ? travel.data : null);
  if (!result.ok) return failedWrite(result, form);
  // A registration changes the public delegation sizes and, with consent, the names listed.
  refreshPublicPages();

  const locale = await getLocale();
  if (!result.value.accountCreated) redirect(`/${locale}/sign-in?registered=1`);
  try {
    await signIn("credentials", { email: result.value.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    // Registered all the same; they can sign in by hand.
    if (error instanceof AuthError) redirect(`/${locale}/sign-in?registered=1`);
    throw error;
  }
  redirect(`/${locale}/schedule?registered=1`);
}

export async function declineAction(token: string, _prev: ActionState, _form: FormData): Promise<ActionState> {
  const result = await declineInvitation(token);
  if (!result.ok) return failed(result.reason);
  return { status: "ok", message: "registration.declinedDone" };
}
