"use server";

import { revalidatePath } from "next/cache";
import { addItemPerson, createOfficialForItem, removeItemPerson, setItemOfficial, type AgendaRole } from "@/lib/agenda/participants";
import { attachOfficialInput, itemPersonInput, officialInput } from "@/lib/agenda/participant-schema";
import { requireOrganizer } from "@/lib/auth/viewer";
import { failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";

function refreshAgenda() {
  revalidatePath("/[locale]/organize/events/[eventId]/agenda", "layout");
}

export async function addItemPersonAction(eventId: string, itemId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = itemPersonInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await addItemPerson(viewer, eventId, itemId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  refreshAgenda();
  return { status: "ok", message: "participants.personAdded" };
}

export async function removeItemPersonAction(eventId: string, itemId: string, personId: string, role: AgendaRole): Promise<void> {
  const viewer = await requireOrganizer();
  await removeItemPerson(viewer, eventId, itemId, { personId, role });
  refreshAgenda();
}

export async function attachOfficialAction(eventId: string, itemId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = attachOfficialInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await setItemOfficial(viewer, eventId, itemId, parsed.data.officialId, true);
  if (!result.ok) return failedWrite(result, form);
  refreshAgenda();
  return { status: "ok", message: "participants.officialAdded" };
}

export async function detachOfficialAction(eventId: string, itemId: string, officialId: string): Promise<void> {
  const viewer = await requireOrganizer();
  await setItemOfficial(viewer, eventId, itemId, officialId, false);
  refreshAgenda();
}

export async function createOfficialAction(eventId: string, itemId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = officialInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await createOfficialForItem(viewer, eventId, itemId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  refreshAgenda();
  return { status: "ok", message: "participants.officialAdded" };
}
