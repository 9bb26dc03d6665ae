"use client";

import type { ReactNode } from "react";

/** A submit button that asks before a destructive action; cancelling leaves the form unsent. */
export function ConfirmSubmitButton({ question, label, children }: { question: string; label?: string; children: ReactNode }) {
  return (
    <button
      type="submit"
      aria-label={label}
      onClick={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
      className="rounded border border-line px-2 py-1 text-sm hover:bg-red-50"
    >
      {children}
    </button>
  );
}
