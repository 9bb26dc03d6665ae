// Secret links (invitations, sign-in links, calendar feeds) carry a random token; the database
// keeps only its SHA-256 hash (a leaked backup or log cannot be turned into a working link) and a
// short hint to tell links apart.
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes = 256 bits, base64url: 43 characters, safe in a URL path. */
const TOKEN_BYTES = 32;
const HINT_LENGTH = 6;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type NewToken = { token: string; hash: string; hint: string };

export function newSecretToken(): NewToken {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashSecretToken(token), hint: token.slice(0, HINT_LENGTH) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before touching the database with whatever arrived in a URL. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/** For logs and stored copies of sent mail: the hint, never the whole token. */
export function redactTokens(text: string): string {
  return text.replace(/([A-Za-z0-9_-]{6})[A-Za-z0-9_-]{37}(?![A-Za-z0-9_-])/g, "$1…");
}

/** The names invitations have used since #4: the same functions. */
export const newInvitationToken = newSecretToken;
export const hashInvitationToken = hashSecretToken;

export const INVITATION_LIFETIME_DAYS = 14;

export function invitationExpiry(now: Date, days = INVITATION_LIFETIME_DAYS): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

export type InvitationState = "valid" | "expired" | "used" | "revoked";

export function invitationState(invitation: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null }, now: Date): InvitationState {
  if (invitation.revokedAt) return "revoked";
  if (invitation.usedAt) return "used";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
