"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup, FormStatus, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { CROSSING_DIRECTIONS } from "@/lib/crossings/schema";
import { idle, type ActionState } from "@/lib/forms/action-state";

export type CrossingFormValues = {
  direction: string;
  crossingPointId: string;
  day: string;
  time: string;
  notes: string;
  personIds: string[];
};

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  points: { value: string; label: string }[];
  /** The delegation's members who may cross, labelled with their status. */
  people: { value: string; label: string }[];
  initial: CrossingFormValues;
  /** "Asia/Yerevan (GMT+4)": the zone the day and time are typed in. */
  zoneLabel: string;
  /** Planning a new crossing: a fresh key per form shown, so a create sent twice plans one. */
  requestKey?: string;
  submitLabel: string;
};

/** Plans a crossing or changes one: direction, point, time on the event's clock, and the manifest. */
export function CrossingForm({ action, points, people, initial, zoneLabel, requestKey, submitLabel }: Props) {
  const t = useTranslations("crossings");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="mt-4 space-y-4" noValidate>
      <FormStatus state={state} />
      {requestKey && <input type="hidden" name="requestKey" value={requestKey} />}
      <SelectField
        name="direction"
        label={t("direction")}
        state={state}
        defaultValue={initial.direction}
        options={CROSSING_DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) }))}
      />
      <SelectField
        name="crossingPointId"
        label={t("point")}
        state={state}
        defaultValue={initial.crossingPointId}
        placeholder={t("choose")}
        options={points}
        required
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="day"
          type="date"
          label={t("plannedDay")}
          hint={t("inEventZone", { zone: zoneLabel })}
          state={state}
          defaultValue={initial.day}
          required
        />
        <TextField
          name="time"
          type="time"
          label={t("plannedTime")}
          hint={t("inEventZone", { zone: zoneLabel })}
          state={state}
          defaultValue={initial.time}
          required
        />
      </div>
      <CheckboxGroup name="personIds" legend={t("manifest")} state={state} options={people} defaultValues={initial.personIds} />
      <TextAreaField name="notes" label={t("notes")} state={state} defaultValue={initial.notes} rows={3} />
      <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
    </form>
  );
}
