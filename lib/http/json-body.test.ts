import { describe, expect, it } from "vitest";
import { foreignJsonRefusal, readJsonBody } from "./json-body";

/** A request whose body arrives in chunks with no declared size, as a chunked upload does. */
function chunked(chunks: string[], headers: Record<string, string> = {}) {
  const encoder = new TextEncoder();
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled < chunks.length) controller.enqueue(encoder.encode(chunks[pulled++]!));
      else controller.close();
    },
  });
  return { request: { headers: new Headers({ "content-type": "application/json", ...headers }), body }, pulled: () => pulled };
}

describe("foreignJsonRefusal", () => {
  it("refuses what is not JSON (a form from another site can send no JSON) and what the browser says another site sent", () => {
    expect(foreignJsonRefusal({ headers: new Headers({ "content-type": "application/x-www-form-urlencoded" }) })).toBe(415);
    expect(foreignJsonRefusal({ headers: new Headers() })).toBe(415);
    expect(foreignJsonRefusal({ headers: new Headers({ "content-type": "application/json", "sec-fetch-site": "cross-site" }) })).toBe(403);
    expect(foreignJsonRefusal({ headers: new Headers({ "content-type": "Application/JSON; charset=utf-8", "sec-fetch-site": "same-origin" }) })).toBeNull();
  });
});

describe("readJsonBody", () => {
  it("parses a body within the limit", async () => {
    expect(await readJsonBody(chunked(['{"ops":', "[1,2]}"]).request, 100)).toEqual({ ok: true, value: { ops: [1, 2] } });
  });

  it("refuses a declared size over the limit unread", async () => {
    const { request } = chunked(["{}"], { "content-length": "101" });
    expect(await readJsonBody(request, 100)).toEqual({ ok: false, status: 413 });
    expect(request.body.locked).toBe(false);
  });

  it("stops reading an undeclared body at the limit instead of holding all of it", async () => {
    const { request, pulled } = chunked(Array.from({ length: 50 }, () => "x".repeat(40)));
    expect(await readJsonBody(request, 100)).toEqual({ ok: false, status: 413 });
    expect(pulled()).toBeLessThan(5);
  });

  it("answers 400 to a body that is not JSON or not UTF-8", async () => {
    expect(await readJsonBody(chunked(["{not json"]).request, 100)).toEqual({ ok: false, status: 400 });
    const latin1 = { headers: new Headers({ "content-type": "application/json" }), body: new Blob([new Uint8Array([0x22, 0xe9, 0x22])]).stream() };
    expect(await readJsonBody(latin1, 100)).toEqual({ ok: false, status: 400 });
  });
});
