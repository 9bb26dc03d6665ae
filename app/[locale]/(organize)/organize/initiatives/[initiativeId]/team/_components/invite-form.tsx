"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { TEAM_ROLES } from "@/lib/teams/roles";
import { inviteTeamMemberAction } from "../actions";

/** A coordinator invites a colleague by email, choosing their role. */
export function InviteForm({ initiativeId }: { initiativeId: string }) {
  const t = useTranslations("team");
  const roles = useTranslations("teamRoles");
  const hints = useTranslations("teamRoleHints");
  const [state, action] = useActionState(boundAction(inviteTeamMemberAction, initiativeId), idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <TextField name="email" type="email" label={t("inviteEmail")} state={state} autoComplete="off" required />
      <SelectField
        name="role"
        label={t("inviteRole")}
        state={state}
        defaultValue="organizer"
        options={TEAM_ROLES.map((role) => ({ value: role, label: `${roles(role)}: ${hints(role)}` }))}
        required
      />
      <SubmitButton pendingLabel={t("sending")}>{t("sendInvitation")}</SubmitButton>
    </form>
  );
}
