"use server";

import { linkToken } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { completeFirstRunSetup, setPasswordWithSetupLink } from "@/lib/auth/setup-links";
import { firstRunInput, newPasswordInput } from "@/lib/auth/setup-schema";

// No session on these screens: the token (in the URL, or typed from the server log) is the
// credential, checked in the data layer (hash, expiry, single use, and for the first run: that no
// organizer exists yet).

export const setPasswordAction = defineAction({
  access: { who: "public" },
  args: [linkToken],
  argsRefusal: "setupLink.states.unknown",
  input: newPasswordInput,
  run: async ({ args: [token], input }) => {
    const result = await setPasswordWithSetupLink(token, input);
    return result.ok ? done("setupLink.done") : result;
  },
});

export const firstRunSetupAction = defineAction({
  access: { who: "public" },
  input: firstRunInput,
  run: async ({ input }) => {
    const result = await completeFirstRunSetup(input);
    return result.ok ? done("firstRun.created") : result;
  },
});
