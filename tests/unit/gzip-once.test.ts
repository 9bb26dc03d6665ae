// Whole pages gzipped once per content (scripts/server/gzip-once.mjs), through the server's real
// layers (scripts/server/request-listener.mjs: compression, nonce swap) with a stand-in for
// Next.js: from a content's second response on, the compressed bytes are made once and each
// response gets its own nonce in them; a response only ever gets its own content; anything that is
// not a whole HTML page to a client taking gzip is compressed per response as before.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import compression from "next/dist/compiled/compression/index.js";
import { createGzipOnce, type GzipOnce } from "@/scripts/server/gzip-once.mjs";
import { createPublicPageCopies } from "@/scripts/server/public-page-copies.mjs";
import { createRequestListener } from "@/scripts/server/request-listener.mjs";

const STAND_IN = "S".repeat(16) + "tand+in/ABCDEFGH";
let nonceCount = 0;
const nonceOf = () => `nonce-${String(++nonceCount).padStart(26, "0")}`;

/** A delegate's page as Next.js sends it from the cache: one string, the stand-in in its scripts. */
const pageOf = (who: string) =>
  `<html><script nonce="${STAND_IN}">self.__next_f=[]</script><h1>Расписание: ${who}</h1>${"<li>Сессия</li>".repeat(300)}<script nonce="${STAND_IN}">self.__next_f.push([1,"${who}"])</script></html>`;

function nextStandIn(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://localhost");
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${STAND_IN}' 'strict-dynamic'`);
  res.setHeader("Content-Type", url.pathname === "/json" ? "application/json" : "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "private, no-store");
  if (url.pathname === "/missing") res.statusCode = 404;
  if (url.pathname === "/streamed") {
    res.write(pageOf("streamed").slice(0, 500));
    res.end(pageOf("streamed").slice(500));
    return;
  }
  if (url.pathname === "/json") res.end(JSON.stringify({ page: pageOf("json") }));
  else if (url.pathname === "/large")
    res.end(pageOf("large") + "<p>Приложение</p>".repeat(40_000)); // 1.2 MB
  else res.end(pageOf(url.pathname.slice(1)));
}

let server: Server;
let origin = "";
let gzipOnce: GzipOnce;

beforeEach(async () => {
  gzipOnce = createGzipOnce();
  const listener = createRequestListener(nextStandIn, {
    compress: compression(),
    template: STAND_IN,
    nonceOf,
    pageCopies: createPublicPageCopies({ locales: [] }),
    gzipOnce,
  });
  server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A request as a browser makes it (fetch takes gzip and decodes it, checking its checksum). */
async function load(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(origin + path, { headers });
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1] ?? "";
  const text = await response.text();
  return { response, text, nonce, once: response.headers.get("content-length") !== null && response.headers.get("content-encoding") === "gzip" };
}

describe("whole pages gzipped once per content", () => {
  it("from a content's second response on: the same page, this response's nonce, one checksum-valid gzip", async () => {
    const first = await load("/delegate-a");
    expect(first.once).toBe(false);
    expect(first.response.headers.get("content-encoding")).toBe("gzip");
    for (let n = 0; n < 3; n++) {
      const later = await load("/delegate-a");
      expect(later.once).toBe(true);
      expect(later.nonce).not.toBe(first.nonce);
      expect(later.text).toBe(pageOf("delegate-a").split(STAND_IN).join(later.nonce));
      expect(later.response.headers.get("vary")).toBe("Accept-Encoding");
      expect(later.response.headers.get("cache-control")).toBe("private, no-store");
    }
    expect(gzipOnce.size()).toBe(1);
  });

  it("gives each response its own content only, two delegates' pages alternating", async () => {
    for (let round = 0; round < 3; round++) {
      for (const who of ["delegate-a", "delegate-b"]) {
        const page = await load(`/${who}`);
        expect(page.text).toBe(pageOf(who).split(STAND_IN).join(page.nonce));
        expect(page.once).toBe(round > 0);
      }
    }
  });

  it("leaves to the per-response compression a streamed page, another type, an error page, a page over 1 MB, and a client taking no gzip", async () => {
    for (let n = 0; n < 3; n++) {
      const streamed = await load("/streamed");
      expect(streamed.once).toBe(false);
      expect(streamed.text).toBe(pageOf("streamed").split(STAND_IN).join(streamed.nonce));
      expect((await load("/json")).once).toBe(false);
      const missing = await load("/missing");
      expect(missing.response.status).toBe(404);
      expect(missing.once).toBe(false);
      const large = await load("/large");
      expect(large.once).toBe(false);
      expect(large.text.length).toBeGreaterThan(600_000);
      const plain = await load("/delegate-c", { "Accept-Encoding": "identity" });
      expect(plain.response.headers.get("content-encoding")).toBeNull();
      expect(plain.text).toBe(pageOf("delegate-c").split(STAND_IN).join(plain.nonce));
    }
    expect(gzipOnce.size()).toBe(0);
  });
});
