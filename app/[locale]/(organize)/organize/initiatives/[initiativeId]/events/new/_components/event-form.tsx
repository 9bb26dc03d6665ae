"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CheckboxField, CheckboxGroup, FormStatus, SelectField, SubmitButton, TextField } from "@/components/ui/form-fields";
import { EVENT_STATUSES, WORKING_LANGUAGES } from "@/lib/events/schema";
import { idle } from "@/lib/forms/action-state";
import { createEventAction } from "../actions";

export function EventForm({ initiativeId, parties, timeZones }: { initiativeId: string; parties: { id: string; name: string }[]; timeZones: string[] }) {
  const t = useTranslations("eventForm");
  const languages = useTranslations("languages");
  const status = useTranslations("eventStatus");
  const locale = useLocale();
  const [state, action] = useActionState(boundAction(createEventAction, initiativeId), idle);
  // Asked once the server found the days already over; kept while the answer is part of the form.
  const askPast = state.status === "error" && (Boolean(state.fieldErrors?.pastRecord) || state.values?.pastRecord === "on");
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="title" label={t("eventTitle")} state={state} required />
      <TextField name="format" label={t("format")} state={state} defaultValue={t("formatDefault")} required />
      <SelectField
        name="hostPartyId"
        label={t("hostParty")}
        state={state}
        placeholder={t("choose")}
        options={parties.map((p) => ({ value: p.id, label: p.name }))}
        required
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="venueName" label={t("venueName")} state={state} required />
        <TextField name="city" label={t("city")} state={state} required />
        <TextField name="country" label={t("country")} state={state} required />
      </div>
      <TextField name="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} state={state} list="time-zones" required />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="firstDay" type="date" label={t("firstDay")} state={state} required />
        <TextField name="lastDay" type="date" label={t("lastDay")} state={state} required />
      </div>
      {askPast && (
        <div className="rounded border border-line bg-paper p-3">
          <CheckboxField name="pastRecord" label={t("pastRecord")} hint={t("pastRecordHint", { concluded: status("concluded") })} state={state} />
        </div>
      )}
      <CheckboxGroup
        name="languages"
        legend={t("languages")}
        state={state}
        options={WORKING_LANGUAGES.map((l) => ({ value: l, label: languages(l) }))}
        defaultValues={[]}
      />
      <SelectField
        name="firstLanguage"
        label={t("firstLanguage")}
        hint={t("firstLanguageHint")}
        state={state}
        defaultValue={(WORKING_LANGUAGES as readonly string[]).includes(locale) ? locale : "en"}
        options={WORKING_LANGUAGES.map((l) => ({ value: l, label: languages(l) }))}
      />
      <SelectField
        name="status"
        label={t("status")}
        state={state}
        defaultValue="draft"
        options={EVENT_STATUSES.map((s) => ({ value: s, label: status(s) }))}
        hint={t("statusHint")}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
