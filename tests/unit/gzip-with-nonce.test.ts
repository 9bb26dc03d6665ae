// A page compressed once, sent with a new nonce each time (scripts/server/gzip-with-nonce.mjs): what
// a client decompresses must be the page with that nonce, byte for byte, wherever the stand-in
// stood, and the gzip checksum must hold (zlib refuses a body whose CRC or length is wrong).
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipWithNonce, prepareGzipWithNonce } from "@/scripts/server/gzip-with-nonce.mjs";

const STAND_IN = "S".repeat(16) + "tand+in/ABCDEFGH";
const nonce = (n: number) => `nonce+${String(n).padStart(22, "0")}/xyz`;
const page = (parts: string[]) => parts.join(STAND_IN);

describe("a page gzipped once for every nonce", () => {
  const cases: Record<string, string> = {
    "no nonce at all": "<p>Программа дня</p>".repeat(50),
    "nonces in the head and at the end": page([
      '<html><head><script nonce="',
      `">self.__next_f=[]</script></head><body>${"<p>Делегация Армении, Azərbaycan nümayəndə heyəti</p>".repeat(200)}<script nonce="`,
      '">self.__next_f.push([1,"x"])</script></body></html>',
    ]),
    "a nonce first, two side by side, a nonce last": page(["", "<script nonce='", "", "'>", "x".repeat(5000), ""]),
    "a page far longer than deflate's window": page(
      Array.from({ length: 40 }, (_, n) => `<section>${`Пункт ${n} повестки дня. `.repeat(400)}</section><script nonce="`),
    ),
    "nonces further apart than deflate refers back": page(["<head>", `<main>${"Ереван — Баку. ".repeat(5000)}</main>`, "x".repeat(40_000), "</html>"]),
    "a page holding a control byte (nonces stored each time)": page(["<script nonce='", "'>\u0001 \u0002", "</script>".repeat(100)]),
  };

  for (const [name, body] of Object.entries(cases)) {
    it(`decompresses to the page with this response's nonce: ${name}`, () => {
      const prepared = prepareGzipWithNonce(body, STAND_IN)!;
      expect(prepared).not.toBeNull();
      for (const n of [1, 2]) {
        const sent = gzipWithNonce(prepared, nonce(n));
        expect(gunzipSync(sent).toString("utf8")).toBe(body.split(STAND_IN).join(nonce(n)));
      }
    });
  }

  it("leaves the prepared page as it was (each response writes into its own bytes)", () => {
    const body = cases["nonces in the head and at the end"]!;
    const prepared = prepareGzipWithNonce(body, STAND_IN)!;
    const before = Buffer.from(prepared.gzipped);
    gzipWithNonce(prepared, nonce(7));
    expect(prepared.gzipped.equals(before)).toBe(true);
    expect(gunzipSync(gzipWithNonce(prepared, nonce(8))).toString("utf8")).not.toContain(nonce(7));
  });

  it("compresses as well as gzip does for each response: later nonces are copies of the first", () => {
    for (const name of ["nonces in the head and at the end", "a page far longer than deflate's window"]) {
      const body = cases[name]!;
      const prepared = prepareGzipWithNonce(body, STAND_IN)!;
      expect(prepared.nonceAt, name).toHaveLength(1);
      const once = gzipWithNonce(prepared, nonce(3)).length;
      const each = gzipSync(body.split(STAND_IN).join(nonce(3))).length;
      expect(once, name).toBeLessThan(each * 1.02 + 64); // the stored nonce and the flush: some 60 bytes
    }
    // Stored again, more than deflate's window after the last; every one where copies cannot be made.
    expect(prepareGzipWithNonce(cases["nonces further apart than deflate refers back"]!, STAND_IN)!.nonceAt).toHaveLength(3);
    expect(prepareGzipWithNonce(cases["a page holding a control byte (nonces stored each time)"]!, STAND_IN)!.nonceAt).toHaveLength(2);
  });

  it("prepares no page it cannot, and refuses a nonce of another length than the stand-in's", () => {
    // A control byte rules out copies, a NUL byte the stored way's dictionary: compressed per response instead.
    expect(prepareGzipWithNonce(page(["<p>\u0000\u0001</p><script nonce='", "'></script>"]), STAND_IN)).toBeNull();
    const prepared = prepareGzipWithNonce(page(["a", "b"]), STAND_IN)!;
    expect(() => gzipWithNonce(prepared, "short")).toThrow(/as long as the stand-in/);
  });
});
