// Joint sign-off of the outcome: which language versions each party has signed, whether the
// outcome may be published, and when a scheduled publication is due. Pure, unit-tested; the
// queries bind each sign-off to the hash of the text signed, so an edit withdraws it.
import { createHash } from "node:crypto";

/** The hash a sign-off is bound to: the exact text signed (line endings normalized). */
export function statementHash(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n?/g, "\n"), "utf8").digest("hex");
}

/** An adopted recommendation as one language version of the outcome publishes it. */
export type SignedRecommendation = { theme: string; text: string };

/**
 * What a sign-off of one language version is bound to: the statement and the adopted
 * recommendations as that version publishes them (their text in its language, or the fallback it
 * shows). A changed recommendation or translation changes the hash, so the sign-off no longer holds.
 * Without recommendations it is the statement's own hash (sign-offs given before they counted stay valid).
 */
export function signedHash(text: string, recommendations: readonly SignedRecommendation[] = []): string {
  if (recommendations.length === 0) return statementHash(text);
  return statementHash(`${text}\u0000${JSON.stringify(recommendations.map((r) => [r.theme, r.text.replace(/\r\n?/g, "\n")]))}`);
}

export type StatementForSignOff = { id: string; language: string; text: string; recommendations?: readonly SignedRecommendation[] };
export type SignOffRow = { statementId: string; partyId: string; textHash: string; signedAt: Date; signedByName: string | null };
export type SignOffCell = { partyId: string; signed: boolean; signedAt: Date | null; signedByName: string | null };
export type SignOffLine = { statementId: string; language: string; hash: string; cells: SignOffCell[] };

/** One line per language version, one cell per party: signed only if the signed hash is the current text's (and recommendations'). */
export function signOffMatrix(statements: StatementForSignOff[], partyIds: string[], rows: SignOffRow[]): SignOffLine[] {
  return statements.map((statement) => {
    const hash = signedHash(statement.text, statement.recommendations);
    return {
      statementId: statement.id,
      language: statement.language,
      hash,
      cells: partyIds.map((partyId) => {
        const row = rows.find((r) => r.statementId === statement.id && r.partyId === partyId && r.textHash === hash);
        return { partyId, signed: Boolean(row), signedAt: row?.signedAt ?? null, signedByName: row?.signedByName ?? null };
      }),
    };
  });
}

/** Every party has signed every language version (and there is something to sign). */
export function isJointlySigned(matrix: SignOffLine[]): boolean {
  return matrix.length > 0 && matrix.every((line) => line.cells.length > 0 && line.cells.every((cell) => cell.signed));
}

export type PublishGate = { ok: true; jointlySigned: boolean } | { ok: false; reason: "notJointlySigned" | "reasonNeeded" | "nothingToPublish" };

/**
 * Publication needs every sign-off, or the organizer's explicit "publish anyway" with a reason
 * (shown to the public as "not jointly signed").
 */
export function publishGate(matrix: SignOffLine[], anyway: { requested: boolean; reason: string }): PublishGate {
  if (matrix.length === 0) return { ok: false, reason: "nothingToPublish" };
  if (isJointlySigned(matrix)) return { ok: true, jointlySigned: true };
  if (!anyway.requested) return { ok: false, reason: "notJointlySigned" };
  if (!anyway.reason.trim()) return { ok: false, reason: "reasonNeeded" };
  return { ok: true, jointlySigned: false };
}

/** A publication time: now when not given; in the past is refused (it would back-date what the public read). */
export function publicationTime(requested: Date | null, now: Date): { ok: true; at: Date; scheduled: boolean } | { ok: false } {
  if (!requested) return { ok: true, at: now, scheduled: false };
  // A minute of slack: "publish at 10:00" submitted at 10:00:20 means now.
  if (requested.getTime() < now.getTime() - 60_000) return { ok: false };
  return requested.getTime() <= now.getTime() ? { ok: true, at: now, scheduled: false } : { ok: true, at: requested, scheduled: true };
}

/** The statements whose text changes with a save: their sign-offs are withdrawn. */
export function editedStatements(before: { language: string; text: string }[], after: { language: string; text: string }[]): string[] {
  const next = new Map(after.map((s) => [s.language, s.text]));
  return before.filter((s) => next.get(s.language) !== s.text).map((s) => s.language);
}
