import { describe, expect, it } from "vitest";
import { actionBodyRefusal, decodedAsAction, MAX_ACTION_BODY_BYTES, MAX_EXPANDED_SLOTS } from "./action-body";

const ORIGIN = "http://localhost:3000";

/** A server action call as a page's script sends it, with the body and content type given. */
function call(body: BodyInit | null, contentType = "text/plain;charset=UTF-8", extra: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/en/sign-in`, {
    method: "POST",
    headers: { "Next-Action": "7f00", Origin: ORIGIN, ...(contentType ? { "Content-Type": contentType } : {}), ...extra },
    body,
  });
}

/** Fields in the order given: a list of pairs where order matters (an object puts "0" before "1"). */
function multipart(boundary: string, fields: Record<string, string | Uint8Array> | [string, string | Uint8Array][]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields)) {
    chunks.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`));
    chunks.push(typeof value === "string" ? encoder.encode(value) : value, encoder.encode("\r\n"));
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

const FORM = "multipart/form-data; boundary=rt";
const malformed = { status: 400, reason: "malformedBody" };
const tooLarge = { status: 413, reason: "bodyTooLarge" };

/** A body sent in chunks with no Content-Length, as a client streaming it would. */
function streamed(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, size - sent)).fill(0x61);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe("which requests Next.js decodes as a server action", () => {
  it("a POST with Next-Action, or a multipart form POST without it; nothing else", () => {
    expect(decodedAsAction(call("[]"))).toBe(true);
    expect(decodedAsAction(new Request(ORIGIN, { method: "POST", headers: { "Content-Type": FORM }, body: "" }))).toBe(true);
    expect(decodedAsAction(new Request(ORIGIN, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }))).toBe(false);
    expect(decodedAsAction(new Request(ORIGIN, { headers: { "Next-Action": "7f00" } }))).toBe(false);
  });
});

