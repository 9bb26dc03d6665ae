import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

/**
 * A personal link that no longer works (unknown, expired, used or revoked): why, announced to
 * screen readers, and, when it was used, the way in from here. Shared by every token page.
 */
export function UnusableLink({ title, reason, signInLabel, children }: { title: string; reason: string; signInLabel?: string; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p role="alert" className="rounded border border-line bg-white p-4">
        {reason}
      </p>
      {signInLabel && (
        <p>
          <Link href="/sign-in" className="text-accent underline">
            {signInLabel}
          </Link>
        </p>
      )}
      {children}
    </div>
  );
}
