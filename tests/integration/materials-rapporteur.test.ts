// Issue #16 point 2: "organizers and rapporteurs attach files". Whoever writes an agenda item's
// record (its rapporteur, also a delegate who is not on the team) manages that item's materials:
// adds, edits and deletes them, and nothing else (not another item's, not the event's own). A
// delegate who is not the rapporteur gets "not found". Real PostgreSQL, files on a temporary disk.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { agendaItems, materials, records } from "@/db/schema";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { addFileMaterial, addLinkMaterial, deleteMaterial, listMaterialsForOrganizer, materialScope, updateMaterial } from "@/lib/materials/queries";
import { setMaterialStoreForTests } from "@/lib/materials/storage/configured";
import { localStore } from "@/lib/materials/storage/local";
import { createDelegateAccount, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rt-materials-rapporteur-"));
/** The smallest PDF the type sniffing accepts. */
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

let ids: DemoIds;
let organizer: OrganizerViewer;
let rapporteur: DelegateViewer;
let bystander: DelegateViewer;
let theirItem: string;
let otherItem: string;

beforeAll(async () => {
  setMaterialStoreForTests(localStore(dir));
  ({ ids, organizer } = await seedDemoContext(db()));
  const items = await db()
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.eventId, ids.eventId), isNull(agendaItems.deletedAt)))
    .orderBy(agendaItems.startsAt)
    .limit(2);
  [theirItem, otherItem] = [items[0]!.id, items[1]!.id];
  // A delegate, not on the team, writes the first item's record.
  rapporteur = await createDelegateAccount(db(), (await memberByEmail(db(), ids.eventId, "tigran.hakobyan@example.org")).personId);
  bystander = await createDelegateAccount(db(), (await memberByEmail(db(), ids.eventId, "ani.petrosyan@example.org")).personId);
  await db()
    .insert(records)
    .values({ agendaItemId: theirItem, rapporteurUserId: rapporteur.userId })
    .onConflictDoUpdate({ target: records.agendaItemId, set: { rapporteurUserId: rapporteur.userId } });
}, 60_000);

afterAll(() => {
  setMaterialStoreForTests(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

it("the rapporteur manages their item's materials and nothing else", async () => {
  expect(await materialScope(rapporteur, ids.eventId, theirItem)).toEqual({ eventId: ids.eventId, itemId: theirItem });
  const file = await addFileMaterial(
    rapporteur,
    ids.eventId,
    { title: "Session paper", visibility: "delegates", itemId: theirItem },
    { bytes: PDF, name: "paper.pdf" },
  );
  expect(file).toMatchObject({ ok: true });
  const link = await addLinkMaterial(rapporteur, ids.eventId, { title: "Slides", visibility: "public", itemId: theirItem, url: "https://example.org/slides" });
  expect(link).toMatchObject({ ok: true });
  expect((await listMaterialsForOrganizer(rapporteur, ids.eventId, theirItem))!.map((m) => m.title)).toEqual(["Session paper", "Slides"]);
  const [saved] = await db().select({ version: materials.version }).from(materials).where(eq(materials.title, "Slides"));
  expect(
    await updateMaterial(rapporteur, ids.eventId, link.ok ? link.value.id : "", { title: "Slides (final)", visibility: "delegates", version: saved!.version }),
  ).toEqual({
    ok: true,
    value: undefined,
  });
  expect(await deleteMaterial(rapporteur, ids.eventId, file.ok ? file.value.id : "")).toEqual({ ok: true, value: undefined });

  // Not another item's, not the event's own, and not the team's materials elsewhere.
  expect(
    await addLinkMaterial(rapporteur, ids.eventId, { title: "Elsewhere", visibility: "public", itemId: otherItem, url: "https://example.org/x" }),
  ).toMatchObject({
    ok: false,
    reason: "errors.notFound",
  });
  expect(
    await addLinkMaterial(rapporteur, ids.eventId, { title: "Event-wide", visibility: "public", itemId: null, url: "https://example.org/y" }),
  ).toMatchObject({
    ok: false,
    reason: "errors.notFound",
  });
  expect(await listMaterialsForOrganizer(rapporteur, ids.eventId, otherItem)).toBeNull();
  expect(await listMaterialsForOrganizer(rapporteur, ids.eventId, null)).toBeNull();
  const teams = await addLinkMaterial(organizer, ids.eventId, { title: "Team's", visibility: "organizers", itemId: otherItem, url: "https://example.org/t" });
  expect(teams).toMatchObject({ ok: true });
  const teamsId = teams.ok ? teams.value.id : "";
  expect(await deleteMaterial(rapporteur, ids.eventId, teamsId)).toMatchObject({ ok: false, reason: "errors.notFound" });
  expect(await updateMaterial(rapporteur, ids.eventId, teamsId, { title: "Mine now", visibility: "public", version: 1 })).toMatchObject({
    ok: false,
    reason: "errors.notFound",
  });
  expect(await db().select({ title: materials.title }).from(materials).where(eq(materials.id, teamsId))).toEqual([{ title: "Team's" }]);
});

it("a delegate who does not write the record gets 'not found' for everything", async () => {
  expect(await materialScope(bystander, ids.eventId, theirItem)).toBeNull();
  expect(
    await addLinkMaterial(bystander, ids.eventId, { title: "Sneaky", visibility: "public", itemId: theirItem, url: "https://example.org/s" }),
  ).toMatchObject({
    ok: false,
    reason: "errors.notFound",
  });
  expect(await listMaterialsForOrganizer(bystander, ids.eventId, theirItem)).toBeNull();
  const [theirs] = await db().select({ id: materials.id }).from(materials).where(eq(materials.agendaItemId, theirItem));
  expect(await deleteMaterial(bystander, ids.eventId, theirs!.id)).toMatchObject({ ok: false, reason: "errors.notFound" });
});
