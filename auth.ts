import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { consumeSignInLink } from "@/lib/auth/sign-in-links";
import { findUserForSignIn } from "@/lib/auth/users";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { resolveAuthSecret } from "@/lib/auth/secret";

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1),
});

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

// A config function, not an object: the secret is resolved on the first request, so `next build`
// needs none while `next start` without AUTH_SECRET fails loudly instead of signing with a guess.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: process.env.AUTH_TRUST_HOST === "true" || process.env.NODE_ENV !== "production",
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/en/sign-in" },
  logger: {
    // A wrong password is routine, not a server error: one line, without the email tried.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") console.warn("auth: sign-in refused (wrong email or password)");
      else console.error(error);
    },
  },
  providers: [
    // A one-time link from an email (delegates): the token is spent on use.
    Credentials({
      id: "sign-in-link",
      credentials: { token: {} },
      async authorize(raw) {
        const token = typeof raw?.token === "string" ? raw.token : "";
        const user = await consumeSignInLink(token);
        if (!user) throw new InvalidCredentials();
        return user;
      },
    }),
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const user = await findUserForSignIn(parsed.data.email);
        // Verify even without a user so response time does not reveal which emails exist.
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), parsed.data.password);
        if (!user || !ok) throw new InvalidCredentials();
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));

let dummy: Promise<string> | undefined;
/** A real hash of a random password, so unknown emails cost the same argon2 work as known ones. */
function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(crypto.randomUUID()));
}
