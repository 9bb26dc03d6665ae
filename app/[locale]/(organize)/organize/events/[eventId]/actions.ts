"use server";

import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { requireOrganizer } from "@/lib/auth/viewer";
import { updateEventStatus } from "@/lib/events/queries";
import { eventStatusInput } from "@/lib/events/schema";
import { failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";
import { travelDocumentSettingsInput } from "@/lib/travel-documents/schema";
import { updateTravelDocumentSettings } from "@/lib/travel-documents/settings";

export async function updateEventStatusAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = eventStatusInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await updateEventStatus(viewer, eventId, parsed.data.status);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]/organize", "layout");
  refreshPublicPages(); // the public event page and the home page show the status
  return { status: "ok", message: "eventOverview.statusSaved" };
}

export async function updateTravelDocumentSettingsAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = travelDocumentSettingsInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await updateTravelDocumentSettings(viewer, eventId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]/organize/events/[eventId]", "layout");
  return { status: "ok", message: "travelDocumentSettings.saved" };
}
