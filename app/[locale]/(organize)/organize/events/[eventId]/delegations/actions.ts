"use server";

import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireOrganizer } from "@/lib/auth/viewer";
import { changeMemberRole, changeMemberStatus, setTargetSize, updateMemberDetails } from "@/lib/delegations/membership";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import { bulkMembersInput, memberDetailsInput, personInput, roleInput, statusChangeInput, targetSizeInput } from "@/lib/delegations/schema";
import { failed, failedWrite, formObject, invalid, requestKeyOf, type ActionState } from "@/lib/forms/action-state";
import { publicOrigin } from "@/lib/http/origin";
import type { MailContext } from "@/lib/invitations/issue";
import { revokeInvitation, sendInvitations } from "@/lib/invitations/queries";

const ROSTER = "/[locale]/organize/events/[eventId]/delegations";

async function mailContext(): Promise<MailContext> {
  return { locale: (await getLocale()) as Locale, origin: await publicOrigin() };
}

function refreshRoster() {
  revalidatePath(ROSTER, "page");
  revalidatePath(`${ROSTER}/[memberId]`, "page");
  // The public event page lists confirmed delegates who agreed to be listed, and counts them.
  refreshPublicPages();
}

export async function addPersonAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = personInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const wantsLink = parsed.data.status === "invited" || parsed.data.status === "confirmed";
  const invite = parsed.data.sendInvitation && wantsLink && parsed.data.email ? await mailContext() : undefined;
  const result = await addPersonToDelegation(viewer, eventId, parsed.data, invite, requestKeyOf(form));
  if (!result.ok) return failedWrite(result, form);
  refreshRoster();
  return { status: "ok", message: result.value.invitationSent ? "personForm.addedAndInvited" : "personForm.added" };
}

/** The roster's bulk bar: confirm, decline (with a reason) or (re)send invitations to the ticked people. */
export async function bulkMembersAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = bulkMembersInput.safeParse(formObject(form, ["memberIds"]));
  if (!parsed.success) {
    const none = parsed.error.issues.some((i) => i.path[0] === "memberIds");
    return none ? failed("delegations.noneSelected", form) : invalid(parsed.error, form);
  }
  const { memberIds, intent, reason } = parsed.data;
  if (intent === "invite") {
    const result = await sendInvitations(viewer, eventId, memberIds, await mailContext(), requestKeyOf(form));
    if (!result.ok) return failedWrite(result, form);
    refreshRoster();
    return { status: "ok", message: result.value.skipped ? "delegations.invitationsSentSome" : "delegations.invitationsSent" };
  }
  const result = await changeMemberStatus(viewer, eventId, memberIds, intent === "confirm" ? "confirmed" : "declined", reason);
  if (!result.ok) return failedWrite(result, form);
  refreshRoster();
  return { status: "ok", message: intent === "confirm" ? "delegations.confirmed" : "delegations.declined" };
}

export async function changeStatusAction(eventId: string, memberId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = statusChangeInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await changeMemberStatus(viewer, eventId, [memberId], parsed.data.status, parsed.data.reason);
  if (!result.ok) return failedWrite(result, form);
  refreshRoster();
  return { status: "ok", message: "member.statusSaved" };
}

export async function changeRoleAction(eventId: string, memberId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = roleInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await changeMemberRole(viewer, eventId, memberId, parsed.data.role);
  if (!result.ok) return failedWrite(result, form);
  refreshRoster();
  return { status: "ok", message: "member.roleSaved" };
}

export async function sendInvitationAction(eventId: string, memberId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const result = await sendInvitations(viewer, eventId, [memberId], await mailContext(), requestKeyOf(form));
  if (!result.ok) return failed(result.reason);
  refreshRoster();
  return result.value.sent ? { status: "ok", message: "member.invitationSent" } : failed("member.invitationNotSendable");
}

export async function revokeInvitationAction(eventId: string, memberId: string, _prev: ActionState, _form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const result = await revokeInvitation(viewer, eventId, memberId);
  if (!result.ok) return failed(result.reason);
  refreshRoster();
  return { status: "ok", message: "member.invitationRevoked" };
}

export async function targetSizeAction(eventId: string, delegationId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = targetSizeInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await setTargetSize(viewer, eventId, delegationId, parsed.data.targetSize === "" ? null : parsed.data.targetSize);
  if (!result.ok) return failedWrite(result, form);
  refreshRoster();
  return { status: "ok", message: "delegations.targetSaved" };
}

export async function updateDetailsAction(eventId: string, memberId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = memberDetailsInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await updateMemberDetails(viewer, eventId, memberId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  refreshRoster();
  return { status: "ok", message: "member.detailsSaved" };
}
