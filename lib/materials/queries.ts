import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import { getDb, type Executor } from "@/db/client";
import { agendaItems, agendaReleaseItems, agendaReleases, delegationMembers, events, initiativeOrganizers, materials } from "@/db/schema";
import type { OrganizerViewer, Viewer } from "@/lib/auth/viewer";
import { localizedText, sourceLanguage, type ContentTranslations } from "@/lib/content/translations";
import { getEventForOrganizer } from "@/lib/events/queries";
import { getRecordScope } from "@/lib/records/scope";
import { rolesWith } from "@/lib/teams/roles";
import { isUuid } from "@/lib/uuid";
import { acceptedType, checkSize, cleanFileName, maxBytesFrom, safeLinkUrl } from "./rules";
import type { FileMaterialInput, LinkMaterialInput, MaterialEditInput, MaterialVisibility } from "./schema";
import { scanUpload } from "./scan";
import { materialStore } from "./storage/configured";

/** A refusal: a catalog key, the field it belongs next to, and the values of its placeholders. */
export type MaterialRefusal = { ok: false; reason: string; field?: string; values?: Record<string, string> };
export type MaterialResult<T = undefined> = { ok: true; value: T } | MaterialRefusal;
const refusal = (reason: string, field?: string, values?: Record<string, string>): MaterialRefusal => ({ ok: false, reason, field, values });

/**
 * Who manages materials: team members whose role holds planning or records (coordinators,
 * organizers and rapporteurs). The event, or null when this organizer may not touch it.
 */
export async function eventForMaterials(viewer: OrganizerViewer, eventId: string) {
  return (await getEventForOrganizer(viewer, eventId, "records")) ?? (await getEventForOrganizer(viewer, eventId, "plan"));
}

/**
 * What this viewer may manage: every material of the event (`itemId` null: the team above), or
 * one agenda item's only, for whoever writes that item's record (its rapporteur, a delegate too:
 * the session's papers are theirs to attach). Null when neither.
 */
export async function materialScope(viewer: Viewer, eventId: string, itemId: string | null): Promise<{ eventId: string; itemId: string | null } | null> {
  if (!isUuid(eventId)) return null;
  if (viewer.kind === "organizer") {
    const event = await eventForMaterials(viewer, eventId);
    if (event) return { eventId: event.id, itemId: null };
  }
  if (!itemId) return null;
  const record = await getRecordScope(viewer, itemId);
  return record && record.eventId === eventId ? { eventId, itemId: record.itemId } : null;
}

/** Whether the scope reaches this item (or the event's own materials, item null). */
const reaches = (scope: { itemId: string | null }, itemId: string | null) => scope.itemId === null || scope.itemId === itemId;

async function itemOfEvent(db: Executor, eventId: string, itemId: string): Promise<boolean> {
  if (!isUuid(itemId)) return false;
  const [row] = await db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.eventId, eventId), isNull(agendaItems.deletedAt)))
    .limit(1);
  return Boolean(row);
}

export const newStorageKey = (): string => randomBytes(16).toString("hex");

/** A file upload: size, type by content and the optional scan, then stored and recorded. */
export async function addFileMaterial(
  viewer: Viewer,
  eventId: string,
  input: FileMaterialInput,
  upload: { bytes: Uint8Array; name: string },
): Promise<MaterialResult<{ id: string }>> {
  const scope = await materialScope(viewer, eventId, input.itemId);
  if (!scope || !reaches(scope, input.itemId)) return refusal("errors.notFound");
  const event = { id: scope.eventId };
  const db = await getDb();
  if (input.itemId && !(await itemOfEvent(db, event.id, input.itemId))) return refusal("errors.notFound");

  const tooBig = checkSize(upload.bytes.byteLength, maxBytesFrom(process.env));
  if (tooBig) return refusal(tooBig.reason, "file", tooBig.values);
  const accepted = acceptedType(await fileTypeFromBuffer(upload.bytes), upload.name);
  if (!accepted) return refusal("materials.wrongType", "file");
  if ((await scanUpload(upload.bytes)) !== "clean") return refusal("materials.scanRefused", "file");

  const key = newStorageKey();
  const store = materialStore();
  await store.put(key, upload.bytes, accepted.contentType);
  try {
    const [row] = await db
      .insert(materials)
      .values({
        eventId: event.id,
        agendaItemId: input.itemId,
        kind: "file",
        title: input.title,
        storageKey: key,
        fileName: cleanFileName(upload.name, accepted.ext),
        contentType: accepted.contentType,
        byteSize: upload.bytes.byteLength,
        sha256: createHash("sha256").update(upload.bytes).digest("hex"),
        visibility: input.visibility,
        uploadedBy: viewer.userId,
      })
      .returning({ id: materials.id });
    return { ok: true, value: { id: row!.id } };
  } catch (error) {
    // No row, no file: nothing is left behind that no one can reach.
    await store.delete(key).catch(() => undefined);
    throw error;
  }
}

