"use server";

import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { failed, formObject, invalid, type ActionState } from "@/lib/forms/action-state";
import { formVersion, optionalText } from "@/lib/forms/fields";
import { finalizeRecord, reopenRecord } from "@/lib/records/save";

const finalizeInput = z.object({ version: formVersion(0) });
const reopenInput = z.object({ reason: optionalText(500) });

export async function finalizeRecordAction(itemId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  const parsed = finalizeInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await finalizeRecord(viewer, itemId, parsed.data.version);
  if (!result.ok) return failed(`records.refused.${result.reason}`, form);
  revalidatePath("/[locale]/records", "layout");
  refreshPublicPages(); // a final record is public (closed-door ones without names)
  return { status: "ok", message: "records.finalizedNow" };
}

export async function reopenRecordAction(itemId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  const parsed = reopenInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await reopenRecord(viewer, itemId, parsed.data.reason);
  if (result.ok) {
    revalidatePath("/[locale]/records", "layout");
    refreshPublicPages(); // a reopened record leaves the public pages at once
    return { status: "ok", message: "records.reopenedNow" };
  }
  if (result.reason === "reasonNeeded") return failed("errors.form", form, { reason: ["reopenReasonNeeded"] });
  return failed(`records.refused.${result.reason}`, form);
}
