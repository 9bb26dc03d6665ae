"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TranslationFields } from "@/components/content/translation-fields";
import { CheckboxField, CheckboxGroup, FormStatus, SelectField, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";
import { createInitiativeOfficialAction, mergeInitiativeOfficialsAction, updateInitiativeOfficialAction } from "../actions";

type Party = { id: string; name: string };

/** Name, position (with its versions in every working language), institution and party: the same fields as on an item's page. */
function OfficialFields({
  prefix,
  parties,
  languages,
  state,
  values,
}: {
  prefix: string;
  parties: Party[];
  languages: readonly string[];
  state: ActionState;
  values: { name: string; position: string; institution: string; partyId: string; versions: Record<string, string> };
}) {
  const t = useTranslations("officials");
  const c = useTranslations("contentLanguages");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField id={`${prefix}-name`} name="name" label={t("name")} state={state} defaultValue={values.name} required />
      <TextField id={`${prefix}-institution`} name="institution" label={t("institution")} state={state} defaultValue={values.institution} required />
      <div className="sm:col-span-2">
        <TextField
          id={`${prefix}-position`}
          name="position"
          label={t("position")}
          hint={t("positionHint")}
          state={state}
          defaultValue={values.position}
          required
        />
        <TranslationFields
          field="position"
          label={t("position")}
          legend={c("everyLanguage", { field: t("position") })}
          idPrefix={prefix}
          languages={languages}
          state={state}
          values={values.versions}
        />
      </div>
      <SelectField
        id={`${prefix}-party`}
        name="partyId"
        label={t("party")}
        state={state}
        defaultValue={values.partyId}
        placeholder={t("noParty")}
        options={parties.map((p) => ({ value: p.id, label: p.name }))}
      />
    </div>
  );
}

export function NewOfficialForm({ initiativeId, parties, languages }: { initiativeId: string; parties: Party[]; languages: readonly string[] }) {
  const t = useTranslations("officials");
  const [state, action] = useActionState(boundAction(createInitiativeOfficialAction, initiativeId), idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <OfficialFields
        prefix="new-official"
        parties={parties}
        languages={languages}
        state={state}
        values={{ name: "", position: "", institution: "", partyId: "", versions: {} }}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("add")}</SubmitButton>
    </form>
  );
}

export function EditOfficialForm({
  initiativeId,
  official,
  parties,
  languages,
}: {
  initiativeId: string;
  official: { id: string; name: string; position: string; institution: string; partyId: string | null; versions: Record<string, string>; fingerprint: string };
  parties: Party[];
  languages: readonly string[];
}) {
  const t = useTranslations("officials");
  const [state, action] = useActionState(boundAction(updateInitiativeOfficialAction, initiativeId, official.id), idle);
  return (
    <form action={action} className="mt-3 space-y-3" noValidate>
      <FormStatus state={state} />
      {/* The official as this form read it: a save over a colleague's newer one is refused. */}
      <input type="hidden" name="seen" value={official.fingerprint} />
      <OfficialFields
        prefix={`official-${official.id}`}
        parties={parties}
        languages={languages}
        state={state}
        values={{ ...official, partyId: official.partyId ?? "" }}
      />
      <SubmitButton pendingLabel={t("saving")} variant="secondary">
        {t("save")}
      </SubmitButton>
    </form>
  );
}

export function MergeOfficialsForm({
  initiativeId,
  officials,
}: {
  initiativeId: string;
  officials: { id: string; name: string; position: string; institution: string; meetings: number }[];
}) {
  const t = useTranslations("officials");
  const [state, action] = useActionState(boundAction(mergeInitiativeOfficialsAction, initiativeId), idle);
  const describe = (o: (typeof officials)[number]) => t("mergeOption", { name: o.name, position: o.position, institution: o.institution, count: o.meetings });
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <CheckboxGroup
        name="mergeIds"
        legend={t("mergeChoose")}
        state={state}
        defaultValues={[]}
        options={officials.map((o) => ({ value: o.id, label: describe(o) }))}
      />
      <SelectField
        name="keepId"
        label={t("mergeKeep")}
        hint={t("mergeKeepHint")}
        state={state}
        placeholder={t("choose")}
        options={officials.map((o) => ({ value: o.id, label: describe(o) }))}
      />
      <CheckboxField name="confirm" label={t("mergeConfirm")} state={state} />
      <SubmitButton pendingLabel={t("merging")} variant="danger">
        {t("merge")}
      </SubmitButton>
    </form>
  );
}
