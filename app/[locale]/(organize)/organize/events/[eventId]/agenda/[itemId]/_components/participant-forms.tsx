"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TranslationFields } from "@/components/content/translation-fields";
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function AddPersonForm({ action, delegates }: { action: Action; delegates: { personId: string; name: string; partyName: string }[] }) {
  const t = useTranslations("participants");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="mt-3 grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end" noValidate>
      <div className="sm:col-span-3">
        <FormStatus state={state} />
      </div>
      <SelectField
        name="personId"
        label={t("person")}
        state={state}
        placeholder={t("choose")}
        options={delegates.map((d) => ({ value: d.personId, label: `${d.name} (${d.partyName})` }))}
      />
      <SelectField
        name="role"
        label={t("role")}
        state={state}
        defaultValue="speaker"
        options={[
          { value: "moderator", label: t("moderator") },
          { value: "speaker", label: t("speaker") },
        ]}
      />
      <SubmitButton pendingLabel={t("adding")}>{t("addPerson")}</SubmitButton>
    </form>
  );
}

export function AttachOfficialForm({ action, officials }: { action: Action; officials: { id: string; name: string; position: string }[] }) {
  const t = useTranslations("participants");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="mt-3 grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" noValidate>
      <div className="sm:col-span-2">
        <FormStatus state={state} />
      </div>
      <SelectField
        name="officialId"
        label={t("fromList")}
        state={state}
        placeholder={t("choose")}
        options={officials.map((o) => ({ value: o.id, label: `${o.name}, ${o.position}` }))}
      />
      <SubmitButton pendingLabel={t("adding")}>{t("addOfficial")}</SubmitButton>
    </form>
  );
}

/** A new official of the initiative: the position as written in the event's first language, with versions in the others. */
export function NewOfficialForm({
  action,
  parties,
  otherLanguages,
}: {
  action: Action;
  parties: { id: string; name: string }[];
  otherLanguages: readonly string[];
}) {
  const t = useTranslations("participants");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="mt-3 space-y-3" noValidate>
      <FormStatus state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="name" label={t("officialName")} state={state} required />
        <div className="sm:col-span-2">
          <TextField name="position" label={t("officialPosition")} state={state} required />
          <TranslationFields field="position" label={t("officialPosition")} languages={otherLanguages} state={state} values={{}} />
        </div>
        <TextField name="institution" label={t("officialInstitution")} state={state} required />
        <SelectField
          name="partyId"
          label={t("officialParty")}
          state={state}
          placeholder={t("noParty")}
          options={parties.map((p) => ({ value: p.id, label: p.name }))}
        />
      </div>
      <SubmitButton pendingLabel={t("adding")} variant="secondary">
        {t("createOfficial")}
      </SubmitButton>
    </form>
  );
}

/**
 * The versions of an official's position in every working language: officials are met across the
 * initiative's events, whatever their first language. The last save wins.
 */
export function OfficialVersionsForm({
  action,
  officialId,
  languages,
  values,
}: {
  action: Action;
  officialId: string;
  languages: readonly string[];
  /** Saved versions by form name (`position_hy`). */
  values: Record<string, string>;
}) {
  const t = useTranslations("participants");
  const c = useTranslations("contentLanguages");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="mt-2 space-y-2" noValidate>
      <FormStatus state={state} />
      <p className="text-sm text-muted">{c("sharedNote")}</p>
      <TranslationFields
        field="position"
        label={t("officialPosition")}
        legend={c("everyLanguage", { field: t("officialPosition") })}
        idPrefix={`official-${officialId}`}
        languages={languages}
        state={state}
        values={values}
      />
      <SubmitButton pendingLabel={t("saving")} variant="secondary">
        {t("saveVersions")}
      </SubmitButton>
    </form>
  );
}