export async function addLinkMaterial(viewer: Viewer, eventId: string, input: LinkMaterialInput): Promise<MaterialResult<{ id: string }>> {
  const scope = await materialScope(viewer, eventId, input.itemId);
  if (!scope || !reaches(scope, input.itemId)) return refusal("errors.notFound");
  const event = { id: scope.eventId };
  const db = await getDb();
  if (input.itemId && !(await itemOfEvent(db, event.id, input.itemId))) return refusal("errors.notFound");
  const url = safeLinkUrl(input.url);
  if (!url) return refusal("materials.linkInvalid", "url");
  const [row] = await db
    .insert(materials)
    .values({ eventId: event.id, agendaItemId: input.itemId, kind: "link", title: input.title, url, visibility: input.visibility, uploadedBy: viewer.userId })
    .returning({ id: materials.id });
  return { ok: true, value: { id: row!.id } };
}

/** The event of a material this viewer may manage (the team: any of the event's; a rapporteur: their item's), or null. */
async function eventOfManagedMaterial(viewer: Viewer, eventId: string, materialId: string): Promise<{ id: string } | null> {
  if (!isUuid(eventId) || !isUuid(materialId)) return null;
  const db = await getDb();
  const [material] = await db
    .select({ itemId: materials.agendaItemId })
    .from(materials)
    .where(and(eq(materials.id, materialId), eq(materials.eventId, eventId)));
  if (!material) return null;
  const scope = await materialScope(viewer, eventId, material.itemId);
  return scope && reaches(scope, material.itemId) ? { id: scope.eventId } : null;
}

/** Title and visibility; refused when someone changed the material since the form was shown. */
export async function updateMaterial(viewer: Viewer, eventId: string, materialId: string, input: MaterialEditInput): Promise<MaterialResult> {
  const event = await eventOfManagedMaterial(viewer, eventId, materialId);
  if (!event) return refusal("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: materials.version })
      .from(materials)
      .where(and(eq(materials.id, materialId), eq(materials.eventId, event.id)))
      .for("update");
    if (!current) return refusal("errors.notFound");
    if (current.version !== input.version) return refusal("materials.changedMeanwhile");
    await tx
      .update(materials)
      .set({ title: input.title, visibility: input.visibility, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(materials.id, materialId), eq(materials.eventId, event.id)));
    return { ok: true, value: undefined } as const;
  });
}

/** Deletes the row, then its stored file. */
export async function deleteMaterial(viewer: Viewer, eventId: string, materialId: string): Promise<MaterialResult> {
  const event = await eventOfManagedMaterial(viewer, eventId, materialId);
  if (!event) return refusal("errors.notFound");
  const db = await getDb();
  const [gone] = await db
    .delete(materials)
    .where(and(eq(materials.id, materialId), eq(materials.eventId, event.id)))
    .returning({ storageKey: materials.storageKey });
  if (!gone) return refusal("errors.notFound");
  if (gone.storageKey) await materialStore().delete(gone.storageKey);
  return { ok: true, value: undefined };
}

const listed = {
  id: materials.id,
  agendaItemId: materials.agendaItemId,
  kind: materials.kind,
  title: materials.title,
  url: materials.url,
  fileName: materials.fileName,
  contentType: materials.contentType,
  byteSize: materials.byteSize,
  visibility: materials.visibility,
  version: materials.version,
};
export type ListedMaterial = { id: string; kind: "file" | "link"; title: string; url: string | null; fileName: string | null; byteSize: number | null };
export type OrganizerMaterial = ListedMaterial & { visibility: MaterialVisibility; version: number; agendaItemId: string | null };

