import type { Conflict } from "@/lib/forms/action-state";

/**
 * Someone saved in between: what is saved now, beside the form that still holds what this user
 * typed. The form's next save is a deliberate "mine over theirs" (it carries `conflict.version`).
 */
export function ConflictNotice({ conflict, heading, choice, id = "conflict-heading" }: { conflict: Conflict; heading: string; choice: string; id?: string }) {
  return (
    <section aria-labelledby={id} className="rounded border border-danger bg-red-50 p-3 text-sm">
      <h3 id={id} className="font-semibold">
        {heading}
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {conflict.saved.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-medium">{row.label}</dt>
            <dd className="break-words">{row.value || "—"}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">{choice}</p>
    </section>
  );
}
