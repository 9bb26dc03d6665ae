"use server";

import { completeFirstRunSetup, setPasswordWithSetupLink } from "@/lib/auth/setup-links";
import { firstRunInput, newPasswordInput } from "@/lib/auth/setup-schema";
import { failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";

/**
 * No session on these screens: the token (in the URL, or typed from the server log) is the
 * credential, checked in the data layer (hash, expiry, single use, and for the first run: that no
 * organizer exists yet).
 */
export async function setPasswordAction(token: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = newPasswordInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await setPasswordWithSetupLink(token, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  return { status: "ok", message: "setupLink.done" };
}

export async function firstRunSetupAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = firstRunInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await completeFirstRunSetup(parsed.data);
  if (!result.ok) return failedWrite(result, form);
  return { status: "ok", message: "firstRun.created" };
}
