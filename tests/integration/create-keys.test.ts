// The key a create form sends (lib/forms/request-key.ts) through the real action: the same form
// sent twice makes one item, but the next item sent with the same form before the page's refresh
// (so with the same form key) is made too. On the code before, that second item was taken for a
// repeat of the first and silently not made, while the organizer read "Agenda item added.".
import { randomUUID } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAgendaItemAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/agenda/actions";
import { agendaItems } from "@/db/schema";
import { idle } from "@/lib/forms/action-state";
import { form } from "@/tests/helpers/action-calls";
import { seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
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
  session.current = { user: { id: ids.organizerId } };
});

const item = (title: string, key: string) =>
  form({
    requestKey: key,
    kind: "thematic_session",
    title,
    day: "2026-02-13",
    startTime: "18:00",
    endTime: "18:30",
    place: "",
    visibility: "delegates",
    description: "",
  });

async function titlesLike(prefix: string) {
  const rows = await db()
    .select({ title: agendaItems.title })
    .from(agendaItems)
    .where(and(eq(agendaItems.eventId, ids.eventId), like(agendaItems.title, `${prefix}%`)));
  return rows.map((row) => row.title).sort();
}

describe("create keys through the agenda form's action", () => {
  it("makes the next item sent with the same form key, and still one item for a repeat", async () => {
    const prefix = unique("Quick");
    const formKey = randomUUID();
    const add = (title: string) => createAgendaItemAction(ids.eventId, idle, item(title, formKey));
    expect(await add(`${prefix} one`)).toEqual({ status: "ok", message: "agendaForm.added" });
    expect(await add(`${prefix} one`)).toEqual({ status: "ok", message: "agendaForm.added" });
    expect(await add(`${prefix} two`)).toEqual({ status: "ok", message: "agendaForm.added" });
    expect(await titlesLike(prefix)).toEqual([`${prefix} one`, `${prefix} two`]);
  });
});
