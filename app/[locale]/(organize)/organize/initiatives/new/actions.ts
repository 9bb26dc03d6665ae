"use server";

import { defineAction, goTo } from "@/lib/actions/define";
import { PUBLIC_PAGES } from "@/lib/actions/refresh";
import { createInitiative } from "@/lib/initiatives/queries";
import { initiativeInput } from "@/lib/initiatives/schema";

export const createInitiativeAction = defineAction({
  access: { who: "organizer" },
  input: initiativeInput,
  // Its public page may have been cached as not found.
  refresh: [PUBLIC_PAGES],
  run: async ({ viewer, input, locale }) => {
    const result = await createInitiative(viewer, input);
    return result.ok ? goTo(`/${locale}/organize/initiatives/${result.value.id}/events/new`) : result;
  },
});
