// Every server action, found from the code, called as someone it serves but with a malformed call:
// no form at all, a form that is not a FormData, bound ids that are not ids, a NUL in every text.
// Each must answer (a state, a redirect, a 404) and never crash: a crash is a 500 to the caller.
// A field it refuses is named with a catalog key (messages/<locale>/*.json, `errors.`), never with
// zod's English text ("Invalid input: expected string").
// Only the request context is mocked (session, cache, locale, headers); the database is real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { idle } from "@/lib/forms/action-state";
import { declared } from "@/tests/helpers/declared";
import { serverActions, type Found } from "@/tests/helpers/discover";
import { seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/tests/helpers/intl-server")).intlServer);
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ host: "localhost:3000" })),
  cookies: vi.fn(async () => ({ get: () => undefined, set: () => {} })),
}));

const { db } = setupTestDatabase();
let ids: DemoIds;
let actions: Found[];
let errorKeys: Record<string, unknown>;

beforeAll(async () => {
  ({ ids } = await seedDemoContext(db()));
  actions = await serverActions();
  errorKeys = (await loadMessages("en")).errors ?? {};
}, 60_000);

/** Redirects and 404s are how an action answers a refused call: thrown by design, with a digest. */
function isAnswer(error: unknown): boolean {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK;404)/.test(digest);
}

/** Field messages of a returned state that are not catalog keys. */
function rawFieldMessages(found: Found, state: unknown): string[] {
  const fieldErrors = (state as { fieldErrors?: Record<string, string[] | undefined> } | undefined)?.fieldErrors ?? {};
  return Object.entries(fieldErrors).flatMap(([field, messages]) =>
    (messages ?? []).filter((message) => !Object.hasOwn(errorKeys, message)).map((message) => `${found.key} ${field}: ${message}`),
  );
}

async function outcomeOf(found: Found, args: unknown[]): Promise<"answered" | string> {
  try {
    const raw = rawFieldMessages(found, await found.fn(...args));
    return raw.length === 0 ? "answered" : raw.join("; ");
  } catch (error) {
    return isAnswer(error) ? "answered" : `${found.key}: ${(error as Error)?.name}: ${(error as Error)?.message}`;
  }
}

const NUL_FORM = () => {
  const form = new FormData();
  for (const name of [
    "title",
    "name",
    "nameLatin",
    "description",
    "email",
    "statement_en",
    "csv",
    "reason",
    "note",
    "password",
    "day",
    "startTime",
    "version",
    "status",
    "role",
    "token",
  ]) {
    form.append(name, `x\u0000${"\u00ff".repeat(3)}`);
  }
  return form;
};

const CALLS: { name: string; tail: () => unknown[] }[] = [
  { name: "no form", tail: () => [idle] },
  { name: "undefined state and form", tail: () => [undefined, undefined] },
  { name: "a string instead of a form", tail: () => [idle, "garbage"] },
  { name: "a NUL and odd bytes in every field", tail: () => [idle, NUL_FORM()] },
];

describe.each([
  { who: "the demo organizer", user: () => ids.organizerId },
  { who: "the demo delegate", user: () => ids.delegateId },
  { who: "the anonymous", user: () => null },
])("every action called by $who with a malformed call answers, never crashes", ({ user }) => {
  it.each(CALLS)("$name", async ({ tail }) => {
    const crashes: string[] = [];
    for (const action of actions) {
      session.current = user() ? { user: { id: user()! } } : null;
      const bound = declared(action).boundArguments;
      // Bound arguments that are not ids, then the malformed state and form.
      const args = [...Array.from({ length: bound }, (_, i) => (i === 0 ? "not-an-id" : "%ff\u0000")), ...tail()];
      const outcome = await outcomeOf(action, args);
      if (outcome !== "answered") crashes.push(outcome);
      // And with the real event's id first, which gets past the scope check for the organizer.
      const withEvent = [...Array.from({ length: bound }, (_, i) => (i === 0 ? ids.eventId : "%ff\u0000")), ...tail()];
      const second = await outcomeOf(action, withEvent);
      if (second !== "answered") crashes.push(second);
    }
    expect(actions.length).toBeGreaterThan(60);
    expect(crashes).toEqual([]);
  });
});
