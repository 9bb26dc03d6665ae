// Materials of an event and its agenda items against PostgreSQL: the upload limits (size, type by
// content, the scan hook), who may add and change them (the team's planners and rapporteurs, never
// another initiative's organizers, never with an item of another event), concurrent edits, who may
// download what (organizers · confirmed delegates · the public, and the public only once the item
// is released publicly), and deletion removing the stored file. The S3 adapter runs against a real
// S3-compatible server (s3rver) started here.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, max } from "drizzle-orm";
import { strToU8 } from "fflate";
import S3rver from "s3rver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { agendaItems, agendaReleases, delegationMembers, events, initiativeOrganizers, initiatives, materials, parties } from "@/db/schema";
import { createAgendaItem } from "@/lib/agenda/queries";
import { insertRelease, snapshotAgenda } from "@/lib/agenda/release-store";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import {
  addFileMaterial,
  addLinkMaterial,
  deleteMaterial,
  getMaterialDownload,
  listMaterialsForDelegate,
  listMaterialsForOrganizer,
  listPublicMaterials,
  updateMaterial,
} from "@/lib/materials/queries";
import { fileMaterialInput, linkMaterialInput, materialEditInput } from "@/lib/materials/schema";
import { setMaterialStoreForTests, storeFromEnv } from "@/lib/materials/storage/configured";
import { localStore } from "@/lib/materials/storage/local";
import { s3Store } from "@/lib/materials/storage/s3";
import type { TeamRole } from "@/lib/teams/roles";
import { agendaItem, createOrganizerUser, createTestEvent, delegateViewer, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();

const MB = 1024 * 1024;
const pdf = (text = "agenda") => strToU8(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(64).fill(0)]);

let ids: DemoIds;
let organizer: OrganizerViewer;
let delegate: DelegateViewer;
const members = new Map<TeamRole, OrganizerViewer>();
/** A coordinator of another initiative: the demo event does not exist for them. */
let stranger: OrganizerViewer;
let dir: string;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  delegate = await delegateViewer(db(), ids.delegateId);
  for (const role of ["rapporteur", "communications"] as TeamRole[]) {
    const member = await createOrganizerUser(db(), role);
    await db().insert(initiativeOrganizers).values({ initiativeId: ids.initiativeId, userId: member.userId, role });
    members.set(role, member);
  }
  const [initiative] = await db()
    .insert(initiatives)
    .values({ slug: unique("other"), name: "Other" })
    .returning({ id: initiatives.id });
  await db().insert(parties).values({ initiativeId: initiative!.id, name: "North", position: 1 });
  stranger = await createOrganizerUser(db(), "stranger");
  await db().insert(initiativeOrganizers).values({ initiativeId: initiative!.id, userId: stranger.userId, role: "coordinator" });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "materials-test-"));
  setMaterialStoreForTests(localStore(dir));
});

