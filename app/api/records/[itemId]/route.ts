// The record editor's autosave: PUT /api/records/<agendaItemId> with one save as JSON
// ({ baseVersion, saveId, draft }). JSON only, so that a form on another site cannot post here;
// the session cookie is SameSite=Lax too. Answers in JSON with a status the editor acts on:
// 200 saved · 409 conflict (with what is saved now) · 423 final · 401 signed out · 404 · 400/413 bad input.
import { getViewer } from "@/lib/auth/viewer";
import { foreignJsonRefusal, readJsonBody } from "@/lib/http/json-body";
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
  const foreign = foreignJsonRefusal(request);
  if (foreign) return json(foreign, { status: foreign === 415 ? "invalid" : "notFound" });
  const viewer = await getViewer();
  if (!viewer) return json(401, { status: "signedOut" });

  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return json(body.status, { status: body.status === 413 ? "tooLarge" : "invalid" });
  const parsed = recordSaveInput.safeParse(body.value);
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
