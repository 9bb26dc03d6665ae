"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { linkToken } from "@/lib/actions/bound";
import { defineAction, done, goTo } from "@/lib/actions/define";
import { passwordAttemptVerdict } from "@/lib/auth/password-attempts";
import { requestSignInLink } from "@/lib/auth/sign-in-links";
import { findUserRole } from "@/lib/auth/users";
import { failed, formValues } from "@/lib/forms/action-state";
import { clientAddress, publicOrigin } from "@/lib/http/origin";
import { safeReturnPath } from "@/lib/http/return-path";

const email = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "invalidEmail" }));

const signInInput = z.object({
  email,
  password: z.string({ error: "required" }).min(1, { error: "required" }),
  next: z.string({ error: "invalid" }).optional(),
});

export const signInAction = defineAction({
  access: { who: "public" },
  input: signInInput,
  run: async ({ input, form, locale }) => {
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    } catch (error) {
      if (error instanceof CredentialsSignin && error.code === "rate_limited") {
        const verdict = await passwordAttemptVerdict({ email: input.email, address: await clientAddress() });
        return {
          status: "error" as const,
          message: "signIn.rateLimited",
          messageValues: { minutes: verdict.allowed ? 1 : verdict.retryInMinutes },
          values: formValues(form),
        };
      }
      if (error instanceof AuthError) return failed("signIn.invalid", form);
      throw error;
    }
    const role = await findUserRole(input.email);
    // Back where they were (a record being written when the session ran out), else their home screen.
    return goTo(safeReturnPath(input.next, locale) ?? (role === "organizer" ? `/${locale}/organize` : `/${locale}/schedule`));
  },
});

/** Mails a one-time link to a delegate. The answer never says whether the email is registered. */
export const requestSignInLinkAction = defineAction({
  access: { who: "public" },
  input: z.object({ email }),
  run: async ({ input, form, locale }) => {
    const outcome = await requestSignInLink({ email: input.email, address: await clientAddress(), locale, origin: await publicOrigin() });
    return outcome === "rateLimited" ? failed("signInLink.rateLimited", form) : done("signInLink.sent");
  },
});

/** Spends the link from the email (a POST: mail scanners that open links do not sign anyone in). */
export const signInWithLinkAction = defineAction({
  access: { who: "public" },
  args: [linkToken],
  argsRefusal: "signInLink.invalid",
  run: async ({ args: [token], form, locale }) => {
    try {
      await signIn("sign-in-link", { token, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) return failed("signInLink.invalid");
      throw error;
    }
    return goTo(safeReturnPath(form.get("next"), locale) ?? `/${locale}/schedule`);
  },
});
