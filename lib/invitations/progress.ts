// Where a person's invitation stands, in the words an organizer needs on the person's page (issue
// #19.6): not sent, sent, opened, accepted, declined, expired, withdrawn. Pure, no I/O.
import { invitationState } from "./token";

export type InvitationRecord = {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  openedAt: Date | null;
  sendCount: number;
  lastSentAt: Date | null;
};

export type InvitationProgress =
  | { state: "notSent" }
  | { state: "sent"; at: Date | null; count: number }
  | { state: "opened"; at: Date; sentAt: Date | null; count: number }
  | { state: "accepted"; at: Date }
  | { state: "declined"; at: Date }
  | { state: "expired"; at: Date }
  | { state: "revoked"; at: Date };

/**
 * The invitation's state for its organizers. A used link was answered: registering (the member has
 * `registeredAt`) is "accepted", the one-click refusal is "declined". A live link is "opened" once
 * its page was shown, else "sent". A withdrawn link stays withdrawn whatever came before.
 */
export function invitationProgress(invitation: InvitationRecord | null | undefined, member: { registeredAt: Date | null }, now: Date): InvitationProgress {
  if (!invitation) return { state: "notSent" };
  const state = invitationState(invitation, now);
  switch (state) {
    case "revoked":
      return { state: "revoked", at: invitation.revokedAt! };
    case "used":
      return member.registeredAt ? { state: "accepted", at: invitation.usedAt! } : { state: "declined", at: invitation.usedAt! };
    case "expired":
      return { state: "expired", at: invitation.expiresAt };
    case "valid":
      return invitation.openedAt
        ? { state: "opened", at: invitation.openedAt, sentAt: invitation.lastSentAt, count: invitation.sendCount }
        : { state: "sent", at: invitation.lastSentAt, count: invitation.sendCount };
  }
}

export type SignInLinkState = "unused" | "used" | "expired";

/** A sign-in link mailed to a delegate: spent, past its time, or still usable. */
export function signInLinkState(link: { expiresAt: Date; usedAt: Date | null }, now: Date): SignInLinkState {
  if (link.usedAt) return "used";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "unused";
}