/** The event's own materials (itemId null) or one item's, for those who manage them (materialScope). */
export async function listMaterialsForOrganizer(viewer: Viewer, eventId: string, itemId: string | null): Promise<OrganizerMaterial[] | null> {
  const scope = await materialScope(viewer, eventId, itemId);
  if (!scope || !reaches(scope, itemId)) return null;
  const event = { id: scope.eventId };
  const db = await getDb();
  return db
    .select(listed)
    .from(materials)
    .where(and(eq(materials.eventId, event.id), itemId ? eq(materials.agendaItemId, itemId) : isNull(materials.agendaItemId)))
    .orderBy(asc(materials.createdAt), asc(materials.id));
}

type ReleasedFacts = {
  visibility: MaterialVisibility;
  title: string;
  translations: ContentTranslations<"title" | "description" | "place"> | undefined;
  closedDoor: boolean;
  startsAt: string;
};

/**
 * The latest release's items: an item's materials are read at most as openly as the release shows
 * the item. A closed-door item's title is not public, so neither are its materials.
 */
async function releasedItems(db: Executor, eventId: string): Promise<Map<string, ReleasedFacts>> {
  const [latest] = await db
    .select({ id: agendaReleases.id })
    .from(agendaReleases)
    .where(eq(agendaReleases.eventId, eventId))
    .orderBy(desc(agendaReleases.version))
    .limit(1);
  if (!latest) return new Map();
  const rows = await db
    .select({ itemId: agendaReleaseItems.itemId, visibility: agendaReleaseItems.visibility, item: agendaReleaseItems.item })
    .from(agendaReleaseItems)
    .where(eq(agendaReleaseItems.releaseId, latest.id));
  return new Map(
    rows.map((row) => [
      row.itemId,
      {
        visibility: row.visibility,
        title: row.item.title,
        translations: row.item.translations,
        closedDoor: row.item.closedDoor,
        startsAt: String(row.item.startsAt),
      },
    ]),
  );
}

function releasedTo(facts: ReleasedFacts | undefined, audience: "public" | "delegates"): boolean {
  if (!facts || !READABLE[audience].includes(facts.visibility)) return false;
  return audience !== "public" || !facts.closedDoor;
}

const READABLE: Record<"public" | "delegates", MaterialVisibility[]> = { public: ["public"], delegates: ["public", "delegates"] };

/** Whether this delegate is a confirmed member of the event's delegations. */
async function isConfirmedDelegate(db: Executor, viewer: Viewer | null, eventId: string): Promise<boolean> {
  if (viewer?.kind !== "delegate" || viewer.personIds.length === 0) return false;
  const [row] = await db
    .select({ id: delegationMembers.id })
    .from(delegationMembers)
    .where(and(eq(delegationMembers.eventId, eventId), inArray(delegationMembers.personId, viewer.personIds), eq(delegationMembers.status, "confirmed")))
    .limit(1);
  return Boolean(row);
}

async function isEventTeam(db: Executor, viewer: Viewer | null, eventId: string): Promise<boolean> {
  if (viewer?.kind !== "organizer") return false;
  const [row] = await db
    .select({ id: events.id })
    .from(events)
    .innerJoin(initiativeOrganizers, eq(initiativeOrganizers.initiativeId, events.initiativeId))
    .where(and(eq(events.id, eventId), eq(initiativeOrganizers.userId, viewer.userId), inArray(initiativeOrganizers.role, rolesWith("view"))))
    .limit(1);
  return Boolean(row);
}

/**
 * What an audience reads of an event's materials: the event's own, and those of items the latest
 * release shows them, each at most as open as its item. Grouped by item id ("" for the event).
 */
async function readableMaterials(db: Executor, eventId: string, audience: "public" | "delegates") {
  const released = await releasedItems(db, eventId);
  const rows = await db
    .select(listed)
    .from(materials)
    .where(and(eq(materials.eventId, eventId), inArray(materials.visibility, READABLE[audience])))
    .orderBy(asc(materials.createdAt), asc(materials.id));
  const grouped = new Map<string, ListedMaterial[]>();
  for (const row of rows) {
    if (row.agendaItemId && !releasedTo(released.get(row.agendaItemId), audience)) continue;
    const key = row.agendaItemId ?? "";
    const entry: ListedMaterial = { id: row.id, kind: row.kind, title: row.title, url: row.url, fileName: row.fileName, byteSize: row.byteSize };
    grouped.set(key, [...(grouped.get(key) ?? []), entry]);
  }
  return { grouped, released };
}

