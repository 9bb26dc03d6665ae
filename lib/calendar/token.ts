// Calendar-feed URLs carry a random token, as invitation links do: 256 bits, base64url; the database
// keeps only its SHA-256 hash (a leaked backup cannot be turned into a working feed) and a short
// hint to tell links apart. Pure; unit-tested.
import { createHash, randomBytes } from "node:crypto";

const TOKEN_BYTES = 32;
const HINT_LENGTH = 6;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type NewFeedToken = { token: string; hash: string; hint: string };

export function newFeedToken(): NewFeedToken {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashFeedToken(token), hint: token.slice(0, HINT_LENGTH) };
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before touching the database with whatever arrived in a URL. */
export function isWellFormedFeedToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}
