// A first organizer without the demo (issue 12): the first-run token of an empty database, and
// `npm run create-organizer` with its one-time setup link. Runs in order on one empty database:
// the first-run tests need "no organizer yet", the later ones the organizer it creates.
import { eq, isNull, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { accountSetupLinks, auditLog, users } from "@/db/schema";
import { announceFirstRunSetup } from "@/instrumentation-node";
import { verifyPassword } from "@/lib/auth/password";
import {
  accountSetupUrl,
  completeFirstRunSetup,
  createOrganizerSetupLink,
  firstRunSetupUrl,
  getSetupLink,
  hasOrganizer,
  issueFirstRunToken,
  setPasswordWithSetupLink,
  SETUP_LINK_HOURS,
} from "@/lib/auth/setup-links";
import { findUserForSignIn } from "@/lib/auth/users";
import { hashSecretToken } from "@/lib/invitations/token";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { unique } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();
afterEach(() => vi.restoreAllMocks());
const DAY = SETUP_LINK_HOURS * 60 * 60 * 1000;
const PASSWORD = "a-long-enough-password";

/** Everything a refusal must leave untouched. */
async function counts() {
  return {
    users: await db().$count(users),
    organizers: await db().$count(users, eq(users.role, "organizer")),
    links: await db().$count(accountSetupLinks),
    used: await db().$count(accountSetupLinks, sql`${accountSetupLinks.usedAt} is not null`),
    audit: await db().$count(auditLog),
  };
}

function firstRun(token: string, overrides: Partial<Record<"name" | "email" | "password" | "passwordConfirm", string>> = {}) {
  return { token, name: "First Organizer", email: `${unique("first")}@example.org`, password: PASSWORD, passwordConfirm: PASSWORD, ...overrides };
}

async function signInCheck(email: string, password: string): Promise<boolean> {
  const user = await findUserForSignIn(email);
  return Boolean(user?.passwordHash) && (await verifyPassword(user!.passwordHash!, password));
}

async function insertDelegate(email: string) {
  const [row] = await db().insert(users).values({ email, name: "A Delegate", role: "delegate" }).returning({ id: users.id });
  return row!.id;
}

describe("first run on an empty database", () => {
  let latest = "";

  it("issues a token only while no organizer exists, and each new one retires the earlier ones", async () => {
    expect(await hasOrganizer()).toBe(false);
    const first = await issueFirstRunToken();
    expect(first).not.toBeNull();
    const second = await issueFirstRunToken();
    expect(second!.token).not.toBe(first!.token);

    // What the server prints at start: a link with a third token, which retires the second.
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await announceFirstRunSetup();
    const printed = log.mock.calls.map((c) => c.join(" ")).join("\n");
    const announced = printed.match(/https?:\/\/\S+\/en\/setup\?token=([A-Za-z0-9_-]{43})/)?.[1];
    expect(announced, printed).toBeDefined();
    expect(announced).not.toBe(second!.token);
    latest = announced!;

    const rows = await db().select().from(accountSetupLinks).where(isNull(accountSetupLinks.userId));
    expect(rows).toHaveLength(3);
    // Stored hashed, never as the token; only the latest is still open.
    for (const token of [first!.token, second!.token, latest]) expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows.map((r) => r.tokenHash).sort()).toEqual([first!.token, second!.token, latest].map(hashSecretToken).sort());
    expect(rows.filter((r) => r.expiresAt.getTime() > Date.now()).map((r) => r.tokenHash)).toEqual([hashSecretToken(latest)]);
    const expiresIn = second!.expiresAt.getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(DAY - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(DAY);

    // The earlier tokens no longer work, and refusing them writes nothing.
    const before = await counts();
    expect(await completeFirstRunSetup(firstRun(first!.token))).toEqual({ ok: false, reason: "setupTokenExpired", field: "token" });
    expect(await completeFirstRunSetup(firstRun(second!.token))).toEqual({ ok: false, reason: "setupTokenExpired", field: "token" });
    expect(await counts()).toEqual(before);
    expect(firstRunSetupUrl(latest, "https://rt.example")).toBe(`https://rt.example/en/setup?token=${latest}`);
  });

  it("refuses a wrong, malformed or expired token and writes nothing", async () => {
    const before = await counts();
    const wrong = "A".repeat(43);
    expect(await completeFirstRunSetup(firstRun(wrong))).toEqual({ ok: false, reason: "setupTokenInvalid", field: "token" });
    expect(await completeFirstRunSetup(firstRun("not a token"))).toEqual({ ok: false, reason: "setupTokenInvalid", field: "token" });
    expect(await completeFirstRunSetup(firstRun(latest), new Date(Date.now() + DAY + 1000))).toEqual({
      ok: false,
      reason: "setupTokenExpired",
      field: "token",
    });
    // The password rules hold here too, before anything is written.
    expect(await completeFirstRunSetup(firstRun(latest, { password: "short", passwordConfirm: "short" }))).toMatchObject({ ok: false, field: "password" });
    expect(await completeFirstRunSetup(firstRun(latest, { passwordConfirm: "something-else-entirely" }))).toMatchObject({
      ok: false,
      reason: "passwordsDiffer",
      field: "passwordConfirm",
    });
    expect(await counts()).toEqual(before);
    expect(await hasOrganizer()).toBe(false);
  });

  it("refuses an email that already has an account (a delegate) and writes nothing", async () => {
    const email = `${unique("delegate")}@example.org`;
    await insertDelegate(email);
    const before = await counts();
    expect(await completeFirstRunSetup(firstRun(latest, { email: email.toUpperCase() }))).toEqual({ ok: false, reason: "emailTaken", field: "email" });
    expect(await counts()).toEqual(before);
  });

  it("creates the first organizer with a valid token, exactly once", async () => {
    const email = `${unique("first")}@example.org`;
    const before = await counts();
    const result = await completeFirstRunSetup(firstRun(latest, { email: `  ${email.toUpperCase()} ` }));
    expect(result).toMatchObject({ ok: true, value: { email } });

    const [account] = await db().select().from(users).where(eq(users.email, email));
    expect(account).toMatchObject({ role: "organizer", name: "First Organizer" });
    expect(account!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(account!.passwordHash).not.toContain(PASSWORD);
    expect(await signInCheck(email, PASSWORD)).toBe(true);
    expect(await signInCheck(email, "a-different-password")).toBe(false);

    const [link] = await db()
      .select()
      .from(accountSetupLinks)
      .where(eq(accountSetupLinks.tokenHash, hashSecretToken(latest)));
    expect(link!.usedAt).not.toBeNull();
    const after = await counts();
    expect(after.users).toBe(before.users + 1);
    expect(after.organizers).toBe(1);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "first_run_setup.complete"));
    expect(entry).toMatchObject({ actorUserId: account!.id, entityType: "user", entityId: account!.id });

    // The same token again, or any other attempt now that an organizer exists: nothing is created.
    const again = await counts();
    expect(await completeFirstRunSetup(firstRun(latest))).toEqual({ ok: false, reason: "firstRun.alreadyDone" });
    expect(await counts()).toEqual(again);
  });

  it("issues no token and creates nothing once an organizer exists", async () => {
    expect(await hasOrganizer()).toBe(true);
    const before = await counts();
    expect(await issueFirstRunToken()).toBeNull();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await announceFirstRunSetup();
    expect(log).not.toHaveBeenCalled();
    expect(await counts()).toEqual(before);
    // Even a token that would otherwise be valid (say, issued by a second server at the same
    // moment) creates nothing: the transaction re-checks that no organizer exists.
    const { newSecretToken } = await import("@/lib/invitations/token");
    const stray = newSecretToken();
    await db()
      .insert(accountSetupLinks)
      .values({ userId: null, tokenHash: stray.hash, expiresAt: new Date(Date.now() + DAY) });
    const withStray = await counts();
    expect(await completeFirstRunSetup(firstRun(stray.token))).toEqual({ ok: false, reason: "firstRun.alreadyDone" });
    expect(await counts()).toEqual(withStray);
  });
});

