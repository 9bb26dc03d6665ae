"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SelectField, SubmitButton } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { TEAM_ROLES, type TeamRole } from "@/lib/teams/roles";
import { changeTeamRoleAction, removeTeamMemberAction, revokeTeamInvitationAction } from "../actions";

/** The coordinator changes one member's role. */
export function RoleForm({ initiativeId, userId, name, role }: { initiativeId: string; userId: string; name: string; role: TeamRole }) {
  const t = useTranslations("team");
  const roles = useTranslations("teamRoles");
  const [state, action] = useActionState(boundAction(changeTeamRoleAction, initiativeId, userId), idle);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <FormStatus state={state} />
      <SelectField
        id={`role-${userId}`}
        name="role"
        label={t("changeRole", { name })}
        state={state}
        defaultValue={role}
        options={TEAM_ROLES.map((r) => ({ value: r, label: roles(r) }))}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("saveRole")}
      </SubmitButton>
    </form>
  );
}

/** The coordinator removes a member: from their next click they are out. */
export function RemoveForm({ initiativeId, userId, name }: { initiativeId: string; userId: string; name: string }) {
  const t = useTranslations("team");
  const [state, action] = useActionState(boundAction(removeTeamMemberAction, initiativeId, userId), idle);
  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <SubmitButton variant="danger" pendingLabel={t("saving")}>
        {t("remove", { name })}
      </SubmitButton>
    </form>
  );
}

/** The coordinator withdraws an invitation that is still waiting. */
export function RevokeForm({ initiativeId, invitationId, email }: { initiativeId: string; invitationId: string; email: string }) {
  const t = useTranslations("team");
  const [state, action] = useActionState(boundAction(revokeTeamInvitationAction, initiativeId, invitationId), idle);
  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("revoke", { email })}
      </SubmitButton>
    </form>
  );
}
