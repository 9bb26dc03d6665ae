import "server-only";
import type { Tx } from "@/db/client";
import { firstSignInLink as mailedFirstSignInLink } from "@/lib/auth/first-sign-in-link";

/**
 * How long the sign-in link in a sign-off request works (once): heads of delegation read their
 * mail between sessions, so the 15 minutes of a link they asked for themselves would be too short.
 */
export const SIGN_OFF_LINK_HOURS = 72;

/**
 * For a signatory on the roster whose person record no account signs in as yet: a one-time
 * sign-in link that opens the sign-off (lib/auth/first-sign-in-link.ts says how it is kept safe).
 */
export function firstSignInLink(tx: Tx, signatory: { personId: string; email: string; name: string }, now: Date) {
  return mailedFirstSignInLink(tx, signatory, now, SIGN_OFF_LINK_HOURS);
}
