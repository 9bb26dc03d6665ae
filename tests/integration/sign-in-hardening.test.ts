// Sign-in hardening (#13 point 3), each finding with a test that fails on the code before it:
// guessing passwords is limited per account and per trusted address; a spoofed X-Forwarded-For
// buys nothing; mailed links point at APP_URL whatever the request's host headers say; a session
// ends on the server when signed out, everywhere at once, or with its account.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { passwordFailures, users } from "@/db/schema";
import { DEMO_DELEGATE, DEMO_ORGANIZER } from "@/db/seed/demo";
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_EMAIL, PASSWORD_WINDOW_MINUTES, passwordAttemptVerdict } from "@/lib/auth/password-attempts";
import { authorizePassword } from "@/lib/auth/password-sign-in";
import { closeAllServerSessions, closeServerSession, isServerSessionLive, openServerSession } from "@/lib/auth/server-sessions";
import { MAX_REQUESTS_PER_EMAIL, requestSignInLink } from "@/lib/auth/sign-in-links";
import { createOrganizerUser, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { droppedMailTo } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: vi.fn(async () => requestHeaders.current) }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("@/auth", () => ({ auth: vi.fn(async () => null), signIn: vi.fn(), signOut: vi.fn() }));
// Auth.js's error classes only (its module needs Next's runtime): the codes are what is asserted.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }));

const { db } = setupTestDatabase();
let ids: DemoIds;

const noProxy = new Headers();
const refusedAs = async (run: () => Promise<unknown>) =>
  run().then(
    () => "signed in",
    (error: { code?: string }) => error.code ?? "threw",
  );

beforeAll(async () => {
  process.env.AUTH_SECRET ||= "test-secret-for-keyed-hashes";
  ({ ids } = await seedDemoContext(db()));
  vi.spyOn(console, "info").mockImplementation(() => {});
});

beforeEach(async () => {
  await db().delete(passwordFailures);
  delete process.env.TRUSTED_PROXY_HOPS;
});

describe("password guessing", () => {
  it(`after ${MAX_FAILURES_PER_EMAIL} wrong passwords even the right one is refused, and the form can say for how long`, async () => {
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(await refusedAs(() => authorizePassword({ email: DEMO_ORGANIZER.email, password: `wrong-${i}` }, noProxy, now))).toBe("invalid_credentials");
    }
    expect(await refusedAs(() => authorizePassword(DEMO_ORGANIZER, noProxy, now))).toBe("rate_limited");
    expect(await passwordAttemptVerdict({ email: DEMO_ORGANIZER.email, address: null }, now)).toEqual({
      allowed: false,
      retryInMinutes: PASSWORD_WINDOW_MINUTES,
    });
    // After the window the right password works again, and clears the count.
    const later = new Date(now.getTime() + (PASSWORD_WINDOW_MINUTES + 1) * 60_000);
    expect(await refusedAs(() => authorizePassword(DEMO_ORGANIZER, noProxy, later))).toBe("signed in");
    expect(await passwordAttemptVerdict({ email: DEMO_ORGANIZER.email, address: null }, later)).toEqual({ allowed: true });
  });

  it("an unknown email is limited alike, so the answer never tells which accounts exist", async () => {
    const email = `${unique("nobody")}@example.org`;
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await refusedAs(() => authorizePassword({ email, password: "x" }, noProxy, now));
    expect(await refusedAs(() => authorizePassword({ email, password: "x" }, noProxy, now))).toBe("rate_limited");
  });

  it("one address trying many accounts is limited when a trusted proxy vouches for it; a spoofed first hop changes nothing", async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      // The client varies the entry it types; the proxy's appended entry stays the same.
      const spoofed = new Headers({ "x-forwarded-for": `10.9.${i}.1, 198.51.100.77` });
      await refusedAs(() => authorizePassword({ email: `${unique("target")}@example.org`, password: "guess" }, spoofed, now));
    }
    const again = new Headers({ "x-forwarded-for": "192.0.2.200, 198.51.100.77" });
    expect(await refusedAs(() => authorizePassword(DEMO_DELEGATE, again, now))).toBe("rate_limited");
    // Another client of the same proxy is not affected.
    expect(await refusedAs(() => authorizePassword(DEMO_DELEGATE, new Headers({ "x-forwarded-for": "198.51.100.78" }), now))).toBe("signed in");
  });
});

