// Every route handler, found from the code (each HTTP-method export of an app/**/route.ts), sent
// malformed input as the anonymous, the demo organizer and the demo delegate: parameters that are
// not ids, percent-garbage, NUL bytes or absurdly long; queries alike; bodies of the wrong content
// type, invalid or truncated JSON, JSON of the wrong shape, bytes that are not UTF-8, garbage
// multipart, and bodies over any limit. Each must answer with a status below 500 and never throw.
// Only the request context is mocked (session, cache, locale, headers); the database is real, and
// Auth.js's own handlers run for real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { agendaItems, initiatives } from "@/db/schema";
import { routeHandlers, type RouteHandler } from "@/tests/helpers/discover";
import { seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const session = vi.hoisted(() => {
  // Auth.js's handlers run for real: they need a secret and to trust the test's host.
  process.env.AUTH_SECRET ??= "malformed-routes-test-secret-0123456789abcdef";
  process.env.AUTH_TRUST_HOST = "true";
  return { current: null as { user: { id: string } } | null };
});
vi.mock("@/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/auth")>()),
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
}));
// The feeds' cache (unstable_cache) exists only inside a Next.js server: here a feed is built on every call.
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_cache: <F>(build: F) => build,
}));
vi.mock("next-intl/server", async () => (await import("@/tests/helpers/intl-server")).intlServer);
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ host: "localhost:3000" })),
  cookies: vi.fn(async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} })),
}));

const ORIGIN = "http://localhost:3000";
const { db } = setupTestDatabase();
let ids: DemoIds;
let routes: RouteHandler[];
/** Real values for each kind of parameter, so that a call also gets past the "not found" checks. */
let real: Record<string, string | string[]>;

beforeAll(async () => {
  ({ ids } = await seedDemoContext(db()));
  routes = await routeHandlers();
  const [item] = await db().select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.eventId, ids.eventId)).limit(1);
  const [initiative] = await db().select({ slug: initiatives.slug }).from(initiatives).where(eq(initiatives.id, ids.initiativeId));
  real = { locale: "en", eventId: ids.eventId, itemId: item!.id, slug: initiative!.slug, token: "not-a-token", nextauth: ["session"] };
}, 60_000);

const GARBAGE_VALUES = ["%ff%fe", "x\u0000y", "\u00ff\ufffd", "../../etc/passwd", "a".repeat(5_000), "", "00000000-0000-0000-0000-000000000000"];

/** The route's dynamic segments, from its file path: `[name]` is one value, `[...name]` a list. */
function segments(file: string): { name: string; list: boolean }[] {
  return [...file.matchAll(/\[(\.\.\.)?(\w+)\]/g)].map((m) => ({ name: m[2]!, list: Boolean(m[1]) }));
}

/** Real parameters first, then each garbage value in every parameter at once, then in one at a time. */
function paramSets(file: string): Record<string, string | string[]>[] {
  const names = segments(file);
  const fill = (pick: (name: string) => string | string[]) =>
    Object.fromEntries(names.map(({ name, list }) => [name, list && !Array.isArray(pick(name)) ? [pick(name) as string] : pick(name)]));
  const sets = [fill((name) => real[name] ?? "x")];
  for (const value of GARBAGE_VALUES) sets.push(fill(() => value));
  for (const { name } of names) sets.push(fill((other) => (other === name ? "%ff\u0000" : (real[other] ?? "x"))));
  if (names.some((s) => s.name === "nextauth")) {
    for (const action of [
      ["csrf"],
      ["providers"],
      ["signin"],
      ["signout"],
      ["callback", "credentials"],
      ["callback", "sign-in-link"],
      ["callback", "%ff"],
      ["error"],
    ])
      sets.push({ nextauth: action });
  }
  return sets;
}

const QUERIES = ["", "?uid=%00%ff&lang=%ff", "?uid=x%00&uid=y&lang=ru&lang=en", `?uid=${"a".repeat(10_000)}`, "?callbackUrl=javascript:alert(1)&error=%ff"];

/** Cookies a client may send whatever their value: Auth.js's remembered return address, a session, a CSRF token. */
const GARBAGE_COOKIES = "authjs.callback-url=javascript%3Aalert(1); authjs.session-token=%ff%00; authjs.csrf-token=\u00ff|x";

const HUGE = `{"draft":"${"a".repeat(2 * 1024 * 1024)}"}`;
const BODIES: { name: string; type?: string; body?: BodyInit }[] = [
  { name: "no body" },
  { name: "text", type: "text/plain", body: "garbage" },
  { name: "invalid JSON", type: "application/json", body: "{not json" },
  { name: "truncated JSON", type: "application/json", body: '{"baseVersion":1,"saveId":"ab' },
  { name: "JSON of the wrong shape", type: "application/json", body: '[null,"x",{"__proto__":{"a":1}}]' },
  { name: "JSON null", type: "application/json", body: "null" },
  {
    name: "JSON with NUL and wrong types",
    type: "application/json",
    body: '{"baseVersion":"x\\u0000","saveId":"\\u0000","draft":{"summary":"\\u0000","keyPoints":7}}',
  },
  { name: "JSON with huge numbers", type: "application/json", body: '{"baseVersion":1e999,"saveId":"00000000-0000-0000-0000-000000000000","draft":{}}' },
  { name: "not UTF-8", type: "application/json; charset=utf-8", body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0xc0, 0xaf]) },
  { name: "garbage multipart", type: "multipart/form-data; boundary=rt", body: "garbage--rt\r\nno" },
  { name: "multipart without a boundary", type: "multipart/form-data", body: "garbage" },
  { name: "garbage form", type: "application/x-www-form-urlencoded", body: "csrfToken=%ff&email=%00&password=&callbackUrl=%E0%A4%A" },
  { name: "over 2 MB", type: "application/json", body: HUGE },
];

