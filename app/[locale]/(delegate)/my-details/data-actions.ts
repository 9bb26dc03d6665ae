"use server";

import { revalidatePath } from "next/cache";
import { requireDelegate } from "@/lib/auth/viewer";
import { failed, invalid, formObject, type ActionState } from "@/lib/forms/action-state";
import { requestDeletion, withdrawDeletionRequest } from "@/lib/privacy/deletion";
import { deletionRequestInput } from "@/lib/privacy/schema";

const MY_DETAILS = "/[locale]/my-details";

export async function requestDeletionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireDelegate();
  const parsed = deletionRequestInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await requestDeletion(viewer, parsed.data.reason);
  if (!result.ok) return failed(result.reason, form);
  revalidatePath(MY_DETAILS, "page");
  return { status: "ok", message: result.value.created ? "myData.requested" : "myData.alreadyPending" };
}

export async function withdrawDeletionAction(_prev: ActionState, _form: FormData): Promise<ActionState> {
  const viewer = await requireDelegate();
  const result = await withdrawDeletionRequest(viewer);
  if (!result.ok) return failed(result.reason);
  revalidatePath(MY_DETAILS, "page");
  return { status: "ok", message: "myData.withdrawn" };
}
