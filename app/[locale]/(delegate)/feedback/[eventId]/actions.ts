"use server";

import { id } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { page } from "@/lib/actions/refresh";
import { submitFeedback } from "@/lib/feedback/queries";
import { failed, formObject } from "@/lib/forms/action-state";

/** A confirmed delegate answers the event's survey, once (the event id is bound by the page and checked in the data layer). */
export const submitFeedbackAction = defineAction({
  access: { who: "delegate" },
  args: [id],
  refresh: [page("/[locale]/feedback/[eventId]"), page("/[locale]/schedule")],
  run: async ({ viewer, args: [eventId], form }) => {
    const result = await submitFeedback(viewer, eventId, formObject(form));
    if (result.ok) return done("feedback.thanks");
    return failed(result.reason, form, "fieldErrors" in result ? result.fieldErrors : undefined);
  },
});
