"use server";

import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/viewer";
import { failed, type ActionState } from "@/lib/forms/action-state";
import { setRecommendationAdopted } from "@/lib/records/board";

export async function setAdoptedAction(eventId: string, recommendationId: string, adopted: boolean, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireOrganizer();
  // Bound arguments come back from the browser: take nothing but a real boolean as "adopt".
  const result = await setRecommendationAdopted(viewer, eventId, recommendationId, adopted === true);
  if (!result.ok) return failed(result.reason);
  revalidatePath("/[locale]/organize/events/[eventId]/recommendations", "page");
  return { status: "ok", message: adopted ? "board.adoptedNow" : "board.unadoptedNow" };
}
