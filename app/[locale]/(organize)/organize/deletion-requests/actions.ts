"use server";

import { refreshPublicPages } from "@/lib/cache/public-pages";
import { requireOrganizer } from "@/lib/auth/viewer";
import { failed, formObject, invalid, type ActionState } from "@/lib/forms/action-state";
import { confirmDeletionRequest, declineDeletionRequest } from "@/lib/privacy/deletion";
import { confirmDeletionInput, declineDeletionInput } from "@/lib/privacy/schema";

function refresh() {
  // A confirmed deletion renames the person everywhere their name is shown.
  refreshPublicPages();
}

export async function confirmDeletionAction(requestId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = confirmDeletionInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await confirmDeletionRequest(viewer, requestId);
  if (!result.ok) return failed(result.reason);
  refresh();
  return { status: "ok", message: "deletionRequests.confirmed" };
}

export async function declineDeletionAction(requestId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = declineDeletionInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await declineDeletionRequest(viewer, requestId, parsed.data.note);
  if (!result.ok) return failed(result.reason, form);
  refresh();
  return { status: "ok", message: "deletionRequests.declinedSaved" };
}
