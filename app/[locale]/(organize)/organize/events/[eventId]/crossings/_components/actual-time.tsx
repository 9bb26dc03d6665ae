"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { clearActualTimeAction, crossedNowAction, setActualTimeAction } from "../actions";

/** One click on the day: the delegation has crossed, now. `label` names the crossing for screen readers. */
export function CrossedNowButton({ eventId, crossingId, label }: { eventId: string; crossingId: string; label: string }) {
  const t = useTranslations("crossings");
  const [state, action] = useActionState(boundAction(crossedNowAction, eventId, crossingId), idle);
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2">
      <button
        type="submit"
        aria-label={t("crossedNowFor", { crossing: label })}
        className="rounded bg-accent px-3 py-1 text-sm font-medium text-white hover:bg-accent-strong"
      >
        {t("crossedNow")}
      </button>
      {state.status === "error" && <FormStatus state={state} />}
    </form>
  );
}

/** The actual time typed on the event's clock (to correct "crossed now"), and a way to clear it. */
export function ActualTimeForm({
  eventId,
  crossingId,
  initial,
  zoneLabel,
  recorded,
}: {
  eventId: string;
  crossingId: string;
  initial: { day: string; time: string };
  zoneLabel: string;
  recorded: boolean;
}) {
  const t = useTranslations("crossings");
  const [state, action] = useActionState(boundAction(setActualTimeAction, eventId, crossingId), idle);
  const [cleared, clear] = useActionState(boundAction(clearActualTimeAction, eventId, crossingId), idle);
  return (
    <div className="space-y-3">
      <form action={action} className="space-y-3" noValidate>
        <FormStatus state={state} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            name="actualDay"
            type="date"
            label={t("actualDay")}
            hint={t("inEventZone", { zone: zoneLabel })}
            state={state}
            defaultValue={initial.day}
            required
          />
          <TextField
            name="actualTime"
            type="time"
            label={t("actualTime")}
            hint={t("inEventZone", { zone: zoneLabel })}
            state={state}
            defaultValue={initial.time}
            required
          />
        </div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveActual")}</SubmitButton>
      </form>
      <div className="flex flex-wrap items-center gap-3">
        <CrossedNowButton eventId={eventId} crossingId={crossingId} label={t("thisCrossing")} />
        {recorded && (
          <form action={clear}>
            <SubmitButton variant="secondary" pendingLabel={t("saving")}>
              {t("clearActual")}
            </SubmitButton>
          </form>
        )}
      </div>
      <FormStatus state={cleared} />
    </div>
  );
}