/** The address the route answers at, with these parameters (route groups dropped, values encoded). */
function urlPath(file: string, params: Record<string, string | string[]>): string {
  return file
    .replace(/^app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\/\([^)]*\)/g, "")
    .replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => [params[name] ?? ""].flat().map(encodeURIComponent).join("/"));
}

/** Next.js hands route handlers a NextRequest (Auth.js reads its nextUrl). */
type Call = { name: string; request: () => NextRequest };

function calls(route: RouteHandler, path: string): Call[] {
  const headers = (type?: string) => ({ origin: ORIGIN, host: "localhost:3000", "sec-fetch-site": "same-origin", ...(type ? { "content-type": type } : {}) });
  if (route.method === "GET" || route.method === "HEAD" || route.method === "OPTIONS") {
    return [
      ...QUERIES.map((query) => ({
        name: `query ${query.slice(0, 40)}`,
        request: () => new NextRequest(`${ORIGIN}${path}${query}`, { method: route.method, headers: headers() }),
      })),
      {
        name: "garbage cookies",
        request: () => new NextRequest(`${ORIGIN}${path}`, { method: route.method, headers: { ...headers(), cookie: GARBAGE_COOKIES } }),
      },
    ];
  }
  return BODIES.map(({ name, type, body }) => ({
    name,
    request: () => new NextRequest(`${ORIGIN}${path}`, { method: route.method, headers: headers(type), body }),
  }));
}

/** Redirects and 404s thrown by next/navigation are how Next.js answers; anything else is a 500. */
function isAnswer(error: unknown): boolean {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK;40[134])/.test(digest);
}

async function failureOf(route: RouteHandler, request: Request, params: Record<string, string | string[]>): Promise<string | null> {
  try {
    const response = (await route.fn(request, { params: Promise.resolve(params) })) as Response;
    if (!(response instanceof Response)) return "answered with something other than a Response";
    // Read the body too: a stream that fails while it is sent is a broken answer as well.
    await response.arrayBuffer();
    return response.status >= 500 ? `status ${response.status}` : null;
  } catch (error) {
    return isAnswer(error) ? null : `threw ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 160)}`;
  }
}

describe.each([
  { who: "the anonymous", user: () => null },
  { who: "the demo organizer", user: () => ids.organizerId },
  { who: "the demo delegate", user: () => ids.delegateId },
])("every route handler sent malformed input by $who answers below 500, never throws", ({ user }) => {
  it("each call, with real and garbage parameters", { timeout: 240_000 }, async () => {
    const failures: string[] = [];
    for (const route of routes) {
      for (const params of paramSets(route.file)) {
        const path = urlPath(route.file, params);
        for (const call of calls(route, path)) {
          session.current = user() ? { user: { id: user()! } } : null;
          const failure = await failureOf(route, call.request(), params);
          if (failure) failures.push(`${route.key} ${JSON.stringify(params).slice(0, 80)} ${call.name}: ${failure}`);
        }
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(11);
    expect(failures).toEqual([]);
  });
});

describe("the malformed bodies get the 4xx that says what is wrong", () => {
  it("the record autosave, as the organizer on a real item: 415 not JSON, 413 too large, 400 otherwise", async () => {
    const route = routes.find((r) => r.key === "app/api/records/[itemId]/route.ts#PUT")!;
    const expected: Record<string, number> = {
      "no body": 415,
      text: 415,
      "invalid JSON": 400,
      "truncated JSON": 400,
      "JSON of the wrong shape": 400,
      "JSON null": 400,
      "JSON with NUL and wrong types": 400,
      "JSON with huge numbers": 400,
      "not UTF-8": 400,
      "garbage multipart": 415,
      "multipart without a boundary": 415,
      "garbage form": 415,
      "over 2 MB": 413,
    };
    session.current = { user: { id: ids.organizerId } };
    const answered: Record<string, number> = {};
    for (const call of calls(route, `/api/records/${real.itemId as string}`)) {
      const response = (await route.fn(call.request(), { params: Promise.resolve({ itemId: real.itemId }) })) as Response;
      answered[call.name] = response.status;
    }
    expect(answered).toEqual(expected);
  });

  it("Auth.js: a callbackUrl that is not an http(s) address is a 400; such a remembered cookie is dropped", async () => {
    const route = routes.find((r) => r.key === "app/api/auth/[...nextauth]/route.ts#GET")!;
    const context = { params: Promise.resolve({ nextauth: ["session"] }) };
    session.current = null;
    const bad = await route.fn(new NextRequest(`${ORIGIN}/api/auth/session?callbackUrl=javascript:alert(1)`), context);
    expect((bad as Response).status).toBe(400);
    const good = await route.fn(new NextRequest(`${ORIGIN}/api/auth/session?callbackUrl=%2Fen%2Fschedule`), context);
    expect((good as Response).status).toBe(200);
    const cookie = await route.fn(new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie: GARBAGE_COOKIES } }), context);
    expect((cookie as Response).status).toBe(200);
  });
});
