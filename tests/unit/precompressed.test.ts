// The production server's handling of bodies compressed once and kept (scripts/server/precompressed.mjs):
// Next.js drops a route handler's Content-Encoding, so the server restores it from the handler's
// own header, and neither its compression nor its nonce swap touches the body.
import { gunzipSync, gzipSync } from "node:zlib";
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import compression from "next/dist/compiled/compression/index.js";
import { PRECOMPRESSED_HEADER as LIB_HEADER } from "@/lib/http/precompressed";
import { swapNonceInResponse } from "@/scripts/server/nonce-swap.mjs";
import { PRECOMPRESSED_HEADER, restorePrecompressed } from "@/scripts/server/precompressed.mjs";

const STAND_IN = "S".repeat(16) + "tand+in/ABCDEFGH";
const NONCE = "N".repeat(16) + "once+new/1234567";

/** A response through the production server's layers (scripts/server.mjs), and the raw bytes it sent. */
function serverResponse(acceptEncoding: string) {
  const req = new IncomingMessage(new Socket());
  req.headers["accept-encoding"] = acceptEncoding;
  req.method = "GET";
  const res = new ServerResponse(req);
  const sink = new PassThrough();
  const received: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => received.push(chunk));
  res.assignSocket(sink as unknown as Socket);
  compression()(req, res, () => {});
  let precompressed = false;
  swapNonceInResponse(res, STAND_IN, NONCE, () => precompressed);
  restorePrecompressed(res, () => {
    precompressed = true;
  });
  const sent = async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const raw = Buffer.concat(received);
    const split = raw.indexOf("\r\n\r\n");
    return { head: raw.subarray(0, split).toString(), body: raw.subarray(split + 4) };
  };
  return { res, sent };
}

function unchunked(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf("\r\n", at);
    const size = parseInt(body.subarray(at, lineEnd).toString(), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

describe("bodies compressed once", () => {
  it("go out as they are, with Content-Encoding restored and the handler's own header gone", async () => {
    // The stand-in inside the document: were the body swapped or compressed again, this would show.
    const xml = `<feed><title>${STAND_IN}</title>${"<entry>Statement</entry>".repeat(200)}</feed>`;
    const gzipped = gzipSync(xml);
    const { res, sent } = serverResponse("gzip, deflate, br");
    res.setHeader("Content-Type", "application/atom+xml; charset=utf-8");
    res.appendHeader(PRECOMPRESSED_HEADER, "gzip");
    res.end(gzipped);
    const { head, body } = await sent();
    expect(head).toMatch(/^Content-Encoding: gzip$/im);
    expect(head).not.toContain(PRECOMPRESSED_HEADER);
    const bytes = /^Transfer-Encoding: chunked$/im.test(head) ? unchunked(body) : body;
    expect(Buffer.compare(bytes, gzipped)).toBe(0);
    expect(gunzipSync(bytes).toString()).toBe(xml);
  });

  it("leave every other response to the compression and the nonce swap", async () => {
    const page = `<html><script nonce="${STAND_IN}"></script>${"<p>text</p>".repeat(200)}</html>`;
    const { res, sent } = serverResponse("gzip");
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(page);
    const { head, body } = await sent();
    expect(head).toMatch(/^Content-Encoding: gzip$/im);
    const html = gunzipSync(/^Transfer-Encoding: chunked$/im.test(head) ? unchunked(body) : body).toString();
    expect(html).toContain(`nonce="${NONCE}"`);
    expect(html).not.toContain(STAND_IN);
  });

  it("name the same header in the app and in the server", () => {
    expect(LIB_HEADER).toBe(PRECOMPRESSED_HEADER);
  });
});
