// Pure rules of the "your data" feature: the pseudonym a deleted person keeps, what of an audit
// entry a person may take home, and the export's file name. No I/O.
import { createHash } from "node:crypto";

/** The version of the export's shape: bump it when a field changes meaning or goes away. */
export const EXPORT_SCHEMA_VERSION = 2;

export const PSEUDONYM_PREFIX = "Former participant";

/**
 * A short code that is the same for the same person every time (so two records by one former
 * participant still read as one person) and tells nothing about who they were.
 */
export function pseudonymCode(personId: string): string {
  return createHash("sha256").update(`roundtable-person:${personId.toLowerCase()}`).digest("hex").slice(0, 8).toUpperCase();
}

export function pseudonymFor(personId: string): string {
  return `${PSEUDONYM_PREFIX} ${pseudonymCode(personId)}`;
}

/**
 * Audit details a person may read about themselves: states and kinds (from → to, consent, role,
 * document type …), never ids, names, free text or token hints, which could say something about
 * someone else (an organizer's reason, a co-speaker's id).
 */
const SAFE_DETAIL_KEYS = new Set([
  "from",
  "to",
  "consent",
  "role",
  "documentType",
  "accountCreated",
  "travelDocument",
  "head",
  "account",
  "expiresAt",
  "version",
  "revision",
  "languages",
]);

export function exportableAuditDetails(details: Record<string, unknown> | null | undefined): Record<string, string | number | boolean | string[]> {
  const out: Record<string, string | number | boolean | string[]> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (!SAFE_DETAIL_KEYS.has(key)) continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) out[key] = value as string[];
  }
  return out;
}

/** "roundtable-my-data-2026-02-13.json": the day of the download, in UTC. */
export function exportFileName(now: Date): string {
  return `roundtable-my-data-${now.toISOString().slice(0, 10)}.json`;
}