describe("server action bodies Next.js would fail to decode are refused", () => {
  it("over 1 MB: 413, by its declared length or by what arrives", async () => {
    const big = `["${"a".repeat(MAX_ACTION_BODY_BYTES)}"]`;
    expect(await actionBodyRefusal(call(big))).toEqual(tooLarge);
    const undeclared = new Request(`${ORIGIN}/en`, {
      method: "POST",
      headers: { "Next-Action": "7f00", "Content-Type": FORM },
      body: streamed(MAX_ACTION_BODY_BYTES + 1),
      duplex: "half",
    } as RequestInit);
    expect(undeclared.headers.get("content-length")).toBeNull();
    expect(await actionBodyRefusal(undeclared)).toEqual(tooLarge);
  });

  it("arguments truncated, not UTF-8, not JSON, empty or not a list: 400", async () => {
    for (const body of [
      `[${"1,".repeat(1000)}1]`,
      '[{"status":"id',
      new Uint8Array([0x5b, 0x22, 0xc3]),
      new Uint8Array([0xff, 0xfe]),
      "{not json",
      "",
      '"x"',
      "5",
      "null",
    ]) {
      expect(await actionBodyRefusal(call(body)), String(body)).toEqual(malformed);
    }
  });

  it("references to parts that were never sent, and nesting deep enough to overflow: 400", async () => {
    for (const body of ['["$Q9"]', '["$@7"]', '["$1"]', '["$h2"]', '["$B3"]', '["$zz"]', `${"[".repeat(200)}${"]".repeat(200)}`]) {
      expect(await actionBodyRefusal(call(body)), body).toEqual(malformed);
    }
    // Values React cannot build: a bigint that is not digits or over 300 of them, a path to nowhere.
    for (const body of ['["$nzz"]', `["$n${"9".repeat(301)}"]`, '[{"a":1},"$0:9:zz"]', '[{"a":1},"$0:0:__proto__"]']) {
      expect(await actionBodyRefusal(call(body)), body.slice(0, 40)).toEqual(malformed);
    }
    // Binary data sent as text, and a server reference that is not one.
    expect(
      await actionBodyRefusal(
        call(
          multipart("rt", [
            ["1", "not binary"],
            ["0", '["$A1"]'],
          ]),
          FORM,
        ),
      ),
    ).toEqual(malformed);
    expect(
      await actionBodyRefusal(
        call(
          multipart("rt", [
            ["1", '"nope"'],
            ["0", '["$h1"]'],
          ]),
          FORM,
        ),
      ),
    ).toEqual(malformed);
    // A Map that is not a list of pairs, a Set or iterator that is not a list, an Int32Array of 3 bytes.
    const shapes: [string, string][] = [
      ["$Q1", "5"],
      ["$Q1", "[1,2]"],
      ["$W1", '{"x":1}'],
      ["$i1", '"abc"'],
    ];
    for (const [reference, part] of shapes) {
      const body = multipart("rt", [
        ["1", part],
        ["0", `["${reference}"]`],
      ]);
      expect(await actionBodyRefusal(call(body, FORM)), `${reference} ${part}`).toEqual(malformed);
    }
    const threeBytes = new Uint8Array(
      Buffer.from(
        '--rt\r\nContent-Disposition: form-data; name="1"; filename="blob"\r\n\r\nabc\r\n--rt\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$L1"]\r\n--rt--\r\n',
      ),
    );
    expect(await actionBodyRefusal(call(threeBytes, FORM))).toEqual(malformed);
    // A part the root refers to that arrives after it: Next.js decodes as the body streams in.
    expect(await actionBodyRefusal(call(multipart("rt", { "0": '["$Q1"]', "1": '[["k",1]]' }), FORM))).toEqual(malformed);
    // A model part that is there but is not JSON.
    expect(
      await actionBodyRefusal(
        call(
          multipart("rt", [
            ["1", "{cut"],
            ["0", '["$1"]'],
          ]),
          FORM,
        ),
      ),
    ).toEqual(malformed);
  });

  it("references that would expand past React's limit (#13): 400, however small the body", async () => {
    const list = (length: number, entry: string) => `[${Array.from({ length }, () => JSON.stringify(entry)).join(",")}]`;
    // One list of 1,000 referred to 1,000 times: 23 KB that React would count as a million slots.
    const repeated = multipart("rt", [
      ["1", list(1000, "x")],
      ["0", list(1000, "$1")],
    ]);
    expect(repeated.byteLength).toBeLessThan(30_000);
    expect(await actionBodyRefusal(call(repeated, FORM))).toEqual(malformed);
    // A chain: each part ten references to the one before, six deep (10^6), a few hundred bytes.
    const chain: [string, string][] = [["1", list(10, "x")]];
    for (let part = 2; part <= 6; part++) chain.push([String(part), list(10, `$${part - 1}`)]);
    chain.push(["0", list(10, "$6")]);
    expect(await actionBodyRefusal(call(multipart("rt", chain), FORM))).toEqual(malformed);
    // Inside the one text body: references back into the arguments, each doubling what React counts.
    expect(await actionBodyRefusal(call(`[${list(1000, "x")},${Array.from({ length: 12 }, () => '"$0:0"').join(",")}]`))).toEqual(malformed);
    // No references at all: a list of two whose string alone passes the limit.
    expect(await actionBodyRefusal(call(`["${"a".repeat(MAX_EXPANDED_SLOTS)}","b"]`))).toEqual(malformed);
    // The same through a form posted without JavaScript: its bound arguments are a reply too.
    const bound = multipart("rt", {
      $ACTION_REF_1: "",
      "$ACTION_1:0": '{"id":"7f00","bound":"$@2"}',
      "$ACTION_1:1": list(1000, "x"),
      "$ACTION_1:2": list(1000, "$1"),
    });
    expect(await actionBodyRefusal(new Request(`${ORIGIN}/en`, { method: "POST", headers: { "Content-Type": FORM }, body: bound }))).toEqual(malformed);
  });

  it("garbage, truncated or boundary-less multipart, or a call without its arguments part: 400", async () => {
    const whole = multipart("rt", { "0": '[{"status":"idle"},"$K1"]', "1_email": "a@example.org" });
    expect(await actionBodyRefusal(call("garbage--rt\r\nno", FORM))).toEqual(malformed);
    expect(await actionBodyRefusal(call(whole.subarray(0, whole.length - 20), FORM))).toEqual(malformed);
    expect(await actionBodyRefusal(call(whole, "multipart/form-data"))).toEqual(malformed);
    expect(await actionBodyRefusal(call(multipart("rt", { "1_email": "a@example.org" }), FORM))).toEqual(malformed);
    // Without Next-Action (a form posted without JavaScript) the body must still parse.
    const noScript = new Request(`${ORIGIN}/en/sign-in`, { method: "POST", headers: { "Content-Type": FORM }, body: "garbage" });
    expect(await actionBodyRefusal(noScript)).toEqual(malformed);
  });

  it("a form posted without JavaScript whose bound action is not JSON or names parts never sent: 400", async () => {
    for (const bound of ["[{bad", '["$Q5"]']) {
      const body = multipart("rt", { $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"7f00","bound":"$@1"}', "$ACTION_1:1": bound, email: "a@example.org" });
      const noScript = new Request(`${ORIGIN}/en/sign-in`, { method: "POST", headers: { "Content-Type": FORM }, body });
      expect(await actionBodyRefusal(noScript), bound).toEqual(malformed);
    }
    const missing = multipart("rt", { $ACTION_REF_2: "", "$ACTION_1:0": "{}" });
    expect(await actionBodyRefusal(new Request(`${ORIGIN}/en`, { method: "POST", headers: { "Content-Type": FORM }, body: missing }))).toEqual(malformed);
  });
});

describe("well-formed calls go through untouched", () => {
  it("a form, text arguments with self-contained values, escaped dollars and parts that were sent", async () => {
    const form = multipart("rt", { "0": '[{"status":"idle"},"$K1"]', "1_email": "a@example.org", "1_note": "$5 at the door, мир" });
    expect(await actionBodyRefusal(call(form, FORM))).toBeNull();
    expect(await actionBodyRefusal(call('[{"status":"idle"},"$undefined","$$5","$D2026-05-01T00:00:00.000Z","$n12","$NaN","$-0","$T"]'))).toBeNull();
    // Outlined parts come before the parts that refer to them, the root last, as React writes them.
    const outlined = multipart("rt", [
      ["2", '"v"'],
      ["1", '[["k","$2"]]'],
      ["10", "{}"],
      ["0", '["$Q1","$a"]'],
    ]);
    expect(await actionBodyRefusal(call(outlined, FORM))).toBeNull();
    expect(await actionBodyRefusal(call(`["$n-${"9".repeat(300)}"]`))).toBeNull();
    // A blob (a file part) before the root that refers to it.
    const blob = new Uint8Array(
      Buffer.from(
        '--rt\r\nContent-Disposition: form-data; name="1"; filename="blob"\r\nContent-Type: application/octet-stream\r\n\r\nabc\r\n' +
          '--rt\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$B1"]\r\n--rt--\r\n',
      ),
    );
    expect(await actionBodyRefusal(call(blob, FORM))).toBeNull();
    // A reference back to the root (React writes repeated objects so).
    expect(await actionBodyRefusal(call('[{"a":1},"$0:0"]'))).toBeNull();
    // A form posted without JavaScript: Next.js finds the action in its fields.
    const noScript = new Request(`${ORIGIN}/en/sign-in`, {
      method: "POST",
      headers: { "Content-Type": FORM },
      body: multipart("rt", { $ACTION_ID_7f00: "", email: "a@example.org" }),
    });
    expect(await actionBodyRefusal(noScript)).toBeNull();
    const bound = multipart("rt", { $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"7f00","bound":"$@1"}', "$ACTION_1:1": '["event-1"]', $ACTION_KEY: "k0" });
    expect(await actionBodyRefusal(new Request(`${ORIGIN}/en`, { method: "POST", headers: { "Content-Type": FORM }, body: bound }))).toBeNull();
  });

  it("references within React's limit, and large values that references do not repeat", async () => {
    const list = (length: number, entry: string) => `[${Array.from({ length }, () => JSON.stringify(entry)).join(",")}]`;
    // A part referred to many times, as long as the whole stays under the limit (1,000 × 101 slots).
    const repeated = multipart("rt", [
      ["1", list(100, "x")],
      ["0", list(1000, "$1")],
    ]);
    expect(await actionBodyRefusal(call(repeated, FORM))).toBeNull();
    // A form's fields are not counted: React gathers them into a FormData, not a list.
    const upload = multipart("rt", { "0": '[{"status":"idle"},"$K1"]', "1_csv": "name,email\n".repeat(85_000) });
    expect(upload.byteLength).toBeGreaterThan(900_000);
    expect(await actionBodyRefusal(call(upload, FORM))).toBeNull();
    // A long text argument beside the previous state, and a value that occurs twice.
    expect(await actionBodyRefusal(call(`[{"status":"idle"},"${"a".repeat(900_000)}"]`))).toBeNull();
    expect(await actionBodyRefusal(call('[{"errors":["a","b"]},{"same":"$0:0:errors"},"$0:0"]'))).toBeNull();
    // One entry in every list: React never refuses it, whatever its size.
    expect(await actionBodyRefusal(call(`["${"a".repeat(MAX_EXPANDED_SLOTS + 10)}"]`))).toBeNull();
  });

  it("a body of exactly the limit is not too large", async () => {
    const exact = `["${"a".repeat(MAX_ACTION_BODY_BYTES - 4)}"]`;
    expect(exact.length).toBe(MAX_ACTION_BODY_BYTES);
    expect(await actionBodyRefusal(call(exact))).toBeNull();
  });
});
