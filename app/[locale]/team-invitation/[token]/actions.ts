"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { linkToken } from "@/lib/actions/bound";
import { defineAction, done, goTo } from "@/lib/actions/define";
import { failed, formObject } from "@/lib/forms/action-state";
import { acceptTeamInvitation } from "@/lib/teams/queries";
import { acceptTeamInvitationInput } from "@/lib/teams/schema";

/**
 * The token in the URL is the credential (mailed to the invited address). An existing account
 * accepts only while signed in as itself; a new one is created with the name and password typed.
 */
export const acceptTeamInvitationAction = defineAction({
  access: { who: "public" },
  args: [linkToken],
  argsRefusal: "team.state.unknown",
  run: async ({ viewer, args: [token], form, locale }) => {
    const wantsNewAccount = form.has("password");
    const parsed = wantsNewAccount ? acceptTeamInvitationInput.safeParse(formObject(form)) : null;
    if (parsed && !parsed.success) return failed("errors.form", form, z.flattenError(parsed.error).fieldErrors);
    const result = await acceptTeamInvitation(token, viewer, parsed?.data ?? null);
    if (!result.ok) return result;
    if (result.value.accountCreated && parsed?.success) {
      try {
        await signIn("credentials", { email: result.value.email, password: parsed.data.password, redirect: false });
      } catch (error) {
        // Joined all the same; they can sign in by hand.
        if (error instanceof AuthError) return done("teamInvitation.joined");
        throw error;
      }
    }
    return goTo(`/${locale}/organize`);
  },
});
