"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { signIn } from "@/auth";
import type { Locale } from "@/i18n/routing";
import { passwordAttemptVerdict } from "@/lib/auth/password-attempts";
import { requestSignInLink } from "@/lib/auth/sign-in-links";
import { findUserRole } from "@/lib/auth/users";
import { clientAddress, publicOrigin } from "@/lib/http/origin";
import { safeReturnPath } from "@/lib/http/return-path";
import { asForm, failed, formObject, formValues, invalid, type ActionState } from "@/lib/forms/action-state";

const signInInput = z.object({
  email: z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "invalidEmail" })),
  password: z.string({ error: "required" }).min(1, { error: "required" }),
  next: z.string({ error: "invalid" }).optional(),
});

export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = signInInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      const verdict = await passwordAttemptVerdict({ email: parsed.data.email, address: await clientAddress() });
      return {
        status: "error",
        message: "signIn.rateLimited",
        messageValues: { minutes: verdict.allowed ? 1 : verdict.retryInMinutes },
        values: formValues(form),
      };
    }
    if (error instanceof AuthError) return failed("signIn.invalid", form);
    throw error;
  }
  const locale = await getLocale();
  const role = await findUserRole(parsed.data.email);
  // Back where they were (a record being written when the session ran out), else their home screen.
  redirect(safeReturnPath(form.get("next"), locale) ?? (role === "organizer" ? `/${locale}/organize` : `/${locale}/schedule`));
}

const linkRequestInput = z.object({
  email: z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "invalidEmail" })),
});

/** Mails a one-time link to a delegate. The answer never says whether the email is registered. */
export async function requestSignInLinkAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = linkRequestInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const outcome = await requestSignInLink({
    email: parsed.data.email,
    address: await clientAddress(),
    locale: (await getLocale()) as Locale,
    origin: await publicOrigin(),
  });
  if (outcome === "rateLimited") return failed("signInLink.rateLimited", form);
  return { status: "ok", message: "signInLink.sent" };
}

/** Spends the link from the email (a POST: mail scanners that open links do not sign anyone in). */
export async function signInWithLinkAction(token: string, _prev: ActionState, input: FormData): Promise<ActionState> {
  const form = asForm(input);
  try {
    await signIn("sign-in-link", { token, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return failed("signInLink.invalid");
    throw error;
  }
  const locale = await getLocale();
  redirect(safeReturnPath(form.get("next"), locale) ?? `/${locale}/schedule`);
}
