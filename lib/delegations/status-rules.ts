// Moving a person between registration statuses. Pure and unit-tested.
import type { Status } from "./parity";

const FORWARD: Record<Status, number> = { invited: 0, registered: 1, confirmed: 2, declined: 3, withdrawn: 3 };

/**
 * A reason is asked for whenever the move is not the ordinary way forward (invited → registered →
 * confirmed): declining or withdrawing someone, or taking them back a step. It goes to the audit log.
 */
export function statusChangeNeedsReason(from: Status, to: Status): boolean {
  if (to === "declined" || to === "withdrawn") return true;
  return FORWARD[to] < FORWARD[from];
}
