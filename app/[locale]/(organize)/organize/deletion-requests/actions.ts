"use server";

import { id } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { PUBLIC_PAGES } from "@/lib/actions/refresh";
import { refuse } from "@/lib/forms/action-state";
import { confirmDeletionRequest, declineDeletionRequest } from "@/lib/privacy/deletion";
import { confirmDeletionInput, declineDeletionInput } from "@/lib/privacy/schema";

// A request belongs to one person record of one initiative: the data layer lets only that
// initiative's planning team decide it. A confirmed deletion renames the person everywhere their
// name is shown, the public pages included.

export const confirmDeletionAction = defineAction({
  access: { who: "organizer" },
  args: [id],
  input: confirmDeletionInput,
  refresh: [PUBLIC_PAGES],
  run: async ({ viewer, args: [requestId] }) => {
    const result = await confirmDeletionRequest(viewer, requestId);
    return result.ok ? done("deletionRequests.confirmed") : refuse(result.reason);
  },
});

export const declineDeletionAction = defineAction({
  access: { who: "organizer" },
  args: [id],
  input: declineDeletionInput,
  refresh: [PUBLIC_PAGES],
  run: async ({ viewer, args: [requestId], input }) => {
    const result = await declineDeletionRequest(viewer, requestId, input.note);
    return result.ok ? done("deletionRequests.declinedSaved") : refuse(result.reason);
  },
});
