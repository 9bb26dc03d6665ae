"use server";

import { id } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { layout, page, PUBLIC_PAGES } from "@/lib/actions/refresh";
import { assignMembersToItem } from "@/lib/agenda/participants";
import { changeMemberRole, changeMemberStatus, setTargetSize, updateMemberDetails } from "@/lib/delegations/membership";
import { bulkChangeStatus, bulkSendInvitations, type RosterSelection } from "@/lib/delegations/bulk";
import { askListingChoice } from "@/lib/delegations/listing-request";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import { parseRosterFilter } from "@/lib/delegations/roster-filter";
import {
  bulkAssignToItemInput,
  bulkMembersInput,
  memberDetailsInput,
  personInput,
  roleInput,
  statusChangeInput,
  targetSizeInput,
} from "@/lib/delegations/schema";
import { failed } from "@/lib/forms/action-state";
import { requestKeyOf } from "@/lib/forms/request-key";
import { publicOrigin } from "@/lib/http/origin";
import { revokeInvitation, sendInvitations } from "@/lib/invitations/queries";
import type { Locale } from "@/i18n/routing";

const ROSTER = "/[locale]/organize/events/[eventId]/delegations";
// The public event page lists confirmed delegates who agreed to be listed, and counts them.
const ROSTER_PAGES = [page(ROSTER), page(`${ROSTER}/[memberId]`), PUBLIC_PAGES];

const mailContext = async (locale: Locale) => ({ locale, origin: await publicOrigin() });

export const addPersonAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: personInput,
  refresh: ROSTER_PAGES,
  run: async ({ viewer, event, input, form, locale }) => {
    const wantsLink = input.status === "invited" || input.status === "confirmed";
    const invite = input.sendInvitation && wantsLink && input.email ? await mailContext(locale) : undefined;
    const result = await addPersonToDelegation(viewer, event.id, input, invite, requestKeyOf(form));
    if (!result.ok) return result;
    return done(result.value.invitationSent ? "personForm.addedAndInvited" : "personForm.added");
  },
});

/**
 * The roster's bulk bar: confirm, decline (with a reason), send invitations or ask to choose public
 * listing (lib/delegations/listing-request.ts) for the ticked people,
 * or with "select all shown" to everyone matching the roster's filter (its fields come along
 * hidden). Every ticked id must be on this event's roster, or nothing is done. Those whose link is
 * still live are skipped unless "resend" is ticked; the answer says how many were done and skipped.
 */
export const bulkMembersAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: bulkMembersInput,
  arrays: ["memberIds"],
  refresh: ROSTER_PAGES,
  onInvalid: (error, form) => {
    const ids = error.issues.filter((issue) => issue.path[0] === "memberIds");
    if (ids.length === 0) return undefined;
    // A ticked value that is not even an id did not come from this roster.
    return failed(ids.some((issue) => issue.path.length > 1) ? "delegations.notOnRoster" : "delegations.noneSelected", form);
  },
  run: async ({ viewer, event, input, form, locale }) => {
    const { memberIds, allShown, intent, reason, resend } = input;
    let selection: RosterSelection = { memberIds };
    if (allShown) {
      const parsed = parseRosterFilter(
        input,
        event.parties.map((party) => party.id),
      );
      if (parsed.invalid.length > 0) return failed("delegations.filterInvalid", form);
      selection = { filter: parsed.filter };
    }
    if (intent === "invite") {
      const result = await bulkSendInvitations(viewer, event.id, selection, await mailContext(locale), requestKeyOf(form), { resend });
      if (!result.ok) return result;
      const { sent, live, skipped } = result.value;
      return done("delegations.invitationsResult", { sent, live, skipped });
    }
    if (intent === "askListing") {
      const result = await askListingChoice(viewer, event.id, selection, await mailContext(locale));
      if (!result.ok) return result;
      return done("delegations.askListingSummary", result.value);
    }
    const result = await bulkChangeStatus(viewer, event.id, selection, intent === "confirm" ? "confirmed" : "declined", reason);
    if (!result.ok) return result;
    const { changed, already, held } = result.value;
    return intent === "confirm" ? done("delegations.confirmSummary", { changed, already, held }) : done("delegations.declineSummary", { changed, already });
  },
});

/**
 * The roster's bulk "Add to agenda item…": the ticked people (or all matching the filter) as speaker
 * or moderator on one item of this event, in one transaction; every id is checked against the event
 * (lib/agenda/participants.ts). The answer says how many were added, already there, not taking part,
 * and now clash.
 */
export const bulkAssignToItemAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: bulkAssignToItemInput,
  arrays: ["memberIds"],
  refresh: [...ROSTER_PAGES, layout("/[locale]/organize/events/[eventId]/agenda")],
  onInvalid: (error, form) => {
    const ids = error.issues.filter((issue) => issue.path[0] === "memberIds");
    if (ids.length === 0) return undefined;
    return failed(ids.some((issue) => issue.path.length > 1) ? "delegations.notOnRoster" : "delegations.noneSelected", form);
  },
  run: async ({ viewer, event, input, form }) => {
    let selection: RosterSelection = { memberIds: input.memberIds };
    if (input.allShown) {
      const parsed = parseRosterFilter(
        input,
        event.parties.map((party) => party.id),
      );
      if (parsed.invalid.length > 0) return failed("delegations.filterInvalid", form);
      selection = { filter: parsed.filter };
    }
    const result = await assignMembersToItem(viewer, event.id, { selection, itemId: input.itemId, role: input.role });
    if (!result.ok) return result;
    return done("delegations.addToItemSummary", result.value);
  },
});

export const changeStatusAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: statusChangeInput,
  refresh: ROSTER_PAGES,
  run: async ({ viewer, event, args: [memberId], input }) => {
    const result = await changeMemberStatus(viewer, event.id, [memberId], input.status, input.reason);
    return result.ok ? done("member.statusSaved") : result;
  },
});

export const changeRoleAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: roleInput,
  refresh: ROSTER_PAGES,
  run: async ({ viewer, event, args: [memberId], input }) => {
    const result = await changeMemberRole(viewer, event.id, memberId, input.role);
    return result.ok ? done("member.roleSaved") : result;
  },
});

export const sendInvitationAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  refresh: ROSTER_PAGES,
  run: async ({ viewer, event, args: [memberId], form, locale }) => {
    // The person's page says "Resend (new link)" when a link was sent before: choosing it is explicit.
    const result = await sendInvitations(viewer, event.id, [memberId], await mailContext(locale), requestKeyOf(form), { resend: true });
    if (!result.ok) return failed(result.reason);
    return result.value.sent ? done("member.invitationSent") : failed("member.invitationNotSendable");
  },
});

export const revokeInvitationAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  refresh: ROSTER_PAGES,
  run: async ({ viewer, event, args: [memberId] }) => {
    const result = await revokeInvitation(viewer, event.id, memberId);
    return result.ok ? done("member.invitationRevoked") : failed(result.reason);
  },
});

export const targetSizeAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: targetSizeInput,
  refresh: ROSTER_PAGES,
  run: async ({ viewer, event, args: [delegationId], input }) => {
    const result = await setTargetSize(viewer, event.id, delegationId, input.targetSize === "" ? null : input.targetSize);
    return result.ok ? done("delegations.targetSaved") : result;
  },
});

export const updateDetailsAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: memberDetailsInput,
  refresh: ROSTER_PAGES,
  run: async ({ viewer, event, args: [memberId], input }) => {
    const result = await updateMemberDetails(viewer, event.id, memberId, input);
    return result.ok ? done("member.detailsSaved") : result;
  },
});
