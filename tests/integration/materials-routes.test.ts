// The materials routes as a browser reaches them: POST /api/materials (a multipart form, answered
// with a 303 back to its screen carrying the outcome) and GET /api/materials/<id> (the file, with
// the headers that keep it from being read as a page of this site). Only the request context is
// mocked (the session, next/cache); the database, the rules and the local store are real.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { initiativeOrganizers, initiatives, materials } from "@/db/schema";
import { setMaterialStoreForTests } from "@/lib/materials/storage/configured";
import { localStore } from "@/lib/materials/storage/local";
import { createOrganizerUser, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { POST } from "@/app/api/materials/route";
import { GET } from "@/app/api/materials/[materialId]/route";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { db } = setupTestDatabase();

const pdf = strToU8("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

let ids: DemoIds;
let stranger: string;
let dir: string;

beforeAll(async () => {
  ({ ids } = await seedDemoContext(db()));
  const [initiative] = await db()
    .insert(initiatives)
    .values({ slug: unique("other"), name: "Other" })
    .returning({ id: initiatives.id });
  stranger = (await createOrganizerUser(db(), "stranger")).userId;
  await db().insert(initiativeOrganizers).values({ initiativeId: initiative!.id, userId: stranger, role: "coordinator" });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "materials-routes-"));
  setMaterialStoreForTests(localStore(dir));
});

afterAll(() => {
  setMaterialStoreForTests(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

function as(userId: string | null) {
  session.current = userId ? { user: { id: userId } } : null;
}

function post(fields: Record<string, string | File>, options: { query?: string; headers?: Record<string, string> } = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return POST(
    new Request(`http://localhost/api/materials?${options.query ?? `event=${ids.eventId}&locale=ru`}`, {
      method: "POST",
      body: form,
      headers: { "x-forwarded-host": "localhost", origin: "http://localhost", ...options.headers },
    }),
  );
}

const fileField = (bytes: Uint8Array, name: string, type = "application/pdf") => new File([new Uint8Array(bytes)], name, { type });
const titled = async (title: string) => db().select({ id: materials.id }).from(materials).where(eq(materials.title, title));
const download = (id: string) => GET(new Request(`http://localhost/api/materials/${id}`), { params: Promise.resolve({ materialId: id }) });

describe("POST /api/materials", () => {
  it("adds a file for the event's organizer and sends them back to the screen, in their language, saying so", async () => {
    as(ids.organizerId);
    const title = unique("Programme");
    const response = await post({ op: "file", title, visibility: "public", file: fileField(pdf, "Programme.pdf") });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/ru/organize/events/${ids.eventId}?materialDone=materials.added#materials`);
    expect(await titled(title)).toHaveLength(1);
  });

  it("refuses a wrong type with its message for the file field and what was typed, storing nothing", async () => {
    as(ids.organizerId);
    const title = unique("Not a PDF");
    const before = await db().$count(materials);
    const response = await post({ op: "file", title, visibility: "delegates", file: fileField(strToU8("MZ not really"), "paper.pdf") });
    const location = new URL(response.headers.get("location")!, "http://localhost");
    expect(location.pathname).toBe(`/ru/organize/events/${ids.eventId}`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      materialError: "materials.wrongType",
      materialField: "file",
      title,
      visibility: "delegates",
      op: "file",
    });
    expect(await db().$count(materials)).toBe(before);
  });

  it("answers an upload declared larger than any limit without reading it: its size and the limit", async () => {
    as(ids.organizerId);
    const response = await post({ op: "file", title: "Huge", visibility: "public" }, { headers: { "content-length": String(70 * 1024 * 1024) } });
    const location = new URL(response.headers.get("location")!, "http://localhost");
    expect(Object.fromEntries(location.searchParams)).toMatchObject({ materialError: "materials.tooLarge", materialField: "file", size: "70", limit: "25" });
  });

  it("goes back to the agenda item's page for an item's material", async () => {
    as(ids.organizerId);
    const [item] = await db().query.agendaItems.findMany({ where: (t, { eq }) => eq(t.eventId, ids.eventId), limit: 1 });
    const response = await post(
      { op: "link", title: unique("Link"), visibility: "public", url: "https://example.org/x" },
      { query: `event=${ids.eventId}&item=${item!.id}&locale=en` },
    );
    expect(response.headers.get("location")).toBe(`/en/organize/events/${ids.eventId}/agenda/${item!.id}?materialDone=materials.added#materials`);
  });

  it("404s a delegate, another initiative's organizer, a form from another site, and sends the anonymous to sign in; nothing is added", async () => {
    const before = await db().$count(materials);
    const fields = () => ({ op: "link", title: unique("Intruder"), visibility: "public", url: "https://example.org/" });
    as(ids.delegateId);
    expect((await post(fields())).status).toBe(404);
    as(stranger);
    expect((await post(fields())).status).toBe(404);
    as(ids.organizerId);
    expect((await post(fields(), { headers: { "sec-fetch-site": "cross-site" } })).status).toBe(404);
    expect((await post(fields(), { headers: { origin: "https://evil.example" } })).status).toBe(404);
    expect((await post(fields(), { query: `event=not-an-id&locale=en` })).status).toBe(404);
    as(null);
    const anonymous = await post(fields());
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe("http://localhost/ru/sign-in");
    expect(await db().$count(materials)).toBe(before);
  });
});

describe("GET /api/materials/<id>", () => {
  it("serves a document as an attachment and an image inline, never sniffed, never cached by others", async () => {
    as(ids.organizerId);
    const docTitle = unique("Doc");
    const imageTitle = unique("Photo");
    await post({ op: "file", title: docTitle, visibility: "public", file: fileField(pdf, "Gündəlik.pdf") });
    await post({ op: "file", title: imageTitle, visibility: "public", file: fileField(png, "photo.png", "image/png") });
    as(null);
    const [doc] = await titled(docTitle);
    const document = await download(doc!.id);
    expect(document.status).toBe(200);
    expect(document.headers.get("content-type")).toBe("application/pdf");
    expect(document.headers.get("content-disposition")).toBe(`attachment; filename="G_nd_lik.pdf"; filename*=UTF-8''G%C3%BCnd%C9%99lik.pdf`);
    expect(document.headers.get("x-content-type-options")).toBe("nosniff");
    expect(document.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await document.arrayBuffer())).toEqual(Buffer.from(pdf));
    const [image] = await titled(imageTitle);
    const picture = await download(image!.id);
    expect(picture.headers.get("content-type")).toBe("image/png");
    expect(picture.headers.get("content-disposition")).toMatch(/^inline; /);
  });

  it("answers 404 alike to a material the viewer may not read and to one that does not exist", async () => {
    as(ids.organizerId);
    const title = unique("Budget");
    await post({ op: "file", title, visibility: "organizers", file: fileField(pdf, "budget.pdf") });
    const [budget] = await titled(title);
    expect((await download(budget!.id)).status).toBe(200);
    for (const who of [null, ids.delegateId, stranger]) {
      as(who);
      const refused = await download(budget!.id);
      expect(refused.status).toBe(404);
      expect(await refused.text()).toBe("Not found");
    }
    expect((await download("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await download("../../etc/passwd")).status).toBe(404);
  });
});
