// The action pipeline (lib/actions/define.ts) on its own: what every action gets from it, shown on
// small actions defined here. Only the request context is mocked (session, cache, locale); the
// database (accounts, sessions, team roles) is real.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { id } from "@/lib/actions/bound";
import { declarationOf, defineAction, defineFormAction, done, goTo } from "@/lib/actions/define";
import { page, PUBLIC_PAGES } from "@/lib/actions/refresh";
import { idle, refuse } from "@/lib/forms/action-state";
import { requiredText } from "@/lib/forms/fields";
import { rejectionOf } from "@/tests/helpers/action-calls";
import { seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/tests/helpers/intl-server")).intlServer);

const { db } = setupTestDatabase();
let ids: DemoIds;

beforeAll(async () => {
  ({ ids } = await seedDemoContext(db()));
});

beforeEach(() => {
  vi.mocked(revalidatePath).mockClear();
  session.current = { user: { id: ids.organizerId } };
});

const AGENDA = page("/[locale]/organize/events/[eventId]/agenda");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("the pipeline", () => {
  const body = vi.fn(async () => done("saved"));
  const titled = defineAction({
    access: { who: "event", capability: "plan" },
    args: [id],
    input: z.object({ title: requiredText(20) }),
    refresh: [AGENDA, PUBLIC_PAGES],
    run: body,
  });

  beforeEach(() => body.mockClear());

  it("declares who may call it and how many bound arguments it takes", () => {
    expect(declarationOf(titled)).toEqual({ access: { who: "event", capability: "plan" }, boundArguments: 2, answers: "state" });
  });

  it("runs the body with the parsed input for a team member with the capability, then refreshes what it declared", async () => {
    const itemId = crypto.randomUUID();
    expect(await titled(ids.eventId, itemId, idle, form({ title: "  Opening  " }))).toEqual({ status: "ok", message: "saved" });
    expect(body).toHaveBeenCalledWith(expect.objectContaining({ args: [itemId], input: { title: "Opening" }, locale: "en" }));
    expect(vi.mocked(revalidatePath).mock.calls).toEqual([
      ["/[locale]/organize/events/[eventId]/agenda", "page"],
      // The public pages, the feeds and the schedule exports (lib/cache/public-pages.ts).
      ["/[locale]", "layout"],
      ["/feeds", "layout"],
      ["/events", "layout"],
    ]);
  });

  it("refuses an event outside the organizer's teams as not found, before reading the form", async () => {
    const state = await titled(crypto.randomUUID(), crypto.randomUUID(), idle, form({ title: "" }));
    expect(state).toMatchObject({ status: "error", message: "errors.notFound" });
    expect(body).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("refuses a bound argument that is not an id as not found", async () => {
    expect(await titled(ids.eventId, "1 OR 1=1", idle, form({ title: "Opening" }))).toMatchObject({ status: "error", message: "errors.notFound" });
    expect(body).not.toHaveBeenCalled();
  });

  it("refuses NUL and other control characters next to their field, in any field, keeping what was typed", async () => {
    const state = await titled(ids.eventId, crypto.randomUUID(), idle, form({ title: "Open\u0000ing", note: "a\u0007b", fine: "line\nbreak\ttab" }));
    expect(state).toEqual({
      status: "error",
      message: "errors.form",
      fieldErrors: { title: ["controlCharacters"], note: ["controlCharacters"] },
      values: { title: "Open\u0000ing", note: "a\u0007b", fine: "line\nbreak\ttab" },
    });
    expect(body).not.toHaveBeenCalled();
  });

  it("answers the schema's field messages with what was typed, and refreshes nothing", async () => {
    const state = await titled(ids.eventId, crypto.randomUUID(), idle, form({ title: "x".repeat(21) }));
    expect(state).toMatchObject({ status: "error", message: "errors.form", fieldErrors: { title: ["tooLong"] }, values: { title: "x".repeat(21) } });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("reads a call without a form, or with something else for a form, as an empty form", async () => {
    for (const tail of [[], [idle], [idle, "garbage"], [undefined, { title: "Opening" }]]) {
      const state = await (titled as (...call: unknown[]) => Promise<unknown>)(ids.eventId, crypto.randomUUID(), ...tail);
      expect(state).toMatchObject({ status: "error", message: "errors.form", fieldErrors: { title: ["required"] } });
    }
  });
});

describe("what the body answers", () => {
  const fieldRefusal = defineAction({
    access: { who: "organizer" },
    refresh: [AGENDA],
    run: async () => refuse("unknownParty", "hostPartyId"),
  });
  const plainRefusal = defineAction({ access: { who: "organizer" }, refresh: [AGENDA], run: async () => refuse("errors.conflict") });
  const broken = defineAction({
    access: { who: "organizer" },
    refresh: [AGENDA],
    run: async () => {
      throw new Error("connection to the database lost: secret detail");
    },
  });
  const redirecting = defineAction({ access: { who: "organizer" }, refresh: [AGENDA], run: async ({ locale }) => goTo(`/${locale}/organize`) });

  it("a data-layer refusal of one field is said next to that field; the form is kept; nothing is refreshed", async () => {
    expect(await fieldRefusal(idle, form({ hostPartyId: "x" }))).toEqual({
      status: "error",
      message: "errors.form",
      fieldErrors: { hostPartyId: ["unknownParty"] },
      values: { hostPartyId: "x" },
    });
    expect(await plainRefusal(idle, form({ a: "b" }))).toMatchObject({ status: "error", message: "errors.conflict", values: { a: "b" } });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("a fault in the body is a clear message with the input kept, never a crash or its details", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = await broken(idle, form({ title: "An hour of typing" }));
    expect(state).toEqual({ status: "error", message: "errors.unexpected", fieldErrors: undefined, values: { title: "An hour of typing" } });
    expect(JSON.stringify(state)).not.toContain("secret detail");
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it("goTo refreshes first, then redirects", async () => {
    const error = (await rejectionOf(() => redirecting(idle, new FormData()))) as { digest?: string };
    expect(error.digest).toMatch(/^NEXT_REDIRECT;[a-z]+;\/en\/organize;30[37];/);
    expect(revalidatePath).toHaveBeenCalledWith("/[locale]/organize/events/[eventId]/agenda", "page");
  });
});

describe("who may call", () => {
  const open = defineAction({ access: { who: "public" }, run: async ({ viewer }) => done(viewer ? "known" : "anonymous") });
  const forDelegates = defineAction({ access: { who: "delegate" }, run: async () => done() });
  const forTeam = defineAction({ access: { who: "initiative", capability: "team" }, run: async ({ initiativeId }) => done(initiativeId) });
  const plainForm = defineFormAction({ access: { who: "signedIn" }, run: async () => done() });

  it("public actions run for anyone and know who asks", async () => {
    session.current = null;
    expect(await open(idle, new FormData())).toEqual({ status: "ok", message: "anonymous" });
    session.current = { user: { id: ids.delegateId } };
    expect(await open(idle, new FormData())).toEqual({ status: "ok", message: "known" });
  });

  it("the anonymous are sent to sign in, the wrong kind of account gets a 404", async () => {
    session.current = null;
    expect(((await rejectionOf(() => forDelegates(idle, new FormData()))) as { digest: string }).digest).toMatch(/^NEXT_REDIRECT;[a-z]+;\/en\/sign-in;/);
    expect(((await rejectionOf(() => plainForm(new FormData()))) as { digest: string }).digest).toMatch(/^NEXT_REDIRECT;[a-z]+;\/en\/sign-in;/);
    session.current = { user: { id: ids.organizerId } };
    expect(((await rejectionOf(() => forDelegates(idle, new FormData()))) as { digest: string }).digest).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("an initiative's team action takes the initiative from its first bound argument, for roles holding the capability", async () => {
    expect(await forTeam(ids.initiativeId, idle, new FormData())).toEqual({ status: "ok", message: ids.initiativeId });
    expect(await forTeam(crypto.randomUUID(), idle, new FormData())).toMatchObject({ status: "error", message: "errors.notFound" });
    expect(await forTeam("not-an-id", idle, new FormData())).toMatchObject({ status: "error", message: "errors.notFound" });
  });
});
