"use server";

import { defineAction, goTo } from "@/lib/actions/define";
import { PUBLIC_PAGES } from "@/lib/actions/refresh";
import { eventIsOver } from "@/lib/events/past";
import { createEvent } from "@/lib/events/queries";
import { eventFormInput } from "@/lib/events/schema";
import { failed, type ActionState } from "@/lib/forms/action-state";

export const createEventAction = defineAction({
  access: { who: "initiative", capability: "plan" },
  input: eventFormInput,
  arrays: ["languages"],
  // An announced event is on the home and initiative pages at once.
  refresh: [PUBLIC_PAGES],
  run: async ({ viewer, initiativeId, input: { pastRecord, ...input }, form, locale }) => {
    // Days already over (in the event's own time zone) are most likely a typo: ask before creating.
    if (!pastRecord && eventIsOver(input, new Date())) return pastEventQuestion(form);
    const result = await createEvent(viewer, { ...input, initiativeId });
    return result.ok ? goTo(`/${locale}/organize/events/${result.value.id}/agenda`) : result;
  },
});

/**
 * The first submit of a past event: nothing is created; the question is asked next to the dates,
 * with everything typed kept, and the status (when left at its default, draft) offered as concluded.
 */
function pastEventQuestion(form: FormData): ActionState {
  const state = failed("eventForm.pastEventQuestion", form, { pastRecord: ["pastEvent"] });
  if (state.status === "error" && state.values && (state.values.status ?? "draft") === "draft") state.values.status = "concluded";
  return state;
}
