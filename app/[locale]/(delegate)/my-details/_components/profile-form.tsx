"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/ui/form-fields";
import { SECTORS } from "@/lib/delegations/schema";
import { idle } from "@/lib/forms/action-state";
import { updateProfileAction } from "../actions";

export type MyProfile = {
  nameLatin: string;
  nameNative: string;
  organization: string;
  position: string;
  sector: string;
  email: string;
  phone: string;
  version: number;
};

/** The delegate's own details, editable at any time; the email (their sign-in) only by the organizers. */
export function ProfileForm({ personId, profile }: { personId: string; profile: MyProfile }) {
  const t = useTranslations("myDetails");
  const form = useTranslations("personForm");
  const person = useTranslations("person");
  const [state, action] = useActionState(boundAction(updateProfileAction, personId), idle);
  const conflict = state.status === "error" ? state.conflict : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      {conflict && <ConflictNotice id={`profile-conflict-${personId}`} conflict={conflict} heading={t("savedMeanwhile")} choice={t("conflictChoice")} />}
      {/* The version the form was loaded at: a save over an organizer's correction is refused. */}
      <input type="hidden" name="version" value={conflict?.version ?? profile.version} />
      <TextField name="nameLatin" label={form("nameLatin")} state={state} defaultValue={profile.nameLatin} autoComplete="name" required />
      <TextField name="nameNative" label={form("nameNative")} state={state} defaultValue={profile.nameNative} />
      <TextField name="organization" label={form("organization")} state={state} defaultValue={profile.organization} autoComplete="organization" />
      <TextField name="position" label={form("position")} state={state} defaultValue={profile.position} autoComplete="organization-title" />
      <SelectField
        name="sector"
        label={form("sector")}
        state={state}
        defaultValue={profile.sector}
        options={SECTORS.map((s) => ({ value: s, label: person(`sectors.${s}`) }))}
      />
      <TextField name="phone" type="tel" label={form("phone")} state={state} defaultValue={profile.phone} autoComplete="tel" />
      <p className="text-sm text-muted">{t("emailFixed", { email: profile.email || "—" })}</p>
      <SubmitButton pendingLabel={t("saving")}>{conflict ? t("saveMineAnyway") : t("saveProfile")}</SubmitButton>
    </form>
  );
}
