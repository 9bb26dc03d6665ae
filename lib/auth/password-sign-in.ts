import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { clientAddressFrom } from "@/lib/http/client-address";
import { hashPassword, verifyPassword } from "./password";
import { clearPasswordFailures, passwordAttemptVerdict, recordPasswordFailure } from "./password-attempts";
import { findUserForSignIn } from "./users";

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1),
});

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** Too many refused passwords for this account or address: the form says when to try again. */
export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

let dummy: Promise<string> | undefined;
/** A real hash of a random password, so unknown emails cost the same argon2 work as known ones. */
function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(crypto.randomUUID()));
}

/**
 * Password sign-in, on every way in (the form and Auth.js's own endpoint alike): limited per
 * account, known or not, and per trusted client address, before the password is even checked.
 */
export async function authorizePassword(raw: unknown, headers: { get(name: string): string | null }, now = new Date()) {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) throw new InvalidCredentials();
  const attempt = { email: parsed.data.email, address: clientAddressFrom(headers) };
  if (!(await passwordAttemptVerdict(attempt, now)).allowed) throw new TooManyAttempts();
  const user = await findUserForSignIn(parsed.data.email);
  // Verify even without a user so response time does not reveal which emails exist.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), parsed.data.password);
  if (!user || !ok) {
    await recordPasswordFailure(attempt, now);
    throw new InvalidCredentials();
  }
  await clearPasswordFailures(parsed.data.email);
  return { id: user.id, email: user.email, name: user.name };
}