describe("npm run create-organizer", () => {
  it("creates an organizer without a password and a one-time link, stored hashed, valid 24 hours", async () => {
    const email = `${unique("organizer")}@example.org`;
    const now = new Date();
    const result = await createOrganizerSetupLink({ email: email.toUpperCase(), name: "Nora Organizer" }, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ email, name: "Nora Organizer", created: true });
    expect(result.value.expiresAt.getTime()).toBe(now.getTime() + DAY);
    expect(accountSetupUrl(result.value.token, "http://localhost:3000")).toBe(`http://localhost:3000/en/setup/${result.value.token}`);

    const [account] = await db().select().from(users).where(eq(users.email, email));
    expect(account).toMatchObject({ id: result.value.userId, role: "organizer", passwordHash: null });
    const [link] = await db().select().from(accountSetupLinks).where(eq(accountSetupLinks.userId, account!.id));
    expect(link!.tokenHash).toBe(hashSecretToken(result.value.token));
    expect(JSON.stringify(link)).not.toContain(result.value.token);
    // No password yet: signing in fails until the link is used.
    expect(await signInCheck(email, PASSWORD)).toBe(false);
    expect(await getSetupLink(result.value.token)).toEqual({ state: "valid", email, name: "Nora Organizer" });
  });

  it("sets a hashed password through the link once, and sign-in then works", async () => {
    const email = `${unique("organizer")}@example.org`;
    const created = await createOrganizerSetupLink({ email, name: "Olga Organizer" });
    if (!created.ok) throw new Error(created.reason);
    const { token } = created.value;

    // The password rules are the app's: refused, and the link stays unused.
    expect(await setPasswordWithSetupLink(token, { password: "short", passwordConfirm: "short" })).toEqual({
      ok: false,
      reason: "passwordTooShort",
      field: "password",
    });
    expect(await setPasswordWithSetupLink(token, { password: PASSWORD, passwordConfirm: "another-long-password" })).toMatchObject({
      ok: false,
      field: "passwordConfirm",
    });
    expect((await getSetupLink(token)).state).toBe("valid");

    expect(await setPasswordWithSetupLink(token, { password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: true, value: { email } });
    const [account] = await db().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
    expect(account!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(account!.passwordHash).not.toContain(PASSWORD);
    expect(await signInCheck(email, PASSWORD)).toBe(true);
    expect(await signInCheck(email, "not-the-password")).toBe(false);

    // Once: the second use is refused and changes nothing.
    expect(await getSetupLink(token)).toEqual({ state: "used" });
    expect(await setPasswordWithSetupLink(token, { password: "an-attackers-password", passwordConfirm: "an-attackers-password" })).toEqual({
      ok: false,
      reason: "setupLink.states.used",
    });
    expect(await signInCheck(email, PASSWORD)).toBe(true);
    expect(await signInCheck(email, "an-attackers-password")).toBe(false);
  });

  it("lets only one of two simultaneous submits of the same link win", async () => {
    const email = `${unique("organizer")}@example.org`;
    const created = await createOrganizerSetupLink({ email, name: "Race Organizer" });
    if (!created.ok) throw new Error(created.reason);
    const results = await Promise.all([
      setPasswordWithSetupLink(created.value.token, { password: "first-long-password", passwordConfirm: "first-long-password" }),
      setPasswordWithSetupLink(created.value.token, { password: "second-long-password", passwordConfirm: "second-long-password" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "setupLink.states.used" }]);
    const winner = results[0]!.ok ? "first-long-password" : "second-long-password";
    expect(await signInCheck(email, winner)).toBe(true);
  });

  // PostgreSQL only: another connection holds the link row while both submits arrive, so both
  // read it before either writes (PGlite has one connection and no such interleaving).
  it("lets only one of two submits that read the link at the same moment win", async () => {
    const email = `${unique("organizer")}@example.org`;
    const created = await createOrganizerSetupLink({ email, name: "Queue Organizer" });
    if (!created.ok) throw new Error(created.reason);
    if (!process.env.DATABASE_URL) {
      // The embedded database has one connection: the two submits queue in it, and the second
      // finds the link spent.
      const results = await Promise.all(
        ["first-long-password", "second-long-password"].map((password) =>
          setPasswordWithSetupLink(created.value.token, { password, passwordConfirm: password }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "setupLink.states.used" }]);
      return;
    }
    const { default: postgres } = await import("postgres");
    const other = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
    try {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let holding!: Promise<unknown>;
      await new Promise<void>((locked) => {
        holding = other.begin(async (tx) => {
          await tx`select id from account_setup_links where token_hash = ${hashSecretToken(created.value.token)} for update`;
          locked();
          await released;
        });
      });
      const submits = Promise.all(
        ["first-long-password", "second-long-password"].map((password) =>
          setPasswordWithSetupLink(created.value.token, { password, passwordConfirm: password }),
        ),
      );
      // Both submits are waiting on the held row before it is let go.
      for (let waited = 0; ; waited += 20) {
        const [row] = await other<{ n: number }[]>`
          select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
        if (row!.n >= 2) break;
        if (waited > 10_000) throw new Error("the two submits never reached the link row");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      release();
      await holding;
      const results = await submits;
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "setupLink.states.used" }]);
    } finally {
      await other.end({ timeout: 5 });
    }
  });

  it("refuses an expired link", async () => {
    const email = `${unique("organizer")}@example.org`;
    const issuedAt = new Date(Date.now() - DAY - 1000);
    const created = await createOrganizerSetupLink({ email, name: "Late Organizer" }, issuedAt);
    if (!created.ok) throw new Error(created.reason);
    expect(await getSetupLink(created.value.token)).toEqual({ state: "expired" });
    expect(await setPasswordWithSetupLink(created.value.token, { password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({
      ok: false,
      reason: "setupLink.states.expired",
    });
    expect(await signInCheck(email, PASSWORD)).toBe(false);
    // Just inside the 24 hours it still works.
    expect((await getSetupLink(created.value.token, new Date(issuedAt.getTime() + DAY - 1000))).state).toBe("valid");
  });

  it("refuses unknown and malformed links, and a first-run token is no account link", async () => {
    expect(await getSetupLink("B".repeat(43))).toEqual({ state: "unknown" });
    expect(await getSetupLink("' or 1=1 --")).toEqual({ state: "unknown" });
    expect(await setPasswordWithSetupLink("B".repeat(43), { password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({
      ok: false,
      reason: "setupLink.states.unknown",
    });
    const { newSecretToken } = await import("@/lib/invitations/token");
    const firstRunToken = newSecretToken();
    await db()
      .insert(accountSetupLinks)
      .values({ userId: null, tokenHash: firstRunToken.hash, expiresAt: new Date(Date.now() + DAY) });
    expect(await getSetupLink(firstRunToken.token)).toEqual({ state: "unknown" });
    const before = await counts();
    expect(await setPasswordWithSetupLink(firstRunToken.token, { password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({
      ok: false,
      reason: "setupLink.states.unknown",
    });
    expect(await counts()).toEqual(before);
  });

  it("gives an existing organizer a fresh link, and the earlier unused one stops working", async () => {
    const email = `${unique("organizer")}@example.org`;
    const first = await createOrganizerSetupLink({ email, name: "Repeat Organizer" });
    if (!first.ok) throw new Error(first.reason);
    const usersBefore = await db().$count(users);
    // The name may be left out for an existing account, and does not rename it.
    const second = await createOrganizerSetupLink({ email: email.toUpperCase(), name: "" });
    expect(second).toMatchObject({ ok: true, value: { userId: first.value.userId, created: false, name: "Repeat Organizer" } });
    if (!second.ok) return;
    expect(await db().$count(users)).toBe(usersBefore);
    expect(await getSetupLink(first.value.token)).toEqual({ state: "expired" });
    expect(await setPasswordWithSetupLink(second.value.token, { password: PASSWORD, passwordConfirm: PASSWORD })).toMatchObject({ ok: true });
    expect(await signInCheck(email, PASSWORD)).toBe(true);
  });

  it("refuses an email that belongs to a delegate, and writes nothing", async () => {
    const email = `${unique("delegate")}@example.org`;
    const delegateId = await insertDelegate(email);
    const before = await counts();
    expect(await createOrganizerSetupLink({ email: email.toUpperCase(), name: "Would-be Organizer" })).toEqual({
      ok: false,
      reason: "delegateAccount",
      field: "email",
    });
    expect(await counts()).toEqual(before);
    const [account] = await db().select({ role: users.role, passwordHash: users.passwordHash }).from(users).where(eq(users.id, delegateId));
    expect(account).toEqual({ role: "delegate", passwordHash: null });
  });

  it("refuses bad arguments: a malformed email, and a new account without a name", async () => {
    const before = await counts();
    expect(await createOrganizerSetupLink({ email: "not-an-email", name: "Someone" })).toEqual({ ok: false, reason: "invalidEmail", field: "email" });
    expect(await createOrganizerSetupLink({ email: "", name: "Someone" })).toEqual({ ok: false, reason: "required", field: "email" });
    expect(await createOrganizerSetupLink({ email: `${unique("nameless")}@example.org`, name: "  " })).toEqual({
      ok: false,
      reason: "required",
      field: "name",
    });
    expect(await counts()).toEqual(before);
  });
});
