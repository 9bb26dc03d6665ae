// The record editor's autosave: PUT /api/records/<agendaItemId> with one save as JSON
// ({ baseVersion, saveId, draft }). JSON only, so that a form on another site cannot post here;
// the session cookie is SameSite=Lax too. Answers in JSON with a status the editor acts on:
// 200 saved · 409 conflict (with what is saved now) · 423 final · 401 signed out · 404 · 400/413 bad input.
import { getViewer } from "@/lib/auth/viewer";
import { recordSaveInput } from "@/lib/records/draft";
import { attributionWarnings } from "@/lib/records/queries";
import { saveRecord } from "@/lib/records/save";
import { getRecordScope } from "@/lib/records/scope";

const MAX_BODY_BYTES = 512 * 1024;

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function PUT(request: Request, { params }: RouteContext<"/api/records/[itemId]">) {
  const { itemId } = await params;
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) return json(415, { status: "invalid" });
  if (request.headers.get("sec-fetch-site") === "cross-site") return json(403, { status: "notFound" });
  const viewer = await getViewer();
  if (!viewer) return json(401, { status: "signedOut" });

  // A declared size over the limit is refused unread; the body itself is measured in bytes.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return json(413, { status: "tooLarge" });
  const raw = await request.text();
  if (Buffer.byteLength(raw, "utf8") > MAX_BODY_BYTES) return json(413, { status: "tooLarge" });
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return json(400, { status: "invalid" });
  }
  const parsed = recordSaveInput.safeParse(body);
  if (!parsed.success) return json(400, { status: "invalid" });

  const outcome = await saveRecord(viewer, itemId, parsed.data);
  switch (outcome.kind) {
    case "notFound":
      return json(404, { status: "notFound" });
    case "final":
      return json(423, { status: "final", version: outcome.version });
    case "conflict":
      return json(409, { status: "conflict", version: outcome.version, draft: outcome.draft, savedAt: outcome.savedAt, savedBy: outcome.savedBy });
    case "saved": {
      const scope = await getRecordScope(viewer, itemId);
      const warnings = scope?.closedDoor ? await attributionWarnings(scope.eventId, parsed.data.draft) : [];
      return json(200, { status: "saved", version: outcome.version, savedAt: outcome.savedAt, replayed: outcome.replayed, warnings });
    }
  }
}
