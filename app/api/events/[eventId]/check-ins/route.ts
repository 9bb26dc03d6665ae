// The check-in screen's sync: POST /api/events/<eventId>/check-ins with what the organizer's phone
// queued ({ ops: [...] }), possibly offline for a while. JSON only, so that a form on another site
// cannot post here (the session cookie is SameSite=Lax too). Idempotent: the phone keeps each
// operation until it gets an answer for it, and sending the same batch twice writes it once.
// 200 { results, checkedIn? } · 401 signed out · 404 not this organizer's event (or a delegate) · 400/413/415 bad input.
import { getViewer } from "@/lib/auth/viewer";
import { foreignJsonRefusal, readJsonBody } from "@/lib/http/json-body";
import { getCheckpointList, syncCheckIns } from "@/lib/check-in/queries";
import { checkInSyncInput } from "@/lib/check-in/schema";

const MAX_BODY_BYTES = 256 * 1024;

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request, { params }: RouteContext<"/api/events/[eventId]/check-ins">) {
  const { eventId } = await params;
  const foreign = foreignJsonRefusal(request);
  if (foreign) return json(foreign, { status: foreign === 415 ? "invalid" : "notFound" });
  const viewer = await getViewer();
  if (!viewer) return json(401, { status: "signedOut" });
  if (viewer.kind !== "organizer") return json(404, { status: "notFound" });

  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return json(body.status, { status: body.status === 413 ? "tooLarge" : "invalid" });
  const parsed = checkInSyncInput.safeParse(body.value);
  if (!parsed.success) return json(400, { status: "invalid" });

  const results = await syncCheckIns(viewer, eventId, parsed.data);
  if (!results) return json(404, { status: "notFound" });
  // The phone's checkpoint as it is now, with every phone's check-ins (names stay on the phone).
  const list = parsed.data.checkpoint ? await getCheckpointList(viewer, eventId, parsed.data.checkpoint) : null;
  return json(200, { status: "ok", results, ...(list ? { checkedIn: list.checkedIn } : {}) });
}
