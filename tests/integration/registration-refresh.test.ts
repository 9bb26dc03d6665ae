// #13: registering from an invitation changes the public delegation counts (and, with consent,
// the names listed), so like every other such action it refreshes the cached public pages.
import { beforeAll, expect, it, vi } from "vitest";
import { revalidatePath } from "next/cache";
import { addPersonToDelegation } from "@/lib/delegations/queries";
import { personInput } from "@/lib/delegations/schema";
import { idle } from "@/lib/forms/action-state";
import { seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { latestMailedToken } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";

vi.mock("@/auth", () => ({ auth: vi.fn(async () => null), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  vi.spyOn(console, "info").mockImplementation(() => {});
});

it("a registration refreshes the cached public pages", async () => {
  const email = `${unique("registers")}@example.org`;
  const input = personInput.parse({
    partyId: ids.parties.Armenia,
    nameLatin: "Registering Delegate",
    sector: "expert",
    email,
    phone: "",
    consent: "none",
    status: "invited",
  });
  const added = await addPersonToDelegation(organizer, ids.eventId, input, { locale: "en", origin: "https://roundtable.example" });
  expect(added.ok).toBe(true);
  const token = latestMailedToken(email, /\/invitation\/([A-Za-z0-9_-]{43})/)!;
  const { registerAction } = await import("@/app/[locale]/(public)/invitation/[token]/actions");
  const form = new FormData();
  for (const [key, value] of Object.entries({
    nameLatin: "Registering Delegate",
    sector: "expert",
    phone: "",
    consent: "public",
    password: "a-long-password-1",
    passwordConfirm: "a-long-password-1",
  }))
    form.set(key, value);
  vi.mocked(revalidatePath).mockClear();
  // It signs the new delegate in and redirects to their schedule: a thrown redirect.
  const error = (await registerAction(token, idle, form).catch((e: unknown) => e)) as { digest?: string };
  expect(error.digest).toMatch(/^NEXT_REDIRECT;[a-z]+;\/en\/schedule\?registered=1;/);
  expect(revalidatePath).toHaveBeenCalledWith("/[locale]", "layout");
});
