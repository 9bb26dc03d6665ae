"use server";

import { flag, id } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { page } from "@/lib/actions/refresh";
import { setRecommendationAdopted } from "@/lib/records/board";

export const setAdoptedAction = defineAction({
  access: { who: "event", capability: "records" },
  // Bound arguments come back from the browser: nothing but a real boolean is taken as "adopt".
  args: [id, flag],
  refresh: [page("/[locale]/organize/events/[eventId]/recommendations")],
  run: async ({ viewer, event, args: [recommendationId, adopted] }) => {
    const result = await setRecommendationAdopted(viewer, event.id, recommendationId, adopted);
    if (!result.ok) return result;
    return done(adopted ? "board.adoptedNow" : "board.unadoptedNow");
  },
});
