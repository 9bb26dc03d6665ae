// A cached page's gzip body, compressed once for every response although each response carries
// its own nonce (scripts/server.mjs says why). Compressing a page for every response was most of a
// served copy's cost (#14 point 3: a 70 KB page did about 600 responses a second, a precompressed
// feed twice its size 8,000). Deflate (RFC 1951) allows it:
//
// - The first nonce of the page goes in as a stored (uncompressed) block: each response writes
//   its own nonce there. The page before it and after it is compressed once, in pieces that end
//   byte-aligned (a full flush), each with the 32 KB of the page before it as its dictionary.
// - Every later nonce is compressed as a copy of the one before it (gzip would do the same): where
//   a nonce stands, the compressor is given a placeholder made of bytes that a page never holds
//   (control bytes and bytes UTF-8 never uses, all different), so the only match it can find for
//   them is the placeholder before, byte for byte, and the copy it writes brings the response's
//   nonce. A nonce more than 32 KB after the last is stored again (deflate refers back no further).
// - A response then writes only its nonce into the stored blocks and the gzip trailer's checksum
//   (RFC 1952) of the page as sent.
//
// Each page prepared is checked by decompressing it once with a test nonce; a page that fails (one
// holding a placeholder byte, say) is prepared with every nonce stored, NUL bytes in the dictionary
// where they stand (no match can reach them), and checked again; if that fails too, it is not
// prepared and the server compresses it for each response as before.
//
// Plain JavaScript: the production server runs it with Node alone.
import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/** gzip's header: deflate, no name, no time, from an unknown system. */
const GZIP_HEADER = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
const GZIP_HEADER_BYTES = GZIP_HEADER.length;
/** A stored block's header is 5 bytes: its type (byte-aligned after the flush), LEN and NLEN. */
const STORED_HEADER_BYTES = 5;
/** How far back deflate refers. */
const WINDOW_BYTES = 32 * 1024;
/** A nonce further than this from the last is stored again (the match must start within the window). */
const FURTHEST_COPY = WINDOW_BYTES - 1024;
/** Bytes no page holds: C0 controls but tab, line feed and carriage return; DEL; bytes UTF-8 never uses. */
const PLACEHOLDER_BYTES = [
  ...Array.from({ length: 32 }, (_, byte) => byte).filter((byte) => byte !== 0x00 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d),
  0x7f,
  0xc0,
  0xc1,
  ...Array.from({ length: 11 }, (_, at) => 0xf5 + at),
];
/** The nonce the preparation is checked with: all its bytes different, so a misplaced copy shows. */
const TEST_NONCE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * The page `body` (with the stand-in `template` wherever the nonce goes) prepared for
 * gzipWithNonce, or null when it cannot be (the server then compresses it per response).
 */
export function prepareGzipWithNonce(body, template) {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
  const marker = Buffer.from(template, "latin1");
  if (marker.length === 0 || marker.length > TEST_NONCE_CHARACTERS.length) return null;
  const places = [];
  for (let at = bytes.indexOf(marker); at !== -1; at = bytes.indexOf(marker, at + marker.length)) places.push(at);
  const testNonce = TEST_NONCE_CHARACTERS.slice(0, marker.length);
  const expected = Buffer.from(bytes);
  for (const at of places) expected.write(testNonce, at, "latin1");
  for (const copies of [true, false]) {
    const prepared = compressAround(bytes, places, marker.length, copies);
    if (!prepared) continue;
    let decoded = null;
    try {
      decoded = inflateRawSync(gzipWithNonce(prepared, testNonce).subarray(GZIP_HEADER_BYTES, -8));
    } catch {
      // Not a valid stream: try the other way.
    }
    if (decoded?.equals(expected)) return prepared;
  }
  return null;
}

/**
 * The page compressed around its nonces' `places`: with `copies`, later nonces as copies of the
 * one before (null if the page holds a placeholder byte or the nonce is too long for one); else
 * every nonce stored.
 */
function compressAround(bytes, places, nonceLength, copies) {
  const placeholder = Buffer.from(PLACEHOLDER_BYTES.slice(0, nonceLength));
  if (copies && (placeholder.length < nonceLength || PLACEHOLDER_BYTES.some((byte) => bytes.includes(byte)))) return null;
  if (!copies && bytes.includes(0)) return null;
  // The page as the compressor sees it: the placeholder (or NUL bytes) where the nonces go.
  const seen = Buffer.from(bytes);
  for (const at of places) {
    if (copies) placeholder.copy(seen, at);
    else seen.fill(0, at, at + nonceLength);
  }
  const stored = places.filter((at, index) => !copies || index === 0 || at - places[index - 1] > FURTHEST_COPY);

  const storedHeader = Buffer.from([0, nonceLength & 0xff, nonceLength >> 8, ~nonceLength & 0xff, (~nonceLength >> 8) & 0xff]);
  const parts = [Buffer.from(GZIP_HEADER)];
  const nonceAt = [];
  let length = GZIP_HEADER_BYTES;
  let from = 0;
  for (const [index, end] of [...stored, bytes.length].entries()) {
    const last = index === stored.length;
    const dictionary = from > 0 ? seen.subarray(Math.max(0, from - WINDOW_BYTES), from) : undefined;
    const deflated = deflateRawSync(seen.subarray(from, end), { dictionary, finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH });
    parts.push(deflated);
    length += deflated.length;
    if (last) break;
    parts.push(storedHeader, Buffer.alloc(nonceLength));
    nonceAt.push(length + STORED_HEADER_BYTES);
    length += STORED_HEADER_BYTES + nonceLength;
    from = end + nonceLength;
  }
  parts.push(Buffer.alloc(8));
  const gzipped = Buffer.concat(parts);
  gzipped.writeUInt32LE(bytes.length % 2 ** 32, gzipped.length - 4);
  // The page's text between its nonces, for each response's checksum.
  const pieces = [];
  let start = 0;
  for (const at of places) {
    pieces.push(bytes.subarray(start, at));
    start = at + nonceLength;
  }
  pieces.push(bytes.subarray(start));
  return { bytes, gzipped, nonceAt, pieces, nonceLength };
}

/** The page prepared by prepareGzipWithNonce, gzipped, with `nonce` (as long as the stand-in) where the stand-in was. */
export function gzipWithNonce(prepared, nonce) {
  const value = Buffer.from(nonce, "latin1");
  if (value.length !== prepared.nonceLength) throw new Error("gzip with nonce: the nonce must be as long as the stand-in");
  const out = Buffer.from(prepared.gzipped);
  for (const at of prepared.nonceAt) value.copy(out, at);
  let checksum = 0;
  for (const [index, piece] of prepared.pieces.entries()) {
    checksum = crc32(piece, checksum);
    if (index < prepared.pieces.length - 1) checksum = crc32(value, checksum);
  }
  out.writeUInt32LE(checksum >>> 0, out.length - 8);
  return out;
}
