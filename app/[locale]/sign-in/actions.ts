"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { findUserRole } from "@/lib/auth/users";
import { failed, invalid, type ActionState } from "@/lib/forms/action-state";

const signInInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "invalidEmail" })),
  password: z.string().min(1, { error: "required" }),
});

export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = signInInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return failed("signIn.invalid", form);
    throw error;
  }
  const locale = await getLocale();
  const role = await findUserRole(parsed.data.email);
  redirect(role === "organizer" ? `/${locale}/organize` : `/${locale}/schedule`);
}

export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}` });
}
