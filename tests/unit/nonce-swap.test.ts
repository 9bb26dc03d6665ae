// The production server's nonce swap (scripts/server/nonce-swap.mjs): the stand-in Next.js renders
// with becomes each response's own nonce, wherever the chunks of a streamed page are cut.
import { PassThrough } from "node:stream";
import { ServerResponse, IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { createSwapper, swapNonceInResponse } from "@/scripts/server/nonce-swap.mjs";

const STAND_IN = "S".repeat(16) + "tand+in/ABCDEFGH";
const NONCE = "N".repeat(16) + "once+new/1234567";
const page = `<html><head><script nonce="${STAND_IN}" src="/_next/a.js"></script></head><body><script nonce="${STAND_IN}">self.__next_f=[]</script><p>a &lt;script&gt; typed by someone</p><script>alert(1)</script></body></html>`;

function swapInChunks(text: string, cuts: number[]): string {
  const swapper = createSwapper(STAND_IN, NONCE);
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    parts.push(swapper.push(bytes.subarray(from, cut)));
    from = cut;
  }
  parts.push(swapper.end());
  return Buffer.concat(parts).toString();
}

/** A response with the swap installed, and the raw bytes it sent. */
function swappingResponse() {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  const sink = new PassThrough();
  const received: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => received.push(chunk));
  res.assignSocket(sink as unknown as Socket);
  swapNonceInResponse(res, STAND_IN, NONCE);
  return { res, received };
}

describe("the nonce swap", () => {
  it("gives every script Next.js wrote this response's nonce, and nothing else one", () => {
    const out = swapInChunks(page, []);
    expect(out).not.toContain(STAND_IN);
    expect(out.match(new RegExp(`nonce="${NONCE.replace(/[+/]/g, "\\$&")}"`, "g"))).toHaveLength(2);
    // A script without the stand-in (what an injection would be) stays without a nonce.
    expect(out).toContain("<script>alert(1)</script>");
    expect(out.length).toBe(page.length);
  });

  it("finds the stand-in wherever the chunks are cut, one byte at a time included", () => {
    const expected = swapInChunks(page, []);
    for (let cut = 1; cut < page.length; cut++) expect(swapInChunks(page, [cut]), `cut at ${cut}`).toBe(expected);
    const everyByte = Array.from({ length: page.length - 1 }, (_, index) => index + 1);
    expect(swapInChunks(page, everyByte)).toBe(expected);
  });

  it("holds back only what could be the start of the stand-in, so streamed parts are not delayed", () => {
    const swapper = createSwapper(STAND_IN, NONCE);
    expect(swapper.push(Buffer.from('<script>$RC("B:0","S:0")</script>')).toString()).toBe('<script>$RC("B:0","S:0")</script>');
    expect(swapper.push(Buffer.from('<script nonce="SSSS')).toString()).toBe('<script nonce="');
    expect(swapper.push(Buffer.from("SSSS")).toString()).toBe("");
    expect(swapper.push(Buffer.from("x")).toString()).toBe("SSSSSSSSx");
  });

  it("rewrites the response's headers and body, and keeps the length Next.js announced", async () => {
    const { res, received } = swappingResponse();
    res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${STAND_IN}'`);
    res.setHeader("Content-Length", Buffer.byteLength(page));
    const cut = page.indexOf(STAND_IN) + 5;
    res.write(page.slice(0, cut));
    await new Promise<void>((resolve) => res.end(page.slice(cut), () => resolve()));
    const raw = Buffer.concat(received).toString();
    const [head, body] = raw.split("\r\n\r\n");
    expect(head).toContain(`Content-Security-Policy: script-src 'self' 'nonce-${NONCE}'`);
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(page)}`);
    expect(raw).not.toContain(STAND_IN);
    expect(body).toBe(swapInChunks(page, []));
  });

  it("swaps a whole page given as one string (a page from the cache), in any script, bytes counted right", async () => {
    const { res, received } = swappingResponse();
    const russian = page.replace("typed by someone", "набрал кто-то: Ереван — Баку");
    res.setHeader("Content-Length", Buffer.byteLength(russian));
    await new Promise<void>((resolve) => res.end(russian, () => resolve()));
    const raw = Buffer.concat(received);
    const split = raw.indexOf("\r\n\r\n");
    const body = raw.subarray(split + 4);
    expect(body.length).toBe(Buffer.byteLength(russian));
    expect(body.toString()).toBe(swapInChunks(russian, []));
    expect(body.toString()).toContain("набрал кто-то: Ереван — Баку");
    expect(body.toString()).not.toContain(STAND_IN);
  });
});
