"use server";

import { z } from "zod";
import { id } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { applyRefresh, page } from "@/lib/actions/refresh";
import { failed, refuse } from "@/lib/forms/action-state";
import { signOffStatement } from "@/lib/outcomes/sign-off";

/** The language version and the hash of the text the signatory read: a sign-off is bound to that text. */
const signOffInput = z.object({ language: z.string().min(2).max(10), hash: z.string().regex(/^[0-9a-f]{64}$/) });

export const signOffAction = defineAction({
  access: { who: "delegate" },
  args: [id],
  input: signOffInput,
  // The form has no field to speak of: hidden values that did not come back whole.
  onInvalid: () => failed("errors.invalid"),
  refresh: [page("/[locale]/sign-off"), page("/[locale]/organize/events/[eventId]/outcome")],
  run: async ({ viewer, args: [eventId], input }) => {
    const result = await signOffStatement(viewer, eventId, input.language, input.hash);
    if (result.ok) return done("signOff.signed");
    // The text changed while they read it: the refusal stays next to that version, and the page
    // comes back with the new text (and its hash) to read and sign.
    if (result.reason === "signOff.changedMeanwhile") applyRefresh([page("/[locale]/sign-off")]);
    return refuse(result.reason);
  },
});
