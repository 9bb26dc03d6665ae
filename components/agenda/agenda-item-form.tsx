"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField, FormStatus, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import type { AgendaFormValues } from "@/lib/agenda/item-form-values";
import { AGENDA_KINDS, VISIBILITIES } from "@/lib/agenda/schema";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { TranslationFields } from "@/components/content/translation-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  days: { value: string; label: string }[];
  /** The event's working languages: the fields are written in the first, with versions in the others. */
  languages: readonly string[];
  initial: AgendaFormValues;
  /** Editing an existing item: the version the editor loaded. */
  version?: number;
  /** Adding: a fresh key per form shown, so a create sent twice makes one item (lib/forms/create-once.ts). */
  requestKey?: string;
  submitLabel: string;
};

/** The agenda item form, for adding and for editing (and so moving) an item. */
export function AgendaItemForm({ action, days, languages, initial, version, requestKey, submitLabel }: Props) {
  const t = useTranslations("agendaForm");
  const content = useTranslations("contentLanguages");
  const names = useTranslations("languages");
  const [source, ...others] = languages;
  const versions = (field: string, label: string, multiline = false) => (
    <TranslationFields field={field} label={label} languages={others} state={state} values={initial.translations} multiline={multiline} />
  );
  const agenda = useTranslations("agenda");
  const [state, formAction] = useActionState(action, idle);
  const conflict = state.status === "error" ? state.conflict : undefined;
  return (
    <form action={formAction} className="mt-4 space-y-4" noValidate>
      <FormStatus state={state} />
      {conflict && <ConflictNotice conflict={conflict} heading={t("savedMeanwhile")} choice={t("conflictChoice")} />}
      {version !== undefined && <input type="hidden" name="version" value={conflict?.version ?? version} />}
      {requestKey && <input type="hidden" name="requestKey" value={requestKey} />}
      <SelectField
        name="kind"
        label={t("kind")}
        state={state}
        defaultValue={initial.kind}
        options={AGENDA_KINDS.map((k) => ({ value: k, label: agenda(`kinds.${k}`) }))}
      />
      {others.length > 0 && source && <p className="text-sm text-muted">{content("writtenIn", { language: names(source) })}</p>}
      <div>
        <TextField name="title" label={t("title")} state={state} defaultValue={initial.title} required lang={source} />
        {versions("title", t("title"))}
      </div>
      <SelectField name="day" label={t("day")} state={state} defaultValue={initial.day} options={days} />
      <div className="grid grid-cols-2 gap-3">
        <TextField name="startTime" type="time" label={t("startTime")} state={state} defaultValue={initial.startTime} required />
        <TextField name="endTime" type="time" label={t("endTime")} state={state} defaultValue={initial.endTime} required />
      </div>
      <div>
        <TextField name="place" label={t("place")} state={state} defaultValue={initial.place} lang={source} />
        {versions("place", t("place"))}
      </div>
      <SelectField
        name="visibility"
        label={t("visibility")}
        state={state}
        defaultValue={initial.visibility}
        hint={t("visibilityHint")}
        options={VISIBILITIES.map((v) => ({ value: v, label: agenda(`visibility.${v}`) }))}
      />
      <CheckboxField name="closedDoor" label={t("closedDoor")} hint={t("closedDoorHint")} state={state} defaultChecked={initial.closedDoor} />
      <div>
        <TextAreaField name="description" label={t("description")} state={state} defaultValue={initial.description} rows={3} lang={source} />
        {versions("description", t("description"), true)}
      </div>
      <SubmitButton pendingLabel={t("saving")}>{conflict ? t("saveMineAnyway") : submitLabel}</SubmitButton>
    </form>
  );
}
