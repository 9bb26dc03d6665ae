"use client";

import type { ComponentProps } from "react";
import { forgetCheckInCopies } from "@/lib/check-in/offline-screen";

/**
 * A form that ends the session (its action is a sign-out): as it is sent, this browser forgets
 * the check-in screens it kept for opening offline, with people's names in them.
 */
export function SignOutForm(props: Omit<ComponentProps<"form">, "onSubmit">) {
  return <form {...props} onSubmit={() => void forgetCheckInCopies()} />;
}
