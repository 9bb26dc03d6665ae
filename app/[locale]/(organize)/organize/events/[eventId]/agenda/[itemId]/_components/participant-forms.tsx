"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
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

export function NewOfficialForm({ action, parties }: { action: Action; parties: { id: string; name: string }[] }) {
  const t = useTranslations("participants");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="mt-3 space-y-3" noValidate>
      <FormStatus state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="name" label={t("officialName")} state={state} required />
        <TextField name="position" label={t("officialPosition")} state={state} required />
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
