"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField, FormStatus, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { AGENDA_KINDS, VISIBILITIES } from "@/lib/agenda/schema";
import { idle } from "@/lib/forms/action-state";
import { createAgendaItemAction } from "../actions";

export function AgendaItemForm({ eventId, days }: { eventId: string; days: { value: string; label: string }[] }) {
  const t = useTranslations("agendaForm");
  const agenda = useTranslations("agenda");
  const [state, action] = useActionState(createAgendaItemAction.bind(null, eventId), idle);
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <FormStatus state={state} />
      <SelectField name="kind" label={t("kind")} state={state} defaultValue="thematic_session" options={AGENDA_KINDS.map((k) => ({ value: k, label: agenda(`kinds.${k}`) }))} />
      <TextField name="title" label={t("title")} state={state} required />
      <SelectField name="day" label={t("day")} state={state} defaultValue={days[0]?.value} options={days} />
      <div className="grid grid-cols-2 gap-3">
        <TextField name="startTime" type="time" label={t("startTime")} state={state} defaultValue="09:00" required />
        <TextField name="endTime" type="time" label={t("endTime")} state={state} defaultValue="10:00" required />
      </div>
      <TextField name="place" label={t("place")} state={state} />
      <SelectField
        name="visibility"
        label={t("visibility")}
        state={state}
        defaultValue="delegates"
        hint={t("visibilityHint")}
        options={VISIBILITIES.map((v) => ({ value: v, label: agenda(`visibility.${v}`) }))}
      />
      <CheckboxField name="closedDoor" label={t("closedDoor")} hint={t("closedDoorHint")} state={state} />
      <TextAreaField name="description" label={t("description")} state={state} rows={3} />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
