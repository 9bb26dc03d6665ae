"use server";

import { id } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { page } from "@/lib/actions/refresh";
import { refuse } from "@/lib/forms/action-state";
import { publicOrigin } from "@/lib/http/origin";
import { changeTeamRole, inviteTeamMember, removeTeamMember, revokeTeamInvitation } from "@/lib/teams/queries";
import { teamInvitationInput, teamRoleInput } from "@/lib/teams/schema";

const TEAM_PAGE = page("/[locale]/organize/initiatives/[initiativeId]/team");

export const inviteTeamMemberAction = defineAction({
  access: { who: "initiative", capability: "team" },
  input: teamInvitationInput,
  refresh: [TEAM_PAGE],
  run: async ({ viewer, initiativeId, input, locale }) => {
    const result = await inviteTeamMember(viewer, initiativeId, input, { locale, origin: await publicOrigin() });
    return result.ok ? done("team.invited") : result;
  },
});

export const revokeTeamInvitationAction = defineAction({
  access: { who: "initiative", capability: "team" },
  args: [id],
  refresh: [TEAM_PAGE],
  run: async ({ viewer, initiativeId, args: [invitationId] }) => {
    const result = await revokeTeamInvitation(viewer, initiativeId, invitationId);
    return result.ok ? done("team.revoked") : refuse(result.reason);
  },
});

export const changeTeamRoleAction = defineAction({
  access: { who: "initiative", capability: "team" },
  args: [id],
  input: teamRoleInput,
  refresh: [TEAM_PAGE],
  run: async ({ viewer, initiativeId, args: [userId], input }) => {
    const result = await changeTeamRole(viewer, initiativeId, userId, input.role);
    return result.ok ? done("team.roleSaved") : result;
  },
});

export const removeTeamMemberAction = defineAction({
  access: { who: "initiative", capability: "team" },
  args: [id],
  refresh: [TEAM_PAGE],
  run: async ({ viewer, initiativeId, args: [userId] }) => {
    const result = await removeTeamMember(viewer, initiativeId, userId);
    return result.ok ? done("team.removed") : refuse(result.reason);
  },
});
