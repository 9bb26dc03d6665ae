"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireDelegate } from "@/lib/auth/viewer";
import { failed, formObject, type ActionState } from "@/lib/forms/action-state";
import { signOffStatement } from "@/lib/outcomes/sign-off";

const signOffInput = z.object({ language: z.string().min(2).max(10), hash: z.string().regex(/^[0-9a-f]{64}$/) });

export async function signOffAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireDelegate();
  const parsed = signOffInput.safeParse(formObject(form));
  if (!parsed.success) return failed("errors.invalid");
  const result = await signOffStatement(viewer, eventId, parsed.data.language, parsed.data.hash);
  if (!result.ok) return failed(result.reason);
  revalidatePath("/[locale]/sign-off", "page");
  revalidatePath("/[locale]/organize/events/[eventId]/outcome", "page");
  return { status: "ok", message: "signOff.signed" };
}
