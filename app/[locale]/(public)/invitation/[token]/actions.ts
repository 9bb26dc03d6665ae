"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { linkToken } from "@/lib/actions/bound";
import { defineAction, done, goTo } from "@/lib/actions/define";
import { PUBLIC_PAGES } from "@/lib/actions/refresh";
import { failed, formObject, refuse } from "@/lib/forms/action-state";
import { registrationInput, registrationTravelDocumentInput } from "@/lib/invitations/registration-schema";
import { declineInvitation, registerFromInvitation } from "@/lib/invitations/registration";

const TRAVEL_FIELDS = ["documentType", "documentNumber", "issuingCountry", "nationality", "dateOfBirth", "expiresOn"];

// No session here: the token in the URL is the credential, checked (hash, expiry, single use) in
// the data layer. Whether travel-document fields count is decided there too, from the event.

export const registerAction = defineAction({
  access: { who: "public" },
  args: [linkToken],
  argsRefusal: "invitations.state.unknown",
  // A registration changes the public delegation sizes and, with consent, the names listed.
  refresh: [PUBLIC_PAGES],
  run: async ({ args: [token], form, locale }) => {
    // Two schemas, both reported at once: the person's fields and, when shown, the travel document's.
    const raw = formObject(form);
    const parsed = registrationInput.safeParse(raw);
    const travel = TRAVEL_FIELDS.some((field) => form.has(field)) ? registrationTravelDocumentInput.safeParse(raw) : null;
    if (!parsed.success || (travel && !travel.success)) {
      const fieldErrors = {
        ...(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors),
        ...(travel && !travel.success ? z.flattenError(travel.error).fieldErrors : {}),
      };
      return failed("errors.form", form, fieldErrors);
    }
    const result = await registerFromInvitation(token, parsed.data, travel?.success ? travel.data : null);
    if (!result.ok) return result;
    if (!result.value.accountCreated) return goTo(`/${locale}/sign-in?registered=1`);
    try {
      await signIn("credentials", { email: result.value.email, password: parsed.data.password, redirect: false });
    } catch (error) {
      // Registered all the same; they can sign in by hand.
      if (error instanceof AuthError) return goTo(`/${locale}/sign-in?registered=1`);
      throw error;
    }
    return goTo(`/${locale}/schedule?registered=1`);
  },
});

export const declineAction = defineAction({
  access: { who: "public" },
  args: [linkToken],
  argsRefusal: "invitations.state.unknown",
  // A confirmed delegate who declines leaves the public counts.
  refresh: [PUBLIC_PAGES],
  run: async ({ args: [token] }) => {
    const result = await declineInvitation(token);
    return result.ok ? done("registration.declinedDone") : refuse(result.reason);
  },
});
