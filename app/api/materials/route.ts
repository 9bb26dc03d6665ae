// Adding, editing and deleting materials: POST /api/materials?event=<id>[&item=<id>]&locale=<l>,
// a plain multipart form (works without JavaScript), answered with a 303 back to the screen it came
// from, carrying the outcome (and what was typed) in the query. A route handler rather than a server
// action because files go up to MATERIALS_MAX_MB, past the 1 MB that server action bodies are
// held to (lib/http/action-body.ts). Who asks is checked here and again in the data layer: the
// event's team (every material), or whoever writes an agenda item's record (that item's).
import { markCachedViewsChanged } from "@/lib/cache/cached-view-generation";
import { z } from "zod";
import { locales, type Locale } from "@/i18n/routing";
import { getViewer } from "@/lib/auth/viewer";
import { applyRefresh, PUBLIC_PAGES } from "@/lib/actions/refresh";
import { addFileMaterial, addLinkMaterial, deleteMaterial, materialScope, updateMaterial, type MaterialRefusal } from "@/lib/materials/queries";
import { CEILING_BYTES, checkSize, maxBytesFrom } from "@/lib/materials/rules";
import { fileMaterialInput, linkMaterialInput, materialEditInput } from "@/lib/materials/schema";
import { isUuid } from "@/lib/uuid";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** Fields of the form that go back into it after a refusal (never the file). */
const ECHOED = ["title", "visibility", "url", "op", "materialId"] as const;

/** A form posted from this site: no Origin (an old browser), or one naming this host. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}

/** What a saved material changes: the public pages, and the delegates' schedules kept in the cache. */
async function refreshAfterWrite(): Promise<void> {
  applyRefresh([PUBLIC_PAGES]);
  await markCachedViewsChanged();
}

export async function POST(request: Request) {
  const query = new URL(request.url).searchParams;
  const eventId = query.get("event") ?? "";
  const itemId = query.get("item") || null;
  const locale = (locales as readonly string[]).includes(query.get("locale") ?? "") ? (query.get("locale") as Locale) : "en";
  if (!isUuid(eventId) || (itemId !== null && !isUuid(itemId))) return notFound();
  // A form of another site must not act with this browser's session (the cookie is SameSite=Lax too).
  if (request.headers.get("sec-fetch-site") === "cross-site") return notFound();
  if (!sameOrigin(request)) return notFound();

  const viewer = await getViewer();
  if (!viewer) return Response.redirect(new URL(`/${locale}/sign-in`, request.url), 303);
  // The team manages every material of the event; whoever writes an item's record, that item's.
  const scope = await materialScope(viewer, eventId, itemId);
  if (!scope) return notFound();

  const back = (params: Record<string, string | undefined>) => {
    // Back to the screen the form is on: the team's event or item page, or the rapporteur's record.
    const path = scope.itemId === null ? `/${locale}/organize/events/${eventId}${itemId ? `/agenda/${itemId}` : ""}` : `/${locale}/records/${scope.itemId}`;
    const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined));
    return new Response(null, { status: 303, headers: { Location: `${path}?${search}#materials`, "Cache-Control": "no-store" } });
  };
  const refused = (result: Pick<MaterialRefusal, "reason" | "field" | "values">, form?: FormData) => {
    const typed = Object.fromEntries(ECHOED.map((name) => [name, typeof form?.get(name) === "string" ? (form.get(name) as string).slice(0, 500) : undefined]));
    return back({ ...typed, materialError: result.reason, materialField: result.field, ...result.values });
  };

  // A body over what any configuration allows is not read: its declared size is enough to answer.
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > CEILING_BYTES + 1024 * 1024) return refused({ ...checkSize(declared, maxBytesFrom(process.env))!, field: "file" });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refused(declared > maxBytesFrom(process.env) ? { ...checkSize(declared, maxBytesFrom(process.env))!, field: "file" } : { reason: "errors.form" });
  }
  const fields = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const invalid = (error: z.ZodError) => {
    const [field, messages] = Object.entries(z.flattenError(error).fieldErrors)[0] ?? [];
    const message = (messages as string[] | undefined)?.[0];
    return refused({ reason: message ? `errors.${message}` : "errors.form", field }, form);
  };

  switch (fields.op) {
    case "file": {
      const parsed = fileMaterialInput.safeParse({ ...fields, itemId: itemId ?? "" });
      if (!parsed.success) return invalid(parsed.error);
      const file = form.get("file");
      if (!(file instanceof File) || (file.size === 0 && !file.name)) return refused({ reason: "materials.chooseFile", field: "file" }, form);
      const result = await addFileMaterial(viewer, eventId, parsed.data, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
      if (!result.ok) return refused(result, form);
      await refreshAfterWrite();
      return back({ materialDone: "materials.added" });
    }
    case "link": {
      const parsed = linkMaterialInput.safeParse({ ...fields, itemId: itemId ?? "" });
      if (!parsed.success) return invalid(parsed.error);
      const result = await addLinkMaterial(viewer, eventId, parsed.data);
      if (!result.ok) return refused(result, form);
      await refreshAfterWrite();
      return back({ materialDone: "materials.added" });
    }
    case "update": {
      const parsed = materialEditInput.safeParse(fields);
      if (!parsed.success) return invalid(parsed.error);
      const result = await updateMaterial(viewer, eventId, fields.materialId ?? "", parsed.data);
      if (!result.ok) return refused(result, form);
      await refreshAfterWrite();
      return back({ materialDone: "materials.saved" });
    }
    case "delete": {
      const result = await deleteMaterial(viewer, eventId, fields.materialId ?? "");
      if (!result.ok) return refused(result, form);
      await refreshAfterWrite();
      return back({ materialDone: "materials.deleted" });
    }
    default:
      return refused({ reason: "errors.form" }, form);
  }
}
