"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/viewer";
import { failed, failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";
import { publicOrigin } from "@/lib/http/origin";
import type { Locale } from "@/i18n/routing";
import { changeTeamRole, inviteTeamMember, removeTeamMember, revokeTeamInvitation } from "@/lib/teams/queries";
import { teamInvitationInput, teamRoleInput } from "@/lib/teams/schema";

const TEAM_PAGE = "/[locale]/organize/initiatives/[initiativeId]/team";

export async function inviteTeamMemberAction(initiativeId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = teamInvitationInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await inviteTeamMember(viewer, initiativeId, parsed.data, { locale: (await getLocale()) as Locale, origin: await publicOrigin() });
  if (!result.ok) return failedWrite(result, form);
  revalidatePath(TEAM_PAGE, "page");
  return { status: "ok", message: "team.invited" };
}

export async function revokeTeamInvitationAction(initiativeId: string, invitationId: string, _prev: ActionState, _form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const result = await revokeTeamInvitation(viewer, initiativeId, invitationId);
  if (!result.ok) return failed(result.reason);
  revalidatePath(TEAM_PAGE, "page");
  return { status: "ok", message: "team.revoked" };
}

export async function changeTeamRoleAction(initiativeId: string, userId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = teamRoleInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await changeTeamRole(viewer, initiativeId, userId, parsed.data.role);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath(TEAM_PAGE, "page");
  return { status: "ok", message: "team.roleSaved" };
}

export async function removeTeamMemberAction(initiativeId: string, userId: string, _prev: ActionState, _form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const result = await removeTeamMember(viewer, initiativeId, userId);
  if (!result.ok) return failed(result.reason);
  revalidatePath(TEAM_PAGE, "page");
  return { status: "ok", message: "team.removed" };
}
