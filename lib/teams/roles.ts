import { teamRole } from "@/db/schema/enums";

/** The roles of an initiative's organizing team, from the most to the least. */
export const TEAM_ROLES = teamRole.enumValues;
export type TeamRole = (typeof TEAM_ROLES)[number];

/**
 * What a team member may do on the initiative and its events:
 * - `view`: see the event's overview (every role);
 * - `plan`: events, agenda, delegations, invitations, crossings, travel documents, deletion
 *   requests, the outbox, rapporteur assignments: everything but the team itself;
 * - `records`: write, finalize and reopen records, and the recommendations board;
 * - `outcomes`: draft, sign-off requests, publication and corrections of the outcome;
 * - `team`: invite, change and remove team members.
 */
export const CAPABILITIES = ["view", "plan", "records", "outcomes", "team"] as const;
export type Capability = (typeof CAPABILITIES)[number];

const GRANTS: Record<TeamRole, readonly Capability[]> = {
  coordinator: ["view", "plan", "records", "outcomes", "team"],
  organizer: ["view", "plan", "records", "outcomes"],
  rapporteur: ["view", "records"],
  communications: ["view", "outcomes"],
};

export function roleCan(role: TeamRole, capability: Capability): boolean {
  return GRANTS[role].includes(capability);
}

/** The roles that hold a capability: for the WHERE clause of a scoped query. */
export function rolesWith(capability: Capability): TeamRole[] {
  return TEAM_ROLES.filter((role) => roleCan(role, capability));
}

/**
 * Whether a team change leaves the initiative without a coordinator: refused, or nobody could
 * manage the team any more. `coordinators` is the number there are now.
 */
export function leavesNoCoordinator(change: { from: TeamRole; to: TeamRole | null }, coordinators: number): boolean {
  return change.from === "coordinator" && change.to !== "coordinator" && coordinators <= 1;
}