/** A confirmed delegate's materials of one event (public and delegates), by item id; null for anyone else. */
export async function listMaterialsForDelegate(viewer: Viewer, eventId: string): Promise<Map<string, ListedMaterial[]> | null> {
  if (!isUuid(eventId)) return null;
  const db = await getDb();
  if (!(await isConfirmedDelegate(db, viewer, eventId))) return null;
  return (await readableMaterials(db, eventId, "delegates")).grouped;
}

export type PublicMaterials = {
  event: ListedMaterial[];
  /** Each item's title as the reader gets it (as released); `titleShownIn` names its language when that is not the reader's. */
  items: { itemId: string; title: string; titleShownIn?: string; materials: ListedMaterial[] }[];
};

/**
 * The public's materials of a public (not draft) event: the event's own, then each released
 * public item's, in programme order, titled in `reader`'s language where the release has it.
 */
export async function listPublicMaterials(eventId: string, reader?: string): Promise<PublicMaterials> {
  const db = await getDb();
  const [event] = await db
    .select({ id: events.id, languages: events.languages })
    .from(events)
    .where(and(eq(events.id, eventId), ne(events.status, "draft")));
  if (!event) return { event: [], items: [] };
  const { grouped, released } = await readableMaterials(db, eventId, "public");
  const items = [...grouped.entries()]
    .filter(([itemId]) => itemId !== "")
    .map(([itemId, list]) => {
      const facts = released.get(itemId)!;
      const title = localizedText(facts.title, facts.translations, "title", reader ?? sourceLanguage(event.languages), event.languages);
      return { itemId, title: title.text, ...(title.fallback ? { titleShownIn: title.lang } : {}), startsAt: facts.startsAt, materials: list };
    })
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime() || a.itemId.localeCompare(b.itemId))
    .map(({ startsAt: _startsAt, ...item }) => item);
  return { event: grouped.get("") ?? [], items };
}

export type MaterialDownload = { bytes: Uint8Array; fileName: string; contentType: string; visibility: MaterialVisibility };

/**
 * A file for this viewer, or null (the route answers 404 whatever the reason): public files of a
 * public event (an item's once the latest release shows the item publicly); delegates' files to
 * the event's confirmed delegates and its team; organizers' files to its team only.
 */
export async function getMaterialDownload(viewer: Viewer | null, materialId: string): Promise<MaterialDownload | null> {
  if (!isUuid(materialId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      eventId: materials.eventId,
      itemId: materials.agendaItemId,
      storageKey: materials.storageKey,
      fileName: materials.fileName,
      contentType: materials.contentType,
      visibility: materials.visibility,
      eventStatus: events.status,
    })
    .from(materials)
    .innerJoin(events, eq(events.id, materials.eventId))
    .where(and(eq(materials.id, materialId), eq(materials.kind, "file")))
    .limit(1);
  if (!row?.storageKey || !row.fileName || !row.contentType) return null;
  const allowed = await mayRead(db, viewer, row);
  if (!allowed) return null;
  const bytes = await materialStore().get(row.storageKey);
  return bytes ? { bytes, fileName: row.fileName, contentType: row.contentType, visibility: row.visibility } : null;
}

async function mayRead(
  db: Executor,
  viewer: Viewer | null,
  row: { eventId: string; itemId: string | null; visibility: MaterialVisibility; eventStatus: string },
): Promise<boolean> {
  if (await isEventTeam(db, viewer, row.eventId)) return true;
  if (row.visibility === "organizers") return false;
  const audiences: ("public" | "delegates")[] = [];
  if (row.visibility === "public" && row.eventStatus !== "draft") audiences.push("public");
  if (await isConfirmedDelegate(db, viewer, row.eventId)) audiences.push("delegates");
  if (audiences.length === 0) return false;
  if (!row.itemId) return true;
  const facts = (await releasedItems(db, row.eventId)).get(row.itemId);
  return audiences.some((audience) => releasedTo(facts, audience));
}
