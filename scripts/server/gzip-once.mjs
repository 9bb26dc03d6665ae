// Pages Next.js sends whole from its cache, gzipped once per content instead of once per response
// (#14 point 4). A delegate's "My schedule" is served from their own cached copy, through Next.js
// (the proxy checks whose it is); compressing its 70 KB for every response was about a third of
// that request's cost. So a page body seen twice is prepared once with its nonces in place
// (scripts/server/gzip-with-nonce.mjs), and from then on each response of exactly that content
// gets those bytes with its own nonce written in. Known by a SHA-256 of the content: a response
// only ever gets the compressed form of the very bytes Next.js gave it.
//
// Only a page given whole (one `end`, nothing written before), 200, HTML, not compressed yet,
// to a GET from a client that takes gzip; anything else passes to the per-response compression.
// Plain JavaScript: the production server runs it with Node alone.
import { createHash } from "node:crypto";
import { ServerResponse } from "node:http";
import { acceptsGzip } from "../../lib/http/accept-encoding.mjs";
import { gzipWithNonce, prepareGzipWithNonce } from "./gzip-with-nonce.mjs";

/**
 * Contents remembered, their bytes (raw and compressed), the smallest page worth it, and the
 * largest (preparing runs on the event loop: about 5 ms for 70 KB; a larger page is compressed per
 * response, on zlib's threads, as before).
 */
const DEFAULT_LIMITS = { contents: 1000, bytes: 64 * 1024 * 1024, smallestBytes: 1024, largestBytes: 1024 * 1024 };

/** @param {Partial<typeof DEFAULT_LIMITS>} limits */
export function createGzipOnce(limits = {}) {
  const bounds = { ...DEFAULT_LIMITS, ...limits };
  /** Content's hash → its prepared gzip; null once seen, false when it could not be prepared. */
  const known = new Map();
  let heldBytes = 0;

  const sizeOf = (entry) => (entry ? entry.gzipped.length + entry.pieces.reduce((sum, piece) => sum + piece.length, 0) : 0);

  function remember(hash, entry) {
    heldBytes -= sizeOf(known.get(hash));
    known.delete(hash);
    known.set(hash, entry);
    heldBytes += sizeOf(entry);
    while (known.size > bounds.contents || heldBytes > bounds.bytes) {
      const [oldest, value] = known.entries().next().value;
      heldBytes -= sizeOf(value);
      known.delete(oldest);
    }
  }

  /** The prepared gzip of `body` from its second sight on; null to compress it as usual. */
  function preparedFor(body, template) {
    const hash = createHash("sha256").update(body).digest("base64");
    if (!known.has(hash)) {
      remember(hash, null);
      return null;
    }
    let entry = known.get(hash);
    if (entry === null) entry = prepareGzipWithNonce(body, template) ?? false;
    remember(hash, entry);
    return entry || null;
  }

  /** From now on, a whole page `res` sends goes out gzipped once, with `nonce` where `template` stands. */
  function install(req, res, { nonce, template }) {
    if (req.method !== "GET" || !acceptsGzip(req.headers["accept-encoding"])) return;
    const { end } = res;
    res.end = function (chunk, encoding, callback) {
      // Headers sent already: the page was written in parts (or its head went out on its own).
      if (!res.headersSent && wholePage(res, chunk, encoding, bounds)) {
        const prepared = preparedFor(chunk, template);
        if (prepared) {
          sendGzipped(
            res,
            gzipWithNonce(prepared, nonce),
            [encoding, callback].find((argument) => typeof argument === "function"),
          );
          return this;
        }
      }
      return end.call(this, chunk, encoding, callback);
    };
  }

  return { install, size: () => known.size };
}

/** Whether `chunk`, given to `end` with nothing before it, is a whole HTML page to compress. */
function wholePage(res, chunk, encoding, { smallestBytes, largestBytes }) {
  if (res.statusCode !== 200) return false;
  const text = typeof chunk === "string";
  if (text && typeof encoding === "string" && !/^utf-?8$/i.test(encoding)) return false;
  if (!text && !(chunk instanceof Uint8Array)) return false;
  const length = text ? Buffer.byteLength(chunk) : chunk.length;
  if (length < smallestBytes || length > largestBytes) return false;
  if (!/^text\/html\b/i.test(String(res.getHeader("content-type") ?? ""))) return false;
  if (res.getHeader("content-encoding") !== undefined) return false;
  return !/\bno-transform\b/i.test(String(res.getHeader("cache-control") ?? ""));
}

/**
 * A gzipped page straight to the socket, past the server's other layers, with the headers set on
 * `res` and those the compression would add.
 */
export function sendGzipped(res, body, done) {
  const vary = [res.getHeader("vary") ?? []].flat().map(String).filter(Boolean).join(", ");
  res.removeHeader("content-length");
  ServerResponse.prototype.writeHead.call(res, res.statusCode, {
    "content-encoding": "gzip",
    "content-length": body.length,
    vary: /(^|,)\s*accept-encoding\s*(,|$)/i.test(vary) ? vary : vary ? `${vary}, Accept-Encoding` : "Accept-Encoding",
  });
  ServerResponse.prototype.end.call(res, body, done);
}