afterAll(() => {
  setMaterialStoreForTests(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  delete process.env.MATERIALS_MAX_MB;
  delete process.env.MATERIALS_SCAN_COMMAND;
});

async function newItem(visibility: "public" | "delegates" | "organizers", eventId = ids.eventId): Promise<string> {
  const created = await createAgendaItem(organizer, eventId, agendaItem({ visibility, startTime: "18:00", endTime: "18:30" }));
  if (!created.ok) throw new Error(created.reason);
  return created.value.id;
}

async function release(eventId = ids.eventId) {
  await db().transaction(async (tx) => {
    const [{ latest }] = (await tx
      .select({ latest: max(agendaReleases.version) })
      .from(agendaReleases)
      .where(eq(agendaReleases.eventId, eventId))) as [{ latest: number | null }];
    await insertRelease(tx, { eventId, version: (latest ?? 0) + 1, note: "", items: await snapshotAgenda(tx, eventId), releasedBy: null });
  });
}

async function upload(
  viewer: OrganizerViewer,
  fields: { title?: string; visibility: "public" | "delegates" | "organizers"; itemId?: string },
  bytes: Uint8Array = pdf(),
  name = "Programme.pdf",
  eventId = ids.eventId,
) {
  return addFileMaterial(
    viewer,
    eventId,
    fileMaterialInput.parse({ title: fields.title ?? unique("Paper"), visibility: fields.visibility, itemId: fields.itemId ?? "" }),
    {
      bytes,
      name,
    },
  );
}

async function added(result: Awaited<ReturnType<typeof upload>>): Promise<string> {
  if (!result.ok) throw new Error(result.reason);
  return result.value.id;
}

const storedFiles = () => fs.readdirSync(dir, { recursive: true }).filter((name) => /[a-f0-9]{32}$/.test(String(name)));

describe("upload limits", () => {
  it("refuses a file over the limit, saying its size and the limit, next to the file field", async () => {
    process.env.MATERIALS_MAX_MB = "1";
    const big = new Uint8Array(3 * MB + MB / 10);
    big.set(pdf());
    const before = storedFiles().length;
    expect(await upload(organizer, { visibility: "public" }, big)).toEqual({
      ok: false,
      reason: "materials.tooLarge",
      field: "file",
      values: { size: "3.1", limit: "1" },
    });
    expect(storedFiles()).toHaveLength(before);
  });

  it("refuses what is not a PDF, office document or image, whatever its name", async () => {
    expect(await upload(organizer, { visibility: "public" }, exe, "report.pdf")).toEqual({
      ok: false,
      reason: "materials.wrongType",
      field: "file",
      values: undefined,
    });
    expect(await upload(organizer, { visibility: "public" }, strToU8("<html></html>"), "page.pdf")).toMatchObject({ reason: "materials.wrongType" });
    expect(await upload(organizer, { visibility: "public" }, new Uint8Array(0), "empty.pdf")).toMatchObject({ reason: "materials.emptyFile" });
  });

  it("stores what it accepts under a random key, with the real type, a clean name, the size and the sha256", async () => {
    const bytes = pdf("stored");
    const id = await added(await upload(organizer, { visibility: "delegates" }, bytes, '../../Повестка "дня".PDF'));
    const [row] = await db().select().from(materials).where(eq(materials.id, id));
    expect(row).toMatchObject({
      kind: "file",
      contentType: "application/pdf",
      fileName: "Повестка дня.pdf",
      byteSize: bytes.byteLength,
      uploadedBy: organizer.userId,
    });
    expect(row!.storageKey).toMatch(/^[a-f0-9]{32}$/);
    expect(row!.sha256).toBe((await import("node:crypto")).createHash("sha256").update(bytes).digest("hex"));
    expect(fs.readFileSync(path.join(dir, row!.storageKey!.slice(0, 2), row!.storageKey!))).toEqual(Buffer.from(bytes));
  });

  it("runs the scan hook on the upload: a non-zero exit refuses it, zero lets it through", async () => {
    const script = path.join(dir, "scan.sh");
    // Refuses any file that carries the EICAR-like marker, as a virus scanner would.
    fs.writeFileSync(script, '#!/bin/sh\ngrep -q INFECTED "$1" && exit 1\nexit 0\n', { mode: 0o755 });
    process.env.MATERIALS_SCAN_COMMAND = script;
    const before = storedFiles().length;
    expect(await upload(organizer, { visibility: "public" }, pdf("INFECTED"))).toMatchObject({ ok: false, reason: "materials.scanRefused", field: "file" });
    expect(storedFiles()).toHaveLength(before);
    expect((await upload(organizer, { visibility: "public" }, pdf("clean"))).ok).toBe(true);
    // A scanner that cannot run refuses too (never a silent pass).
    process.env.MATERIALS_SCAN_COMMAND = path.join(dir, "no-such-scanner");
    expect(await upload(organizer, { visibility: "public" }, pdf("unscanned"))).toMatchObject({ ok: false, reason: "materials.scanRefused" });
  });

  it("takes http and https links only", async () => {
    const link = (url: string) => addLinkMaterial(organizer, ids.eventId, linkMaterialInput.parse({ title: "Background", visibility: "public", url }));
    expect(await link("javascript:alert(1)")).toMatchObject({ ok: false, reason: "materials.linkInvalid", field: "url" });
    expect(await link("ftp://example.org/file")).toMatchObject({ ok: false, reason: "materials.linkInvalid" });
    expect((await link("https://example.org/paper")).ok).toBe(true);
  });

  it("refuses a title that is empty, with its own message", () => {
    const parsed = fileMaterialInput.safeParse({ title: "  ", visibility: "public" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["title"], message: "materialTitleRequired" });
  });
});

describe("who may add, change and delete", () => {
  it("lets the team's rapporteurs add materials, but not its communications member nor another initiative's organizer", async () => {
    expect((await upload(members.get("rapporteur")!, { visibility: "delegates" })).ok).toBe(true);
    expect(await upload(members.get("communications")!, { visibility: "delegates" })).toMatchObject({ ok: false, reason: "errors.notFound" });
    expect(await upload(stranger, { visibility: "delegates" })).toMatchObject({ ok: false, reason: "errors.notFound" });
    expect(await listMaterialsForOrganizer(stranger, ids.eventId, null)).toBeNull();
  });

  it("refuses an agenda item of another event, and another event's material", async () => {
    const otherEvent = await createTestEvent(organizer, ids, { title: "Other round table" });
    const otherItem = await createAgendaItem(organizer, otherEvent, agendaItem({ day: "2026-05-01" }));
    if (!otherItem.ok) throw new Error(otherItem.reason);
    expect(await upload(organizer, { visibility: "public", itemId: otherItem.value.id })).toMatchObject({ ok: false, reason: "errors.notFound" });
    const foreign = await added(await upload(organizer, { visibility: "public" }, pdf(), "x.pdf", otherEvent));
    // Through the demo event's id, the other event's material does not exist.
    expect(await deleteMaterial(organizer, ids.eventId, foreign)).toMatchObject({ ok: false, reason: "errors.notFound" });
    expect(
      await updateMaterial(organizer, ids.eventId, foreign, materialEditInput.parse({ title: "Hijack", visibility: "public", version: "1" })),
    ).toMatchObject({
      ok: false,
      reason: "errors.notFound",
    });
    const [row] = await db().select({ title: materials.title }).from(materials).where(eq(materials.id, foreign));
    expect(row!.title).not.toBe("Hijack");
  });

  it("detects a concurrent edit: the second save against the same version is refused", async () => {
    const id = await added(await upload(organizer, { visibility: "organizers", title: "Draft brief" }));
    const edit = (title: string) => materialEditInput.parse({ title, visibility: "delegates", version: "1" });
    expect(await updateMaterial(organizer, ids.eventId, id, edit("Brief (first)"))).toEqual({ ok: true, value: undefined });
    expect(await updateMaterial(members.get("rapporteur")!, ids.eventId, id, edit("Brief (second)"))).toMatchObject({
      ok: false,
      reason: "materials.changedMeanwhile",
    });
    const [row] = await db()
      .select({ title: materials.title, version: materials.version, visibility: materials.visibility })
      .from(materials)
      .where(eq(materials.id, id));
    expect(row).toEqual({ title: "Brief (first)", version: 2, visibility: "delegates" });
  });

  it("deleting a file material removes its stored file", async () => {
    const id = await added(await upload(organizer, { visibility: "public", title: "To delete" }));
    const [row] = await db().select({ key: materials.storageKey }).from(materials).where(eq(materials.id, id));
    const file = path.join(dir, row!.key!.slice(0, 2), row!.key!);
    expect(fs.existsSync(file)).toBe(true);
    expect(await deleteMaterial(members.get("communications")!, ids.eventId, id)).toMatchObject({ ok: false });
    expect(fs.existsSync(file)).toBe(true);
    expect(await deleteMaterial(organizer, ids.eventId, id)).toEqual({ ok: true, value: undefined });
    expect(fs.existsSync(file)).toBe(false);
    expect(await db().select().from(materials).where(eq(materials.id, id))).toHaveLength(0);
    expect(await getMaterialDownload(organizer, id)).toBeNull();
  });
});

describe("who may read what", () => {
  it("event materials: organizers all, confirmed delegates public and delegates, the public only public, another initiative's organizer nothing", async () => {
    const open = await added(await upload(organizer, { visibility: "public", title: "Open programme" }));
    const forDelegates = await added(await upload(organizer, { visibility: "delegates", title: "Hotel list" }));
    const internal = await added(await upload(organizer, { visibility: "organizers", title: "Budget" }));
    const reads = async (viewer: OrganizerViewer | DelegateViewer | null) =>
      [open, forDelegates, internal].map(async (id) => ((await getMaterialDownload(viewer, id)) ? "yes" : "404"));
    expect(await Promise.all(await reads(organizer))).toEqual(["yes", "yes", "yes"]);
    // Every team role sees the event's materials (the communications member, too).
    expect(await Promise.all(await reads(members.get("communications")!))).toEqual(["yes", "yes", "yes"]);
    expect(await Promise.all(await reads(delegate))).toEqual(["yes", "yes", "404"]);
    expect(await Promise.all(await reads(null))).toEqual(["yes", "404", "404"]);
    expect(await Promise.all(await reads(stranger))).toEqual(["yes", "404", "404"]);

    const download = await getMaterialDownload(null, open);
    expect(download).toMatchObject({ contentType: "application/pdf", fileName: "Programme.pdf" });

    // A delegate not (or no longer) confirmed reads only what the public reads.
    const membership = and(eq(delegationMembers.personId, ids.delegatePersonId), eq(delegationMembers.eventId, ids.eventId));
    await db().update(delegationMembers).set({ status: "withdrawn" }).where(membership);
    try {
      expect(await Promise.all(await reads(delegate))).toEqual(["yes", "404", "404"]);
      expect(await listMaterialsForDelegate(delegate, ids.eventId)).toBeNull();
    } finally {
      await db().update(delegationMembers).set({ status: "confirmed" }).where(membership);
    }
    const listed = await listMaterialsForDelegate(delegate, ids.eventId);
    expect(listed?.get("")?.map((m) => m.title)).toEqual(expect.arrayContaining(["Open programme", "Hotel list"]));
    expect(listed?.get("")?.map((m) => m.title)).not.toContain("Budget");
  });

  it("an item's materials: the public reads them only once the latest release shows the item publicly", async () => {
    const itemId = await newItem("public");
    const paper = await added(await upload(organizer, { visibility: "public", title: "Session paper", itemId }));
    const notes = await added(await upload(organizer, { visibility: "delegates", title: "Session notes", itemId }));
    // Not released yet: nobody outside the team reads them.
    expect(await getMaterialDownload(null, paper)).toBeNull();
    expect(await getMaterialDownload(delegate, notes)).toBeNull();
    expect((await listPublicMaterials(ids.eventId)).items.some((i) => i.itemId === itemId)).toBe(false);

    await release();
    expect(await getMaterialDownload(null, paper)).not.toBeNull();
    expect(await getMaterialDownload(null, notes)).toBeNull();
    expect(await getMaterialDownload(delegate, notes)).not.toBeNull();
    const publicList = await listPublicMaterials(ids.eventId);
    expect(publicList.items.find((i) => i.itemId === itemId)?.materials.map((m) => m.title)).toEqual(["Session paper"]);
    expect((await listMaterialsForDelegate(delegate, ids.eventId))?.get(itemId)?.map((m) => m.title)).toEqual(["Session paper", "Session notes"]);
  });

  it("the public list titles each item in the reader's language where the release has it, else in the first language, marked", async () => {
    const itemId = await newItem("public");
    await db()
      .update(agendaItems)
      .set({ title: "Water and borders", translations: { ru: { title: "Вода и границы" } } })
      .where(eq(agendaItems.id, itemId));
    await added(await upload(organizer, { visibility: "public", title: "Map of the river", itemId }));
    await release();
    const listedItem = async (reader?: string) => (await listPublicMaterials(ids.eventId, reader)).items.find((i) => i.itemId === itemId);
    expect(await listedItem("ru")).toMatchObject({ title: "Вода и границы" });
    expect((await listedItem("ru"))?.titleShownIn).toBeUndefined();
    // No Armenian version: the first language's title, named as such for the page to mark.
    expect(await listedItem("hy")).toMatchObject({ title: "Water and borders", titleShownIn: "en" });
    expect(await listedItem()).toMatchObject({ title: "Water and borders" });
    expect((await listedItem())?.titleShownIn).toBeUndefined();
  });

  it("an item released to delegates only keeps even its public materials from the public; a draft event shows the public nothing", async () => {
    const itemId = await newItem("delegates");
    const paper = await added(await upload(organizer, { visibility: "public", title: "Delegates-only session paper", itemId }));
    await release();
    expect(await getMaterialDownload(null, paper)).toBeNull();
    expect(await getMaterialDownload(delegate, paper)).not.toBeNull();

    const draft = await createTestEvent(organizer, ids, { title: "Draft round table", status: "draft" });
    const hidden = await added(await upload(organizer, { visibility: "public", title: "Too early" }, pdf(), "early.pdf", draft));
    expect(await getMaterialDownload(null, hidden)).toBeNull();
    expect(await listPublicMaterials(draft)).toEqual({ event: [], items: [] });
    await db().update(events).set({ status: "announced" }).where(eq(events.id, draft));
    expect(await getMaterialDownload(null, hidden)).not.toBeNull();
  });
});

describe("the S3 store", () => {
  let server: S3rver;
  let s3dir: string;
  let endpoint: string;

  beforeAll(async () => {
    s3dir = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"));
    server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: s3dir, configureBuckets: [{ name: "materials", configs: [] }] });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await server.close();
    fs.rmSync(s3dir, { recursive: true, force: true });
  });

  it("puts, gets and deletes an object with signed requests", async () => {
    // s3rver's own credentials.
    const store = s3Store({ bucket: "materials", endpoint, region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER", prefix: "rt/" });
    const key = "0123456789abcdef0123456789abcdef";
    await store.put(key, pdf("in s3"), "application/pdf");
    expect(Buffer.from((await store.get(key))!)).toEqual(Buffer.from(pdf("in s3")));
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await store.delete(key);
  });

  // s3rver checks the access key of a Signature V4 request but not the signature itself: a real
  // S3 would also refuse a wrong secret; here only the key's refusal can be seen.
  it("reports a refusal by the server (an unknown access key) as an error", async () => {
    const store = s3Store({ bucket: "materials", endpoint, region: "us-east-1", accessKeyId: "NOBODY", secretAccessKey: "S3RVER", prefix: "rt/" });
    await expect(store.put("0123456789abcdef0123456789abcdef", pdf(), "application/pdf")).rejects.toThrow(/S3 PUT failed: 403/);
  });

  it("is chosen when S3_BUCKET is set, and a whole upload goes through it", async () => {
    expect(() => storeFromEnv({ S3_BUCKET: "materials" })).toThrow(/S3_ACCESS_KEY_ID/);
    setMaterialStoreForTests(
      storeFromEnv({
        S3_BUCKET: "materials",
        S3_ENDPOINT: endpoint,
        S3_REGION: "us-east-1",
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
      }),
    );
    try {
      const id = await added(await upload(organizer, { visibility: "public", title: "Via S3" }, pdf("via s3")));
      const [row] = await db().select({ key: materials.storageKey }).from(materials).where(eq(materials.id, id));
      const direct = s3Store({ bucket: "materials", endpoint, region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER" });
      expect(Buffer.from((await direct.get(row!.key!))!)).toEqual(Buffer.from(pdf("via s3")));
      expect(Buffer.from((await getMaterialDownload(organizer, id))!.bytes)).toEqual(Buffer.from(pdf("via s3")));
      expect(await deleteMaterial(organizer, ids.eventId, id)).toEqual({ ok: true, value: undefined });
      expect(await direct.get(row!.key!)).toBeNull();
    } finally {
      setMaterialStoreForTests(localStore(dir));
    }
  });
});
