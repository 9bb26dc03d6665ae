// Issue #16 point 4: the survey mail of a delegate who has no account yet carries a one-time link
// that signs them in and opens the survey (before, it linked to a page behind a sign-in they could
// not pass without first asking for a link). A delegate with an account gets the plain link. The
// organizers' outbox never holds the working link. Real PostgreSQL; the mail read from the mail
// folder, as the delegate reads it.
import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { feedbackSurveys, mailOutbox, people, users } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { consumeSignInLink } from "@/lib/auth/sign-in-links";
import { getSurveyForDelegate, sendSurveyNow } from "@/lib/feedback/queries";
import { createDelegateAccount, delegateViewer, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { droppedMailTo, latestMailedToken } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";

vi.mock("@/auth", () => ({ auth: vi.fn(async () => null), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_cache: <F>(build: F) => build,
}));
vi.mock("next-intl/server", async () => (await import("@/tests/helpers/intl-server")).intlServer);

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;
const ORIGIN = "https://roundtable.example.org";
/** A confirmed Armenian delegate of the demo without an account. */
const WITHOUT_ACCOUNT = "tigran.hakobyan@example.org";

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  const questions = [{ id: "q1", kind: "rating" as const, prompt: "How useful was the round table?", options: [] }];
  await db().insert(feedbackSurveys).values({ eventId: ids.eventId, questions }).onConflictDoUpdate({ target: feedbackSurveys.eventId, set: { questions } });
}, 60_000);

it("mails a delegate without an account a one-time link that signs them in for 7 days and opens the survey; others get the plain link", async () => {
  const tigran = await memberByEmail(db(), ids.eventId, WITHOUT_ACCOUNT);
  const [before] = await db().select({ userId: people.userId }).from(people).where(eq(people.id, tigran.personId));
  expect(before!.userId).toBeNull();
  // A delegate who has an account (made for this test).
  const withAccount = await memberByEmail(db(), ids.eventId, "ani.petrosyan@example.org");
  await createDelegateAccount(db(), withAccount.personId);
  const [accountHolder] = await db()
    .select({ email: users.email })
    .from(people)
    .innerJoin(users, eq(users.id, people.userId))
    .where(eq(people.id, withAccount.personId));

  const sentAt = new Date();
  const sent = await sendSurveyNow(organizer, ids.eventId, { locale: "en", origin: ORIGIN });
  expect(sent).toMatchObject({ ok: true });

  // Tigran's mail: the link signs him in and opens the answer page; it says so, and for how long.
  const token = latestMailedToken(WITHOUT_ACCOUNT, new RegExp(`/en/sign-in/link/([A-Za-z0-9_-]{43})\\?next=%2Fen%2Ffeedback%2F${ids.eventId}`));
  expect(token).not.toBeNull();
  expect(droppedMailTo(WITHOUT_ACCOUNT).at(-1)!.body).toContain("It works once, for 7 days");
  // The organizers' outbox copy is redacted.
  const [stored] = await db()
    .select({ body: mailOutbox.body })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.kind, "feedback-survey"), eq(mailOutbox.toAddress, WITHOUT_ACCOUNT)));
  expect(stored!.body).not.toContain(token!);

  // The other delegate: the plain answer page, no sign-in link.
  const plain = droppedMailTo(accountHolder!.email).at(-1)!.body;
  expect(plain).toContain(`${ORIGIN}/en/feedback/${ids.eventId}`);
  expect(plain).not.toContain("/sign-in/link/");

  // Not after 7 days; within them once, and then he is signed in as the delegate the survey asks.
  expect(await consumeSignInLink(token!, new Date(sentAt.getTime() + 7 * 24 * 3_600_000 + 1_000))).toBeNull();
  const signedIn = await consumeSignInLink(token!, new Date(sentAt.getTime() + 6 * 24 * 3_600_000));
  expect(signedIn).toMatchObject({ email: WITHOUT_ACCOUNT });
  const [after] = await db().select({ userId: people.userId }).from(people).where(eq(people.id, tigran.personId));
  expect(after!.userId).toBe(signedIn!.id);
  const survey = await getSurveyForDelegate(await delegateViewer(db(), signedIn!.id), ids.eventId);
  expect(survey).not.toBeNull();
  expect(await consumeSignInLink(token!, new Date(sentAt.getTime() + 6 * 24 * 3_600_000))).toBeNull();
});
