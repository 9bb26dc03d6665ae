import "server-only";
// One-time links to an organizer account without the demo: `npm run create-organizer` makes an
// account (no password) and a link to set its password; on a database with no organizer at all,
// the server prints a first-run token at start that opens /setup to create the first one.
// Only a SHA-256 hash of each token is stored; a link works once, for 24 hours.
// Reached with a token, not a session: the token is the proof of who is asking.
import { and, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { accountSetupLinks, users } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { hashSecretToken, isWellFormedToken, newSecretToken } from "@/lib/invitations/token";
import { firstRunInput, newPasswordInput, organizerAccountInput, type OrganizerAccountInput } from "./setup-schema";
import type { z } from "zod";

/** A setup link (named account or first run) works once and for this long. */
export const SETUP_LINK_HOURS = 24;

/** Serializes everything that creates organizer accounts, so "no organizer yet" stays true until used. */
const ORGANIZER_ACCOUNTS_LOCK = "roundtable:organizer-accounts";

export type SetupLinkState = "valid" | "expired" | "used";

function linkState(link: { expiresAt: Date; usedAt: Date | null }, now: Date): SetupLinkState {
  if (link.usedAt) return "used";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

function expiry(now: Date): Date {
  return new Date(now.getTime() + SETUP_LINK_HOURS * 60 * 60 * 1000);
}

/** The first problem of a failed parse, as a refusal (callers with a form parse first for every field). */
function refuseIssue(error: z.ZodError): WriteResult<never> {
  const issue = error.issues[0];
  return refuse(issue?.message ?? "invalid", issue?.path[0] === undefined ? undefined : String(issue.path[0]));
}

async function lockOrganizerAccounts(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${ORGANIZER_ACCOUNTS_LOCK}))`);
}

/** Whether any organizer account exists: while none does, /setup is open to the first-run token. */
export async function hasOrganizer(db?: Executor): Promise<boolean> {
  const executor = db ?? (await getDb());
  const [row] = await executor.select({ id: users.id }).from(users).where(eq(users.role, "organizer")).limit(1);
  return Boolean(row);
}

/** First-run tokens not yet used or expired stop working (a new one replaces them, or an organizer now exists). */
async function closeFirstRunTokens(tx: Executor, now: Date): Promise<void> {
  await tx
    .update(accountSetupLinks)
    .set({ expiresAt: now })
    .where(and(isNull(accountSetupLinks.userId), isNull(accountSetupLinks.usedAt), gt(accountSetupLinks.expiresAt, now)));
}

/** Where links point: APP_URL (or AUTH_URL) when set, else this machine's local server. */
export function setupLinkOrigin(): string {
  const configured = process.env.APP_URL?.trim() || process.env.AUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  return `http://localhost:${process.env.PORT?.trim() || "3000"}`;
}

export function accountSetupUrl(token: string, origin = setupLinkOrigin(), locale = "en"): string {
  return `${origin.replace(/\/+$/, "")}/${locale}/setup/${token}`;
}

export function firstRunSetupUrl(token: string, origin = setupLinkOrigin(), locale = "en"): string {
  return `${origin.replace(/\/+$/, "")}/${locale}/setup?token=${token}`;
}

export type OrganizerSetupLink = {
  userId: string;
  email: string;
  name: string | null;
  /** True when the account was made now; false when it was an organizer already. */
  created: boolean;
  /** The token itself: shown once, never stored. */
  token: string;
  expiresAt: Date;
};

/**
 * `npm run create-organizer`: creates an organizer account without a password, or finds the
 * organizer with this email, and makes a fresh link to set its password (any earlier unused link
 * of that account stops working). An email that belongs to a delegate is refused.
 * Refusals: `required` / `invalidEmail` / `tooLong` on a field, `delegateAccount` on email.
 */
export async function createOrganizerSetupLink(raw: OrganizerAccountInput, now = new Date()): Promise<WriteResult<OrganizerSetupLink>> {
  const parsed = organizerAccountInput.safeParse(raw);
  if (!parsed.success) return refuseIssue(parsed.error);
  const { email, name } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockOrganizerAccounts(tx);
    const [existing] = await tx
      .select({ id: users.id, email: users.email, name: users.name, role: users.role })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email))
      .for("update");
    if (existing && existing.role !== "organizer") return refuse("delegateAccount", "email");
    if (!existing && !name) return refuse("required", "name");

    let account = existing;
    if (!account) {
      [account] = await tx
        .insert(users)
        .values({ email, name, role: "organizer", createdAt: now })
        .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
      await audit(tx, { actorUserId: null, action: "organizer.create", entityType: "user", entityId: account!.id, details: { via: "create-organizer" } });
      // An organizer exists now: the first-run token of an empty database has nothing left to do.
      await closeFirstRunTokens(tx, now);
    }
    const userId = account!.id;
    await tx
      .update(accountSetupLinks)
      .set({ expiresAt: now })
      .where(and(eq(accountSetupLinks.userId, userId), isNull(accountSetupLinks.usedAt), gt(accountSetupLinks.expiresAt, now)));
    const { token, hash } = newSecretToken();
    const expiresAt = expiry(now);
    await tx.insert(accountSetupLinks).values({ userId, tokenHash: hash, expiresAt, createdAt: now });
    await audit(tx, {
      actorUserId: null,
      action: "account_setup_link.create",
      entityType: "user",
      entityId: userId,
      details: { accountCreated: !existing, expiresAt: expiresAt.toISOString() },
    });
    return ok({ userId, email: account!.email, name: account!.name, created: !existing, token, expiresAt });
  });
}

