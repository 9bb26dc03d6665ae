// Sign-in by a one-time link: 15 minutes, once, delegates only, rate-limited per email and per
// address, and the same answer whether or not the email is registered. The link reaches only the
// addressee's mail: the outbox organizers read never shows it.
import { desc, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { mailOutbox, signInLinks, signInRequests, users } from "@/db/schema";
import { DEMO_DELEGATE, DEMO_ORGANIZER } from "@/db/seed/demo";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { MAX_REQUESTS_PER_ADDRESS, MAX_REQUESTS_PER_EMAIL, consumeSignInLink, requestSignInLink } from "@/lib/auth/sign-in-links";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import { personInput } from "@/lib/delegations/schema";
import { listOutbox } from "@/lib/invitations/queries";
import { droppedMailTo, latestMailedToken } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();
const LINK = /\/en\/sign-in\/link\/([A-Za-z0-9_-]{43})/;

let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  process.env.AUTH_SECRET ||= "test-secret-for-keyed-hashes";
  ({ ids, organizer } = await seedDemoContext(db()));
});

afterEach(() => vi.restoreAllMocks());

/** A fresh client address per test, so the per-address limit of one test does not bleed into another. */
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${unique("a")}`;

async function request(email: string, at = new Date(), from = address()) {
  vi.spyOn(console, "info").mockImplementation(() => {});
  return requestSignInLink({ email, address: from, locale: "en", origin: "https://roundtable.example", now: at });
}

/** The newest link in the mail as its addressee receives it (no SMTP in tests: the mail folder). */
async function latestLinkFor(email: string) {
  return latestMailedToken(email, LINK) ?? undefined;
}

/** The stored copy of the newest mail to `email` in the outbox. */
async function latestOutboxBody(email: string) {
  const [mail] = await db()
    .select({ body: mailOutbox.body })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, email))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  return mail?.body;
}

describe("asking for a link", () => {
  it("mails a delegate a link that signs them in once", async () => {
    expect(await request(DEMO_DELEGATE.email)).toBe("sent");
    const token = await latestLinkFor(DEMO_DELEGATE.email);
    expect(token).toBeDefined();
    const [row] = await db().select().from(signInLinks).orderBy(desc(signInLinks.createdAt)).limit(1);
    expect(JSON.stringify(row)).not.toContain(token);
    // The outbox keeps only a redacted copy of the mail.
    const stored = await latestOutboxBody(DEMO_DELEGATE.email);
    expect(stored).toContain("https://roundtable.example/en/sign-in/link/");
    expect(stored).not.toContain(token);
    const user = await consumeSignInLink(token!);
    expect(user).toMatchObject({ id: ids.delegateId, email: DEMO_DELEGATE.email });
    expect(await consumeSignInLink(token!)).toBeNull();
  });

  it("answers the same for an unknown email and an organizer, and mails neither", async () => {
    const unknown = `${unique("nobody")}@example.org`;
    const mailsBefore = await db().$count(mailOutbox);
    const linksBefore = await db().$count(signInLinks);
    const droppedBefore = droppedMailTo(DEMO_ORGANIZER.email).length;
    expect(await request(unknown)).toBe("sent");
    expect(await request(DEMO_ORGANIZER.email)).toBe("sent");
    expect(await db().$count(mailOutbox)).toBe(mailsBefore);
    expect(await db().$count(signInLinks)).toBe(linksBefore);
    expect(droppedMailTo(unknown)).toEqual([]);
    expect(droppedMailTo(DEMO_ORGANIZER.email)).toHaveLength(droppedBefore);
  });

  it("expires after 15 minutes", async () => {
    const at = new Date();
    await request(DEMO_DELEGATE.email, at);
    const token = (await latestLinkFor(DEMO_DELEGATE.email))!;
    expect(await consumeSignInLink(token, new Date(at.getTime() + 15 * 60_000 + 1))).toBeNull();
    expect(await consumeSignInLink(token, new Date(at.getTime() + 15 * 60_000 - 1000))).not.toBeNull();
  });

  it("refuses malformed and unknown tokens", async () => {
    expect(await consumeSignInLink("")).toBeNull();
    expect(await consumeSignInLink("x".repeat(43))).toBeNull();
    expect(await consumeSignInLink("' or 1=1 --")).toBeNull();
  });

  it("stores neither email nor address in the request log, and never logs the token", async () => {
    const email = `${unique("private")}@example.org`;
    const from = "198.51.100.77";
    await request(email, new Date(), from);
    const rows = await db().select().from(signInRequests);
    expect(JSON.stringify(rows)).not.toContain(email);
    expect(JSON.stringify(rows)).not.toContain(from);

    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    await requestSignInLink({ email: DEMO_DELEGATE.email, address: address(), locale: "en", origin: "https://roundtable.example" });
    const token = (await latestLinkFor(DEMO_DELEGATE.email))!;
    await vi.waitFor(() => expect(info).toHaveBeenCalled());
    expect(info.mock.calls.flat().join(" ")).not.toContain(token);
  });
});

describe("rate limits", () => {
  it(`allows ${MAX_REQUESTS_PER_EMAIL} requests per email in 15 minutes, registered or not, then again after the window`, async () => {
    for (const email of [`${unique("limited")}@example.org`, `${unique("limited")}@example.org`]) {
      const at = new Date();
      for (let i = 0; i < MAX_REQUESTS_PER_EMAIL; i += 1) expect(await request(email, at)).toBe("sent");
      expect(await request(email, at)).toBe("rateLimited");
      expect(await request(email, new Date(at.getTime() + 15 * 60_000 + 1000))).toBe("sent");
    }
  });

  it(`allows ${MAX_REQUESTS_PER_ADDRESS} requests per address, whatever the emails`, async () => {
    const from = address();
    const at = new Date();
    for (let i = 0; i < MAX_REQUESTS_PER_ADDRESS; i += 1) expect(await request(`${unique("spray")}@example.org`, at, from)).toBe("sent");
    expect(await request(`${unique("spray")}@example.org`, at, from)).toBe("rateLimited");
    expect(await request(`${unique("spray")}@example.org`, at)).toBe("sent");
  });

  it("two requests at the same moment cannot both slip under the limit", async () => {
    const email = `${unique("race")}@example.org`;
    const at = new Date();
    const results = await Promise.all(Array.from({ length: MAX_REQUESTS_PER_EMAIL + 3 }, () => request(email, at)));
    expect(results.filter((r) => r === "sent")).toHaveLength(MAX_REQUESTS_PER_EMAIL);
  });
});

describe("the organizers' outbox", () => {
  // Flipped: the outbox used to show a member's sign-in mail (a working link to their account) to
  // the organizers of their event. Now it never shows a working sign-in link to anyone.
  it("never shows a member's sign-in mail, nor anyone else's, nor any working link", async () => {
    // The event's own mail (an invitation, whose link is as secret) is listed, redacted.
    const invitee = `${unique("invitee")}@example.org`;
    const added = await addPersonToDelegation(
      organizer,
      ids.eventId,
      personInput.parse({
        partyId: ids.parties.Armenia,
        nameLatin: unique("Invitee"),
        sector: "expert",
        email: invitee,
        phone: "",
        consent: "none",
        status: "invited",
        sendInvitation: "on",
      }),
      { locale: "en", origin: "https://roundtable.example" },
    );
    expect(added.ok && added.value.invitationSent).toBe(true);
    const invitationToken = latestMailedToken(invitee, /\/en\/invitation\/([A-Za-z0-9_-]{43})/);
    expect(invitationToken).not.toBeNull();
    await request(DEMO_DELEGATE.email);
    const token = (await latestLinkFor(DEMO_DELEGATE.email))!;
    expect(token).toBeDefined();
    const outbox = (await listOutbox(organizer, ids.eventId))!;
    expect(outbox.some((m) => m.kind === "invitation" && m.to === invitee)).toBe(true);
    expect(outbox.some((m) => m.kind === "sign-in-link")).toBe(false);
    expect(outbox.some((m) => m.to === DEMO_DELEGATE.email && m.body.includes(token))).toBe(false);
    const [stranger] = await db()
      .insert(users)
      .values({ email: `${unique("stranger")}@example.org`, role: "delegate" })
      .returning({ email: users.email });
    await request(stranger!.email);
    const again = (await listOutbox(organizer, ids.eventId))!;
    expect(again.some((m) => m.kind === "sign-in-link" || m.to === stranger!.email)).toBe(false);
    for (const mail of again) expect(mail.body, mail.subject).not.toMatch(/[A-Za-z0-9_-]{43}/);
    // Nor does any stored copy, of this event or of none.
    for (const mail of await db().select({ body: mailOutbox.body }).from(mailOutbox)) expect(mail.body).not.toMatch(/[A-Za-z0-9_-]{43}/);
    expect(JSON.stringify(again)).not.toContain(invitationToken!);
  });
});
