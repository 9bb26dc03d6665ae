import "server-only";
import { createHmac } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { getDb } from "@/db/client";
import { signInLinks, signInRequests, users } from "@/db/schema";
import { attachPersonToAccount } from "./person-account";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { hashSecretToken, isWellFormedToken, newSecretToken } from "@/lib/invitations/token";
import { deliverMail } from "@/lib/mail/deliver";
import { configuredTransport } from "@/lib/mail/transport";
import { enqueueMail } from "@/lib/mail/outbox";

/** A link works once and for this long. */
export const SIGN_IN_LINK_MINUTES = 15;
/** Requests allowed per window: per email (registered or not) and per client address. */
export const RATE_WINDOW_MINUTES = 15;
export const MAX_REQUESTS_PER_EMAIL = 3;
export const MAX_REQUESTS_PER_ADDRESS = 10;

/** Keyed hash: the table can count requests without holding anyone's email or address. */
function keyed(kind: "email" | "address", value: string): string {
  return createHmac("sha256", resolveAuthSecret()).update(`${kind}:${value}`).digest("hex");
}

/** `address` is null when no trusted proxy vouches for it: then only the per-email limit applies. */
export type SignInLinkRequest = { email: string; address: string | null; locale: Locale; origin: string; now?: Date };

/**
 * Records the request and, when the email belongs to a delegate, mails a one-time link. The
 * answer is the same whether or not the email is registered ("sent"); only the rate limit, which
 * counts every request alike, can refuse ("rateLimited").
 */
export async function requestSignInLink(request: SignInLinkRequest): Promise<"sent" | "rateLimited"> {
  const now = request.now ?? new Date();
  const email = request.email.trim().toLowerCase();
  const emailHash = keyed("email", email);
  const addressHash = request.address === null ? null : keyed("address", request.address);
  const since = new Date(now.getTime() - RATE_WINDOW_MINUTES * 60_000);
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    // Serialize requests for the same email, so two at once cannot both slip under the limit.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${emailHash}))`);
    const [perEmail] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(signInRequests)
      .where(and(eq(signInRequests.emailHash, emailHash), gt(signInRequests.at, since)));
    const [perAddress] = addressHash
      ? await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(signInRequests)
          .where(and(eq(signInRequests.addressHash, addressHash), gt(signInRequests.at, since)))
      : [{ n: 0 }];
    if (perEmail!.n >= MAX_REQUESTS_PER_EMAIL || perAddress!.n >= MAX_REQUESTS_PER_ADDRESS) return { limited: true as const };
    await tx.insert(signInRequests).values({ emailHash, addressHash: addressHash ?? keyed("address", "unknown"), at: now });

    // Organizers keep password sign-in; links are for delegates.
    const [user] = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(sql`lower(${users.email})`, email), eq(users.role, "delegate")));
    if (!user) return { limited: false as const, outboxId: null };
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000);
    await tx.insert(signInLinks).values({ userId: user.id, tokenHash: hash, expiresAt, createdAt: now });
    const mail = await composeSignInMail(request.locale, `${request.origin.replace(/\/+$/, "")}/${request.locale}/sign-in/link/${token}`, user.name ?? email);
    const outboxId = await enqueueMail(tx, { eventId: null, createdByUserId: null, kind: "sign-in-link", to: email, ...mail });
    return { limited: false as const, outboxId };
  });
  if (outcome.limited) return "rateLimited";
  if (outcome.outboxId) {
    if (configuredTransport()) {
      // Not awaited: an SMTP round trip would make the answer slower for registered emails than
      // for unknown ones, telling who has an account.
      void deliverMail(db, [outcome.outboxId]).catch((error) => console.error("mail: sign-in link delivery failed", error));
    } else {
      // Logging takes microseconds, and awaiting keeps the embedded database's single connection
      // from running this update inside another request's transaction.
      await deliverMail(db, [outcome.outboxId]);
    }
  }
  return "sent";
}

async function composeSignInMail(locale: Locale, link: string, name: string) {
  const messages = (await loadMessages(locale)) as Record<string, Record<string, string>>;
  const t = createTranslator({ locale, messages: { signInLinkMail: messages.signInLinkMail! }, namespace: "signInLinkMail" });
  const values = { name, link, minutes: SIGN_IN_LINK_MINUTES };
  return { subject: t("subject"), body: t("body", values) };
}

/** Spends a link: the user it signs in, or null when unknown, used or expired. */
export async function consumeSignInLink(token: string, now = new Date()): Promise<{ id: string; email: string; name: string | null } | null> {
  if (!isWellFormedToken(token)) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [link] = await tx
      .select({
        id: signInLinks.id,
        userId: signInLinks.userId,
        expiresAt: signInLinks.expiresAt,
        usedAt: signInLinks.usedAt,
        linkPersonId: signInLinks.linkPersonId,
      })
      .from(signInLinks)
      .where(eq(signInLinks.tokenHash, hashSecretToken(token)))
      .for("update");
    if (!link || link.usedAt || link.expiresAt.getTime() <= now.getTime()) return null;
    await tx.update(signInLinks).set({ usedAt: now }).where(eq(signInLinks.id, link.id));
    const [user] = await tx.select({ id: users.id, email: users.email, name: users.name, role: users.role }).from(users).where(eq(users.id, link.userId));
    if (user?.role !== "delegate") return null;
    if (link.linkPersonId) await attachPersonToAccount(tx, link.linkPersonId, user, now);
    return { id: user.id, email: user.email, name: user.name };
  });
}