export type SetupLinkView = { state: "unknown" } | { state: Exclude<SetupLinkState, "valid"> } | { state: "valid"; email: string; name: string | null };

/** What /setup/<token> shows: whose account the link sets up, or why it no longer works. */
export async function getSetupLink(token: string, now = new Date()): Promise<SetupLinkView> {
  if (!isWellFormedToken(token)) return { state: "unknown" };
  const db = await getDb();
  const [link] = await db
    .select({ expiresAt: accountSetupLinks.expiresAt, usedAt: accountSetupLinks.usedAt, email: users.email, name: users.name, role: users.role })
    .from(accountSetupLinks)
    .innerJoin(users, eq(users.id, accountSetupLinks.userId))
    .where(eq(accountSetupLinks.tokenHash, hashSecretToken(token)));
  if (!link || link.role !== "organizer") return { state: "unknown" };
  const state = linkState(link, now);
  return state === "valid" ? { state, email: link.email, name: link.name } : { state };
}

/**
 * Spends a setup link: sets the account's password. The link row is locked, so two submits of
 * the same link queue and the second finds it used. Refusals are form-level catalog keys
 * (`setupLink.states.*`) or field errors of the password.
 */
export async function setPasswordWithSetupLink(
  token: string,
  raw: { password: string; passwordConfirm: string },
  now = new Date(),
): Promise<WriteResult<{ email: string }>> {
  if (!isWellFormedToken(token)) return refuse("setupLink.states.unknown");
  const parsed = newPasswordInput.safeParse(raw);
  if (!parsed.success) return refuseIssue(parsed.error);
  // argon2 before the transaction: the row lock is held for milliseconds, not a hash's worth.
  const passwordHash = await hashPassword(parsed.data.password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [link] = await tx
      .select({ id: accountSetupLinks.id, userId: accountSetupLinks.userId, expiresAt: accountSetupLinks.expiresAt, usedAt: accountSetupLinks.usedAt })
      .from(accountSetupLinks)
      .where(and(eq(accountSetupLinks.tokenHash, hashSecretToken(token)), isNotNull(accountSetupLinks.userId)))
      .for("update");
    if (!link?.userId) return refuse("setupLink.states.unknown");
    const state = linkState(link, now);
    if (state !== "valid") return refuse(`setupLink.states.${state}`);
    const [user] = await tx.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.id, link.userId));
    if (!user || user.role !== "organizer") return refuse("setupLink.states.unknown");

    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await tx.update(accountSetupLinks).set({ usedAt: now }).where(eq(accountSetupLinks.id, link.id));
    await audit(tx, { actorUserId: user.id, action: "account_setup_link.use", entityType: "user", entityId: user.id });
    return ok({ email: user.email });
  });
}

/**
 * At server start: while no organizer account exists, a new first-run token (any earlier unused
 * one stops working). Null once an organizer exists.
 */
export async function issueFirstRunToken(now = new Date()): Promise<{ token: string; expiresAt: Date } | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockOrganizerAccounts(tx);
    if (await hasOrganizer(tx)) return null;
    await closeFirstRunTokens(tx, now);
    const { token, hash } = newSecretToken();
    const expiresAt = expiry(now);
    const [link] = await tx
      .insert(accountSetupLinks)
      .values({ userId: null, tokenHash: hash, expiresAt, createdAt: now })
      .returning({ id: accountSetupLinks.id });
    await audit(tx, {
      actorUserId: null,
      action: "first_run_token.create",
      entityType: "account_setup_link",
      entityId: link!.id,
      details: { expiresAt: expiresAt.toISOString() },
    });
    return { token, expiresAt };
  });
}

/**
 * /setup on an empty database: with a valid first-run token, creates the first organizer account
 * and spends the token, in one transaction that re-checks (under a lock) that no organizer exists,
 * so it works exactly once. Refusals write nothing: `firstRun.alreadyDone` (form level), or a
 * field error (`setupToken*` on token, `emailTaken` on email, the password rules).
 */
export async function completeFirstRunSetup(raw: z.input<typeof firstRunInput>, now = new Date()): Promise<WriteResult<{ userId: string; email: string }>> {
  const parsed = firstRunInput.safeParse(raw);
  if (!parsed.success) return refuseIssue(parsed.error);
  const { token, name, email, password } = parsed.data;
  if (!isWellFormedToken(token)) return refuse("setupTokenInvalid", "token");
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockOrganizerAccounts(tx);
    if (await hasOrganizer(tx)) return refuse("firstRun.alreadyDone");
    const [link] = await tx
      .select({ id: accountSetupLinks.id, expiresAt: accountSetupLinks.expiresAt, usedAt: accountSetupLinks.usedAt })
      .from(accountSetupLinks)
      .where(and(eq(accountSetupLinks.tokenHash, hashSecretToken(token)), isNull(accountSetupLinks.userId)))
      .for("update");
    if (!link) return refuse("setupTokenInvalid", "token");
    const state = linkState(link, now);
    if (state === "used") return refuse("setupTokenUsed", "token");
    if (state === "expired") return refuse("setupTokenExpired", "token");
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    if (taken) return refuse("emailTaken", "email");

    const [created] = await tx.insert(users).values({ email, name, role: "organizer", passwordHash, createdAt: now }).returning({ id: users.id });
    await tx.update(accountSetupLinks).set({ usedAt: now }).where(eq(accountSetupLinks.id, link.id));
    await audit(tx, { actorUserId: created!.id, action: "first_run_setup.complete", entityType: "user", entityId: created!.id });
    return ok({ userId: created!.id, email });
  });
}
