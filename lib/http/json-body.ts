import { readAtMost } from "./action-body";

// The JSON route handlers' input (the record editor's autosave, the check-in sync): JSON only, so
// that a form on another site cannot post there (a form can send no JSON; the session cookie is
// SameSite=Lax too), and a body read at most to its limit, never whole into memory first.

type JsonRequest = { headers: Pick<Headers, "get">; body: ReadableStream<Uint8Array> | null };

/** 415 when the body is not JSON, 403 when the browser says another site sent it; else null. */
export function foreignJsonRefusal(request: Pick<Request, "headers">): 415 | 403 | null {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) return 415;
  if (request.headers.get("sec-fetch-site") === "cross-site") return 403;
  return null;
}

/**
 * The body as parsed JSON, or why not: 413 over `maxBytes` (a declared size over it is refused
 * unread; an undeclared one stops being read at the limit), 400 when it is not UTF-8 JSON.
 */
export async function readJsonBody(request: JsonRequest, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; status: 400 | 413 }> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return { ok: false, status: 413 };
  const bytes = await readAtMost(request.body, maxBytes);
  if (!bytes) return { ok: false, status: 413 };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, status: 400 };
  }
}
