// Issue #19 point 4: the roster's bulk "Ask to choose public listing". Only the person may choose
// whether their name is public; people imported or added by the organizers are "Not listed" until
// they do. The request goes to those who take part, are not listed and never chose; whoever chose
// is never asked again (being asked over and over to appear publicly is pressure). A ticked id of
// another event refuses it all. Real PostgreSQL; mail read from the mail folder as the person reads it.
import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { auditLog, delegationMembers, mailOutbox, people } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { consumeSignInLink } from "@/lib/auth/sign-in-links";
import { updateMyConsent } from "@/lib/delegations/for-delegate";
import { askListingChoice } from "@/lib/delegations/listing-request";
import { createTestEvent, delegateViewer, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { droppedMailTo, latestMailedToken } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";

vi.mock("@/auth", () => ({ auth: vi.fn(async () => null), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn(), unstable_cache: <F>(f: F) => f }));
vi.mock("next-intl/server", async () => (await import("@/tests/helpers/intl-server")).intlServer);

const { db } = setupTestDatabase();
const MAIL = { locale: "en" as const, origin: "https://roundtable.example.org" };

let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
}, 60_000);

async function setConsent(memberId: string, consent: "public" | "delegates" | "none") {
  await db().update(delegationMembers).set({ consent }).where(eq(delegationMembers.id, memberId));
}

const requestsTo = (to: string) =>
  db()
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.kind, "listing-request"), eq(mailOutbox.toAddress, to)));

it("asks those not listed who never chose, with a link to their own choice; never the others, never twice", async () => {
  const tigran = await memberByEmail(db(), ids.eventId, "tigran.hakobyan@example.org"); // no account
  const listed = await memberByEmail(db(), ids.eventId, "ani.petrosyan@example.org");
  const declined = await memberByEmail(db(), ids.eventId, "zaur.hajiyev@example.org");
  const noEmail = await memberByEmail(db(), ids.eventId, "lala.rahimova@example.org");
  await setConsent(tigran.id, "none");
  await setConsent(listed.id, "public");
  await setConsent(noEmail.id, "none");
  await db().update(people).set({ email: null }).where(eq(people.id, noEmail.personId));

  const sentAt = new Date();
  const result = await askListingChoice(organizer, ids.eventId, { memberIds: [tigran.id, listed.id, declined.id, noEmail.id] }, MAIL, sentAt);
  expect(result).toEqual({ ok: true, value: { asked: 1, choseAlready: 1, noEmail: 1, notTakingPart: 1 } });
  expect(await requestsTo("ani.petrosyan@example.org")).toHaveLength(0);
  expect(await requestsTo("zaur.hajiyev@example.org")).toHaveLength(0);

  // Tigran's mail: a one-time link that signs him in and opens his choice for this event.
  const mail = droppedMailTo("tigran.hakobyan@example.org").at(-1)!;
  expect(mail.subject).toBe("Choose how you appear at Bilateral round table in Tsaghkadzor");
  expect(mail.body).toContain("Until you choose, you are not listed anywhere.");
  const token = latestMailedToken(
    "tigran.hakobyan@example.org",
    new RegExp(`/en/sign-in/link/([A-Za-z0-9_-]{43})\\?next=${encodeURIComponent(`/en/my-details#membership-${tigran.id}`)}`),
  );
  expect(token).not.toBeNull();
  const [audited] = await db()
    .select({ actor: auditLog.actorUserId })
    .from(auditLog)
    .where(and(eq(auditLog.action, "delegation_member.listing_request"), eq(auditLog.entityId, tigran.id)));
  expect(audited!.actor).toBe(organizer.userId);

  // He follows it and chooses "not listed" himself: from now on he is never asked again.
  const account = await consumeSignInLink(token!, new Date(sentAt.getTime() + 60_000));
  expect(account).not.toBeNull();
  expect(await updateMyConsent(await delegateViewer(db(), account!.id), tigran.id, "none")).toEqual({ ok: true, value: undefined });
  expect(await askListingChoice(organizer, ids.eventId, { memberIds: [tigran.id] }, MAIL)).toEqual({
    ok: true,
    value: { asked: 0, choseAlready: 1, noEmail: 0, notTakingPart: 0 },
  });
  expect(await requestsTo("tigran.hakobyan@example.org")).toHaveLength(1);
});

it("refuses the whole request when one ticked person is another event's, and mails nobody", async () => {
  const aram = await memberByEmail(db(), ids.eventId, "aram.simonyan@example.org");
  const tigran = await memberByEmail(db(), ids.eventId, "tigran.hakobyan@example.org");
  await setConsent(aram.id, "none");
  // Aram would be asked on his own event's roster; on another event's, he is a foreign id.
  const otherEvent = await createTestEvent(organizer, ids, { title: "Another round table" });
  expect(await askListingChoice(organizer, otherEvent, { memberIds: [aram.id] }, MAIL)).toMatchObject({ ok: false, reason: "delegations.notOnRoster" });
  expect(await askListingChoice(organizer, ids.eventId, { memberIds: [aram.id, tigran.id, "6a0f0c1e-5b1c-4a7e-9a55-1e0c2b9d8f00"] }, MAIL)).toMatchObject({
    ok: false,
    reason: "delegations.notOnRoster",
  });
  expect(await requestsTo("aram.simonyan@example.org")).toHaveLength(0);
});
