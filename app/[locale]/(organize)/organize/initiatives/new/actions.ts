"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/viewer";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";
import { createInitiative } from "@/lib/initiatives/queries";
import { initiativeInput } from "@/lib/initiatives/schema";

export async function createInitiativeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = initiativeInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await createInitiative(viewer, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  refreshPublicPages(); // its public page may have been cached as not found
  redirect(`/${await getLocale()}/organize/initiatives/${result.value.id}/events/new`);
}
