import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authorizePassword } from "@/lib/auth/password-sign-in";
import { closeServerSession, openServerSession } from "@/lib/auth/server-sessions";
import { consumeSignInLink } from "@/lib/auth/sign-in-links";
import { resolveAuthSecret } from "@/lib/auth/secret";

class InvalidLink extends CredentialsSignin {
  code = "invalid_link";
}

// A config function, not an object: the secret is resolved on the first request, so `next build`
// needs none while `next start` without AUTH_SECRET fails loudly instead of signing with a guess.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: process.env.AUTH_TRUST_HOST === "true" || process.env.NODE_ENV !== "production",
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // Served over https (APP_URL): Secure cookies, even when the TLS proxy in front speaks plain
  // http to us. Otherwise Auth.js decides by the request's own protocol.
  useSecureCookies: process.env.APP_URL?.trim().startsWith("https://") || undefined,
  pages: { signIn: "/en/sign-in" },
  logger: {
    // A wrong password is routine, not a server error: one line, without the email tried.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") console.warn("auth: sign-in refused (wrong email or password, or too many attempts)");
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
        if (!user) throw new InvalidLink();
        return user;
      },
    }),
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: (raw, request) => authorizePassword(raw, request.headers),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // At sign-in: the session gets a server-side row, ended by sign-out (lib/auth/server-sessions.ts).
      if (user?.id) {
        token.sub = user.id;
        token.sid = await openServerSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && message.token) await closeServerSession(message.token.sid);
    },
  },
}));
