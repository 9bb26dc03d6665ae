// The two routes behind the cached public pages: the header's "who am I" for the browser, and the
// refresh this server asks of itself when an embargo ends. Real PostgreSQL; only the session and
// Next.js's cache bookkeeping (which exists only inside a Next.js request) are stood in for.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { REFRESH_HEADER, refreshSecret } from "@/lib/cache/refresh-secret";
import { delegateViewer, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { GET as navGET } from "@/app/api/viewer/nav/route";
import { POST as refreshPOST } from "@/app/api/internal/refresh-public/route";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;
let delegate: DelegateViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  delegate = await delegateViewer(db(), ids.delegateId);
});

async function nav() {
  const response = await navGET();
  return { cacheControl: response.headers.get("cache-control"), body: (await response.json()) as { nav: Record<string, unknown> | null } };
}

describe("the header's account part for cached pages", () => {
  it("says nothing about anyone to an anonymous browser, and is never stored", async () => {
    session.current = null;
    const { cacheControl, body } = await nav();
    expect(body).toEqual({ nav: null });
    expect(cacheControl).toBe("private, no-store");
  });

  it("tells a delegate only their own name and which of their screens apply", async () => {
    session.current = { user: { id: delegate.userId } };
    const { body } = await nav();
    // The demo delegate is the rapporteur of a session, and no outcome asks them to sign off.
    expect(body.nav).toEqual({ kind: "delegate", label: delegate.name ?? delegate.email, records: true, signOff: false });
    expect(JSON.stringify(body)).not.toContain(organizer.email);
  });

  it("gives an organizer their own screens", async () => {
    session.current = { user: { id: organizer.userId } };
    const { body } = await nav();
    expect(body.nav).toMatchObject({ kind: "organizer", records: true, signOff: false });
  });
});

describe("the refresh this server asks of itself", () => {
  const post = (secret?: string) =>
    refreshPOST(
      new Request("http://localhost/api/internal/refresh-public", { method: "POST", headers: secret === undefined ? {} : { [REFRESH_HEADER]: secret } }),
    );

  it("does not exist for anyone without this process's secret", async () => {
    revalidatePath.mockClear();
    expect((await post()).status).toBe(404);
    expect((await post("")).status).toBe(404);
    const secret = refreshSecret();
    const wrongLastCharacter = secret.slice(0, -1) + (secret.endsWith("0") ? "1" : "0");
    expect((await post(wrongLastCharacter)).status).toBe(404);
    expect((await post(secret.slice(1))).status).toBe(404);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("with it, refreshes every cached page under every locale, every feed and every schedule export", async () => {
    revalidatePath.mockClear();
    const response = await post(refreshSecret());
    expect(response.status).toBe(204);
    // "/events" with its layout: the tag of /events/<slug>/schedule.xml and .json (their cache).
    expect(revalidatePath.mock.calls).toEqual([
      ["/[locale]", "layout"],
      ["/feeds", "layout"],
      ["/events", "layout"],
    ]);
  });
});
