import "server-only";
import { createHmac } from "node:crypto";
import { and, asc, eq, gt, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { passwordFailures } from "@/db/schema";
import { resolveAuthSecret } from "./secret";

/** Refused password sign-ins allowed in the window, per account (known or not) and per client address. */
export const PASSWORD_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

function keyed(kind: "email" | "address", value: string): string {
  return createHmac("sha256", resolveAuthSecret()).update(`password:${kind}:${value}`).digest("hex");
}

export type AttemptKey = { email: string; address: string | null };
export type AttemptVerdict = { allowed: true } | { allowed: false; retryInMinutes: number };

/**
 * Whether another password may be tried now for this email from this address; when not, how
 * many minutes until the oldest counted failure leaves the window. Unknown emails count alike,
 * so the answer says nothing about which accounts exist.
 */
export async function passwordAttemptVerdict(key: AttemptKey, now = new Date()): Promise<AttemptVerdict> {
  const db = await getDb();
  const since = new Date(now.getTime() - PASSWORD_WINDOW_MINUTES * 60_000);
  const windows: { column: typeof passwordFailures.emailHash | typeof passwordFailures.addressHash; hash: string; max: number }[] = [
    { column: passwordFailures.emailHash, hash: keyed("email", key.email.toLowerCase()), max: MAX_FAILURES_PER_EMAIL },
  ];
  if (key.address) windows.push({ column: passwordFailures.addressHash, hash: keyed("address", key.address), max: MAX_FAILURES_PER_ADDRESS });
  let retryAt = 0;
  for (const window of windows) {
    const failures = await db
      .select({ at: passwordFailures.at })
      .from(passwordFailures)
      .where(and(eq(window.column, window.hash), gt(passwordFailures.at, since)))
      .orderBy(asc(passwordFailures.at));
    if (failures.length >= window.max) {
      // Free again when enough of the oldest have left the window.
      const freesAt = failures[failures.length - window.max]!.at.getTime() + PASSWORD_WINDOW_MINUTES * 60_000;
      retryAt = Math.max(retryAt, freesAt);
    }
  }
  if (retryAt === 0) return { allowed: true };
  return { allowed: false, retryInMinutes: Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000)) };
}

export async function recordPasswordFailure(key: AttemptKey, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.insert(passwordFailures).values({
    emailHash: keyed("email", key.email.toLowerCase()),
    addressHash: key.address ? keyed("address", key.address) : null,
    at: now,
  });
  // Rows older than the window count for nothing: keep the table small.
  await db.delete(passwordFailures).where(lt(passwordFailures.at, new Date(now.getTime() - 24 * 3_600_000)));
}

/** A right password clears the account's failures (the address's stay: another account may be guessed from it). */
export async function clearPasswordFailures(email: string): Promise<void> {
  const db = await getDb();
  await db.delete(passwordFailures).where(eq(passwordFailures.emailHash, keyed("email", email.toLowerCase())));
}
