"use server";

import { defineAction, goTo } from "@/lib/actions/define";
import { PUBLIC_PAGES } from "@/lib/actions/refresh";
import { createEvent } from "@/lib/events/queries";
import { eventFormInput } from "@/lib/events/schema";

export const createEventAction = defineAction({
  access: { who: "initiative", capability: "plan" },
  input: eventFormInput,
  arrays: ["languages"],
  // An announced event is on the home and initiative pages at once.
  refresh: [PUBLIC_PAGES],
  run: async ({ viewer, initiativeId, input, locale }) => {
    const result = await createEvent(viewer, { ...input, initiativeId });
    return result.ok ? goTo(`/${locale}/organize/events/${result.value.id}/agenda`) : result;
  },
});
