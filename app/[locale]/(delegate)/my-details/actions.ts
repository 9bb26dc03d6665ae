"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireDelegate } from "@/lib/auth/viewer";
import { updateMyConsent } from "@/lib/delegations/for-delegate";
import { CONSENTS } from "@/lib/delegations/schema";
import { failed, formObject, invalid, type ActionState } from "@/lib/forms/action-state";

const consentInput = z.object({ consent: z.enum(CONSENTS, { error: "chooseConsent" }) });

export async function updateConsentAction(memberId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireDelegate();
  const parsed = consentInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await updateMyConsent(viewer, memberId, parsed.data.consent);
  if (!result.ok) return failed(result.reason, form);
  // Names are resolved at read time everywhere; refresh the pages that show them.
  revalidatePath("/[locale]", "layout");
  return { status: "ok", message: "myDetails.consentSaved" };
}
