"use server";

import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/viewer";
import { failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";
import { publishOutcome, saveOutcomeDraft } from "@/lib/outcomes/queries";
import { outcomeDraftInput, publishOutcomeInput } from "@/lib/outcomes/schema";

export async function saveOutcomeDraftAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = outcomeDraftInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await saveOutcomeDraft(viewer, eventId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]/organize/events/[eventId]/outcome", "page");
  return { status: "ok", message: "outcomeForm.saved" };
}

export async function publishOutcomeAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = publishOutcomeInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await publishOutcome(viewer, eventId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]", "layout");
  return { status: "ok", message: "outcomeForm.published" };
}
