"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { typedValue } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { targetSizeAction } from "../actions";

/** Inline: the number of people this side aims to bring. */
export function TargetSizeForm({
  eventId,
  delegationId,
  partyName,
  targetSize,
}: {
  eventId: string;
  delegationId: string;
  partyName: string;
  targetSize: number | null;
}) {
  const t = useTranslations("delegations");
  const errors = useTranslations("errors");
  const [state, action, pending] = useActionState(boundAction(targetSizeAction, eventId, delegationId), idle);
  const id = `target-${delegationId}`;
  // A field error ("invalidNumber") or a form-level one ("errors.notFound"): both live under errors.
  const error = state.status === "error" ? (state.fieldErrors?.targetSize?.[0] ?? state.message.replace(/^errors\./, "")) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2 text-sm">
      <div>
        <label htmlFor={id} className="block font-medium">
          {t("targetFor", { party: partyName })}
        </label>
        <input
          id={id}
          name="targetSize"
          type="number"
          min={1}
          max={500}
          inputMode="numeric"
          defaultValue={typedValue(state, "targetSize", targetSize?.toString() ?? "")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 w-24 rounded border border-line bg-white px-2 py-1"
        />
      </div>
      <button type="submit" disabled={pending} className="rounded border border-line bg-white px-3 py-1 hover:bg-paper">
        {t("saveTarget")}
      </button>
      {error && (
        <p id={`${id}-error`} role="alert" className="w-full text-danger">
          {errors.has(error) ? errors(error) : errors("invalid")}
        </p>
      )}
      {state.status === "ok" && (
        <p role="status" className="w-full text-ok">
          {t("targetSaved")}
        </p>
      )}
    </form>
  );
}
