import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { delegationMembers, delegations, invitations } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import type { MailContext } from "@/lib/invitations/issue";
import { sendInvitations, type SendOptions } from "@/lib/invitations/queries";
import { invitationState } from "@/lib/invitations/token";
import { isUuid } from "@/lib/uuid";
import { writeStatusChanges } from "./membership";
import type { Status } from "./parity";
import { matchesRosterFilter, type RosterFilter } from "./roster-filter";
import { statusChangeNeedsReason } from "./status-rules";

/**
 * Who a bulk action on the roster is for: the people ticked (ids from the browser: every one must be
 * a member of this event, or the whole action is refused), or everyone matching the roster's filter
 * ("select all shown" without JavaScript; the filter is read again on the server).
 */
export type RosterSelection = { memberIds: string[] } | { filter: RosterFilter };

type Selected = { id: string; status: Status };

/**
 * The members a selection names, scoped to the event; null when a ticked id is not one of its
 * members (another event's, a removed person's, made up). With `lock`, the rows are locked for the
 * caller's transaction, so a concurrent change waits instead of being overwritten.
 */
export async function membersOfSelection(executor: Executor, eventId: string, selection: RosterSelection, lock = false): Promise<Selected[] | null> {
  if ("memberIds" in selection) {
    const ids = [...new Set(selection.memberIds)];
    if (ids.some((id) => !isUuid(id))) return null;
    if (ids.length === 0) return [];
    const query = executor
      .select({ id: delegationMembers.id, status: delegationMembers.status })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.eventId, eventId), inArray(delegationMembers.id, ids)));
    const rows = lock ? await query.for("update") : await query;
    return rows.length === ids.length ? rows : null;
  }
  const query = executor
    .select({
      id: delegationMembers.id,
      status: delegationMembers.status,
      consent: delegationMembers.consent,
      partyId: delegations.partyId,
      expiresAt: invitations.expiresAt,
      usedAt: invitations.usedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(delegationMembers)
    .innerJoin(delegations, and(eq(delegations.id, delegationMembers.delegationId), eq(delegations.eventId, eventId)))
    .leftJoin(invitations, and(eq(invitations.memberId, delegationMembers.id), eq(invitations.eventId, delegationMembers.eventId)))
    .where(eq(delegationMembers.eventId, eventId));
  const rows = lock ? await query.for("update", { of: delegationMembers }) : await query;
  const now = new Date();
  return rows
    .filter((row) =>
      matchesRosterFilter(
        {
          partyId: row.partyId,
          status: row.status,
          consent: row.consent,
          invitation: row.expiresAt ? invitationState({ expiresAt: row.expiresAt, usedAt: row.usedAt, revokedAt: row.revokedAt }, now) : null,
        },
        selection.filter,
      ),
    )
    .map(({ id, status }) => ({ id, status }));
}

export type BulkStatusResult = {
  /** Moved to the new status. */
  changed: number;
  /** Already in it. */
  already: number;
  /** Left alone: the move is not the ordinary way forward (a declined or withdrawn person to confirm). */
  held: number;
};

/**
 * Confirms or declines the selected people in one transaction, with the single-person rules:
 * confirming moves invited and registered people forward and leaves declined or withdrawn people
 * alone (taking them back needs a reason, one by one on their page); declining needs a reason.
 */
export async function bulkChangeStatus(
  viewer: OrganizerViewer,
  eventId: string,
  selection: RosterSelection,
  to: "confirmed" | "declined",
  reason: string,
): Promise<WriteResult<BulkStatusResult>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  if (typeof selection !== "object" || selection === null) return refuse("delegations.noneSelected");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const members = await membersOfSelection(tx, event.id, selection, true);
    if (!members) return refuse("delegations.notOnRoster");
    if (members.length === 0) return refuse("delegations.noneMatching");
    const already = members.filter((m) => m.status === to);
    const others = members.filter((m) => m.status !== to);
    let moving = others;
    let held: Selected[] = [];
    if (to === "confirmed") {
      moving = others.filter((m) => !statusChangeNeedsReason(m.status, to));
      held = others.filter((m) => statusChangeNeedsReason(m.status, to));
    } else if (!reason && others.some((m) => statusChangeNeedsReason(m.status, to))) {
      return refuse("reasonRequired", "reason");
    }
    await writeStatusChanges(tx, viewer.userId, event.id, moving, to, reason);
    return ok({ changed: moving.length, already: already.length, held: held.length });
  });
}

/**
 * Sends invitations to the selected people with the single send's rules (lib/invitations/queries.ts):
 * people with a live link are skipped unless `resend`; a ticked id of another event refuses it all.
 */
export async function bulkSendInvitations(
  viewer: OrganizerViewer,
  eventId: string,
  selection: RosterSelection,
  ctx: MailContext,
  requestKey: string | undefined,
  options: Omit<SendOptions, "exact"> = {},
) {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  if (typeof selection !== "object" || selection === null) return refuse("delegations.noneSelected");
  const members = await membersOfSelection(await getDb(), event.id, selection);
  if (!members) return refuse("delegations.notOnRoster");
  if (members.length === 0) return refuse("delegations.noneMatching");
  return sendInvitations(
    viewer,
    event.id,
    members.map((m) => m.id),
    ctx,
    requestKey,
    { ...options, exact: true },
  );
}
