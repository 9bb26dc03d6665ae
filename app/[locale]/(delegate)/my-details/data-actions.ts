"use server";

import { defineAction, done } from "@/lib/actions/define";
import { page } from "@/lib/actions/refresh";
import { refuse } from "@/lib/forms/action-state";
import { requestDeletion, withdrawDeletionRequest } from "@/lib/privacy/deletion";
import { deletionRequestInput } from "@/lib/privacy/schema";

const MY_DETAILS = page("/[locale]/my-details");

export const requestDeletionAction = defineAction({
  access: { who: "delegate" },
  input: deletionRequestInput,
  refresh: [MY_DETAILS],
  run: async ({ viewer, input }) => {
    const result = await requestDeletion(viewer, input.reason);
    if (!result.ok) return refuse(result.reason);
    return done(result.value.created ? "myData.requested" : "myData.alreadyPending");
  },
});

export const withdrawDeletionAction = defineAction({
  access: { who: "delegate" },
  refresh: [MY_DETAILS],
  run: async ({ viewer }) => {
    const result = await withdrawDeletionRequest(viewer);
    return result.ok ? done("myData.withdrawn") : refuse(result.reason);
  },
});
