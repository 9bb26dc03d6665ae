"use client";

import { FormStatus } from "@/components/ui/form-fields";
import { Link } from "@/i18n/navigation";
import type { ActionState } from "@/lib/forms/action-state";

/** What a form that made or opened an account shows once it succeeded: its message, and the way to sign in. */
export function DoneThenSignIn({ state, signInLabel }: { state: ActionState; signInLabel: string }) {
  return (
    <div className="mt-6 space-y-4">
      <FormStatus state={state} />
      <p>
        <Link href="/sign-in" className="text-accent underline">
          {signInLabel}
        </Link>
      </p>
    </div>
  );
}
