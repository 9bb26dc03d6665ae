"use server";

import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/viewer";
import { addPersonToDelegation, setHeadOfDelegation } from "@/lib/delegations/queries";
import { personInput } from "@/lib/delegations/schema";
import { failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";

export async function addPersonAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = personInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await addPersonToDelegation(viewer, eventId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]/organize/events/[eventId]/delegations", "page");
  return { status: "ok", message: "personForm.added" };
}

export async function setHeadAction(eventId: string, memberId: string): Promise<void> {
  const viewer = await requireOrganizer();
  await setHeadOfDelegation(viewer, eventId, memberId);
  revalidatePath("/[locale]/organize/events/[eventId]/delegations", "page");
}