describe("sign-in link requests", () => {
  it("a spoofed X-Forwarded-For does not reset the per-address limit behind a trusted proxy", async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    const { clientAddress } = await import("@/lib/http/origin");
    const addresses = [];
    for (const spoof of ["1.1.1.1", "2.2.2.2"]) {
      requestHeaders.current = new Headers({ "x-forwarded-for": `${spoof}, 198.51.100.9` });
      addresses.push(await clientAddress());
    }
    expect(addresses).toEqual(["198.51.100.9", "198.51.100.9"]);
    // Without a trusted hop the header is not believed at all.
    delete process.env.TRUSTED_PROXY_HOPS;
    requestHeaders.current = new Headers({ "x-forwarded-for": "1.1.1.1" });
    expect(await clientAddress()).toBeNull();
    // And the per-email limit holds regardless of any address.
    const email = DEMO_DELEGATE.email;
    const results = [];
    for (let i = 0; i <= MAX_REQUESTS_PER_EMAIL; i++)
      results.push(await requestSignInLink({ email, address: null, locale: "en", origin: "https://roundtable.example" }));
    expect(results.at(-1)).toBe("rateLimited");
  });

  it("the mailed link points at APP_URL, whatever host the request claims", async () => {
    process.env.APP_URL = "https://roundtable.example.org";
    requestHeaders.current = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    const email = `${unique("linked")}@example.org`;
    await db().insert(users).values({ email, name: "Linked Delegate", role: "delegate" });
    const { requestSignInLinkAction } = await import("@/app/[locale]/sign-in/actions");
    const form = new FormData();
    form.set("email", email);
    expect(await requestSignInLinkAction({ status: "idle" }, form)).toEqual({ status: "ok", message: "signInLink.sent" });
    const [mail] = droppedMailTo(email);
    expect(mail!.body).toContain("https://roundtable.example.org/en/sign-in/link/");
    expect(mail!.body).not.toContain("evil.example");
  });
});

describe("sessions end on the server", () => {
  it("sign-out ends that session only; 'sign out everywhere' ends them all; a deleted account's sessions are gone", async () => {
    const organizer = await createOrganizerUser(db(), "sessions");
    const laptop = await openServerSession(organizer.userId);
    const phone = await openServerSession(organizer.userId);
    expect(await isServerSessionLive(laptop, organizer.userId)).toBe(true);
    await closeServerSession(laptop);
    expect(await isServerSessionLive(laptop, organizer.userId)).toBe(false);
    expect(await isServerSessionLive(phone, organizer.userId)).toBe(true);
    // A session id is the account's own: it does not open another account.
    expect(await isServerSessionLive(phone, ids.organizerId)).toBe(false);

    const third = await openServerSession(organizer.userId);
    expect(await closeAllServerSessions(organizer.userId)).toBe(2);
    expect(await isServerSessionLive(phone, organizer.userId)).toBe(false);
    expect(await isServerSessionLive(third, organizer.userId)).toBe(false);

    const last = await openServerSession(organizer.userId);
    await db().delete(users).where(eq(users.id, organizer.userId));
    expect(await isServerSessionLive(last, organizer.userId)).toBe(false);
  });

  it("expires with the cookie, and a cookie without a session id is not a session", async () => {
    const organizer = await createOrganizerUser(db(), "expiry");
    const now = new Date();
    const session = await openServerSession(organizer.userId, now);
    expect(await isServerSessionLive(session, organizer.userId, new Date(now.getTime() + 11 * 3_600_000))).toBe(true);
    expect(await isServerSessionLive(session, organizer.userId, new Date(now.getTime() + 13 * 3_600_000))).toBe(false);
    expect(await isServerSessionLive(undefined, organizer.userId)).toBe(false);
    expect(await isServerSessionLive("", organizer.userId)).toBe(false);
  });
});
