// The check-in screen's sync: POST /api/events/<eventId>/check-ins with what the organizer's phone
// queued ({ ops: [...] }), possibly offline for a while. JSON only, so that a form on another site
// cannot post here (the session cookie is SameSite=Lax too). Idempotent: the phone keeps each
// operation until it gets an answer for it, and sending the same batch twice writes it once.
// 200 { results, checkedIn? } · 401 signed out · 404 not this organizer's event (or a delegate) · 400/413/415 bad input.
import { getViewer } from "@/lib/auth/viewer";
import { getCheckpointList, syncCheckIns } from "@/lib/check-in/queries";
import { checkInSyncInput } from "@/lib/check-in/schema";

const MAX_BODY_BYTES = 256 * 1024;

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request, { params }: RouteContext<"/api/events/[eventId]/check-ins">) {
  const { eventId } = await params;
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) return json(415, { status: "invalid" });
  if (request.headers.get("sec-fetch-site") === "cross-site") return json(403, { status: "notFound" });
  const viewer = await getViewer();
  if (!viewer) return json(401, { status: "signedOut" });
  if (viewer.kind !== "organizer") return json(404, { status: "notFound" });

  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return json(413, { status: "tooLarge" });
  const raw = await request.text();
  if (Buffer.byteLength(raw, "utf8") > MAX_BODY_BYTES) return json(413, { status: "tooLarge" });
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return json(400, { status: "invalid" });
  }
  const parsed = checkInSyncInput.safeParse(body);
  if (!parsed.success) return json(400, { status: "invalid" });

  const results = await syncCheckIns(viewer, eventId, parsed.data);
  if (!results) return json(404, { status: "notFound" });
  // The phone's checkpoint as it is now, with every phone's check-ins (names stay on the phone).
  const list = parsed.data.checkpoint ? await getCheckpointList(viewer, eventId, parsed.data.checkpoint) : null;
  return json(200, { status: "ok", results, ...(list ? { checkedIn: list.checkedIn } : {}) });
}
