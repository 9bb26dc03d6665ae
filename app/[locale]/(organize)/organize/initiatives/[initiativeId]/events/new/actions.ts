"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/viewer";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { createEvent } from "@/lib/events/queries";
import { eventInput } from "@/lib/events/schema";
import { failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";

export async function createEventAction(initiativeId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = eventInput.safeParse({ ...formObject(form, ["languages"]), initiativeId });
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await createEvent(viewer, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  refreshPublicPages(); // an announced event is on the home and initiative pages at once
  redirect(`/${await getLocale()}/organize/events/${result.value.id}/agenda`);
}
