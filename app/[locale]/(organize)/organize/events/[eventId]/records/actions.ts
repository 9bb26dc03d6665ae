"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/viewer";
import { failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";
import { assignRapporteur } from "@/lib/records/assignments";

const assignInput = z.object({ rapporteur: z.union([z.literal(""), z.uuid({ error: "invalid" })], { error: "invalid" }) });

export async function assignRapporteurAction(eventId: string, itemId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = assignInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await assignRapporteur(viewer, eventId, itemId, parsed.data.rapporteur || null);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]/organize/events/[eventId]/records", "page");
  revalidatePath("/[locale]/records", "layout");
  return { status: "ok", message: parsed.data.rapporteur ? "records.assigned" : "records.unassigned" };
}
