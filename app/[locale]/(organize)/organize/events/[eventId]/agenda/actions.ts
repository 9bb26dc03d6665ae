"use server";

import { revalidatePath } from "next/cache";
import { createAgendaItem, deleteAgendaItem } from "@/lib/agenda/queries";
import { agendaItemInput } from "@/lib/agenda/schema";
import { requireOrganizer } from "@/lib/auth/viewer";
import { failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";

export async function createAgendaItemAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = agendaItemInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await createAgendaItem(viewer, eventId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]/organize/events/[eventId]/agenda", "page");
  return { status: "ok", message: "agendaForm.added" };
}

export async function deleteAgendaItemAction(eventId: string, itemId: string): Promise<void> {
  const viewer = await requireOrganizer();
  await deleteAgendaItem(viewer, eventId, itemId);
  revalidatePath("/[locale]/organize/events/[eventId]/agenda", "page");
}
